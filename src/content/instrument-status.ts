import type { ContentIndex } from './content';
import { CITATION_STATUSES, type CitationStatus } from './types';

/**
 * The statuses of the wording the checklist relies on from one instrument.
 *
 * An instrument's own status says whether its existence, number and title are
 * confirmed; it says nothing about the articles we quote. Circular 05/2022 is
 * verified to exist, yet the wording of its Articles 12 and 14 comes from the
 * client's source article. Wherever an instrument's status is shown, this list
 * is shown beside it, so neither reads as the other.
 *
 * Returns the distinct statuses of the provisions of `instrumentId` that some
 * item cites, in the order of CITATION_STATUSES; empty when no item cites one.
 */
export function wordingStatuses(index: ContentIndex, instrumentId: string): CitationStatus[] {
  const found = new Set<CitationStatus>();
  for (const item of index.items) {
    for (const citation of item.cites) {
      const provision = index.provisionById.get(citation.provision);
      if (provision?.instrument === instrumentId) found.add(provision.status);
    }
  }
  return CITATION_STATUSES.filter((s) => found.has(s));
}
