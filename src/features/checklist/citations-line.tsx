import { useState } from 'react';
import type { LegalT } from '../../content/citation';
import { useTranslation } from 'react-i18next';
import { formatCitation } from '../../content/citation';
import { CONTENT_INDEX } from '../../content/content';
import type { Item } from '../../content/types';
import { ClauseViewer } from './clause-viewer';

/** "Legal basis: …" under an item, and the button that opens the text of the provisions cited. */
export function CitationsLine({ item }: { item: Item }) {
  const { t } = useTranslation(['common', 'legal']);
  const [open, setOpen] = useState(false);
  const legalT: LegalT = (key, options) => t(`legal:${key}`, options);
  // Two lines of one clause cite the same text: show it once.
  const citations = [...new Set(item.cites.map((c) => formatCitation(legalT, CONTENT_INDEX, c.provision).text))];
  return (
    <>
      <p className="item__basis">
        {/* In English the citations are our rendering of Vietnamese legal text, so they say so (Citation spec, rule 7). */}
        {t('common:item.basisTranslated')}: {citations.join('; ')}
      </p>
      <button type="button" className="btn btn--quiet" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('common:item.showClause')}
      </button>
      {open ? <ClauseViewer item={item} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
