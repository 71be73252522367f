import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from './content';
import { compareVersions, ITEM_CHANGES, itemChangesBetween } from './item-changes';

describe('checklist item changes between content versions', () => {
  it('orders versions numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBe(-1);
  });

  it('names nothing between equal versions and nothing for the versions so far', () => {
    expect(itemChangesBetween(CONTENT_INDEX.content.version, CONTENT_INDEX.content.version)).toEqual({
      added: [],
      removed: [],
    });
    expect(itemChangesBetween('1.0.0', '1.1.0')).toEqual({ added: [], removed: [] });
  });

  it('lists the current version last and every added item in today’s checklist', () => {
    expect(ITEM_CHANGES.at(-1)?.version).toBe(CONTENT_INDEX.content.version);
    const { added } = itemChangesBetween('0.0.0', CONTENT_INDEX.content.version);
    for (const id of added) expect(CONTENT_INDEX.itemById.has(id), id).toBe(true);
  });
});
