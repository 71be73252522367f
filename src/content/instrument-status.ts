import type { ContentIndex } from './content';
import { CITATION_STATUSES, type CitationStatus } from './types';

/**
 * An instrument's own status says whether the instrument exists as described;
 * the wording of the provisions the checklist cites from it may stand on a
 * weaker source (Circular 05/2022 exists, verified; the wording of its
 * Articles 12 and 14 is the client's source). These are the distinct statuses
 * of the provisions of that instrument that the content cites, in the order of
 * CITATION_STATUSES.
 */
export function wordingStatuses(index: ContentIndex, instrumentId: string): CitationStatus[] {
  const found = new Set<CitationStatus>();
  for (const item of index.items) {
    for (const cite of item.cites) {
      const provision = index.provisionById.get(cite.provision);
      if (provision?.instrument === instrumentId) found.add(provision.status);
    }
  }
  return CITATION_STATUSES.filter((s) => found.has(s));
}
