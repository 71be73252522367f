import { useTranslation } from 'react-i18next';
import { nsTextKey } from '../../content/text-keys';
import type { InformationItem } from '../../content/types';
import { CitationsLine } from './citations-line';

/** A note addressed to the State alone: shown in its section, never scored. */
export function InfoNote({ item }: { item: InformationItem }) {
  const { t } = useTranslation(['checklist', 'common']);
  return (
    <aside className="note" aria-labelledby={`note-${item.id}`}>
      <p className="item__number">{t('common:item.infoLabel')}</p>
      <h2 id={`note-${item.id}`}>{t(nsTextKey('checklist', `items.${item.id}.title`))}</h2>
      <p>{t(nsTextKey('checklist', `items.${item.id}.text`))}</p>
      <CitationsLine item={item} />
    </aside>
  );
}
