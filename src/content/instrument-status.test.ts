import { describe, expect, it } from 'vitest';
import { CONTENT, CONTENT_INDEX, indexContent } from './content';
import { wordingStatuses } from './instrument-status';

describe('wordingStatuses', () => {
  it('gives Circular 05/2022 the client-source status of its cited articles, not its own verified status', () => {
    expect(CONTENT_INDEX.instrumentById.get('tt-05-2022')?.status).toBe('verified');
    expect(wordingStatuses(CONTENT_INDEX, 'tt-05-2022')).toEqual(['client-source']);
  });

  it('gives Circular 02/2024 the verified status of Article 6', () => {
    expect(wordingStatuses(CONTENT_INDEX, 'tt-02-2024')).toEqual(['verified']);
  });

  it('is empty for an instrument no item cites (an amending circular) or an unknown id', () => {
    expect(wordingStatuses(CONTENT_INDEX, 'tt-07-2024')).toEqual([]);
    expect(wordingStatuses(CONTENT_INDEX, 'no-such-instrument')).toEqual([]);
  });

  it('lists each status once, in the spec order, when cited provisions differ', () => {
    const mixed = indexContent({
      ...CONTENT,
      provisions: CONTENT.provisions.map((p) => (p.id === 'TR-6.6' ? { ...p, status: 'unverified' } : p)),
    });
    expect(wordingStatuses(mixed, 'tt-02-2024')).toEqual(['verified', 'unverified']);
  });

  it('counts only provisions an item cites', () => {
    const uncited = indexContent({
      ...CONTENT,
      sections: CONTENT.sections.map((s) => ({
        ...s,
        pages: s.pages.map((p) => ({
          ...p,
          items: p.items.filter((i) => !i.cites.some((c) => c.provision.startsWith('TR-'))),
        })),
      })),
    });
    expect(wordingStatuses(uncited, 'tt-02-2024')).toEqual([]);
  });
});
