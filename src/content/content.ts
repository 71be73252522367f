import { SECTIONS } from './checklist';
import { INSTRUMENTS } from './instruments';
import { PROVISIONS } from './provisions';
import type { Content, Instrument, Item, Page, Provision, Section } from './types';

/**
 * The checklist content as one value. `version` follows semver: bump the major
 * when an item id is removed or changes meaning (saved assessments are then
 * migrated), the minor when items are added, the patch for wording.
 */
export const CONTENT: Content = {
  version: '1.1.0',
  lawAsOf: '2026-11-28',
  instruments: INSTRUMENTS,
  provisions: PROVISIONS,
  sections: SECTIONS,
};

/** Lookup tables built once from the content. */
export interface ContentIndex {
  content: Content;
  items: readonly Item[];
  pages: readonly Page[];
  itemById: ReadonlyMap<string, Item>;
  pageById: ReadonlyMap<string, Page>;
  sectionOfPage: ReadonlyMap<string, Section>;
  sectionOfItem: ReadonlyMap<string, Section>;
  pageOfItem: ReadonlyMap<string, Page>;
  provisionById: ReadonlyMap<string, Provision>;
  instrumentById: ReadonlyMap<string, Instrument>;
}

export function indexContent(content: Content): ContentIndex {
  const pages = content.sections.flatMap((s) => s.pages);
  const items = pages.flatMap((p) => p.items);
  const sectionOfPage = new Map<string, Section>();
  const sectionOfItem = new Map<string, Section>();
  const pageOfItem = new Map<string, Page>();
  for (const section of content.sections) {
    for (const page of section.pages) {
      sectionOfPage.set(page.id, section);
      for (const item of page.items) {
        sectionOfItem.set(item.id, section);
        pageOfItem.set(item.id, page);
      }
    }
  }
  return {
    content,
    items,
    pages,
    itemById: new Map(items.map((i) => [i.id, i])),
    pageById: new Map(pages.map((p) => [p.id, p])),
    sectionOfPage,
    sectionOfItem,
    pageOfItem,
    provisionById: new Map(content.provisions.map((p) => [p.id, p])),
    instrumentById: new Map(content.instruments.map((i) => [i.id, i])),
  };
}

export const CONTENT_INDEX = indexContent(CONTENT);
