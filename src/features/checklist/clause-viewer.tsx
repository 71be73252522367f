import { Suspense } from 'react';
import type { LegalT } from '../../content/citation';
import { nsTextKey, textKey } from '../../content/text-keys';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { LAW_LANGUAGE } from '../../domain/languages';
import { ModalDialog } from '../../components/modal-dialog';
import { formatCitation, formatInstrument } from '../../content/citation';
import { CONTENT_INDEX } from '../../content/content';
import { provisionKey } from '../../content/provision-key';
import type { Item } from '../../content/types';

/**
 * The text of the provisions an item cites: the source's Vietnamese wording;
 * in English, the unofficial rendering first, labelled so, with the Vietnamese
 * original below. Instrument, status and the amending instrument come with it.
 */
export function ClauseViewer({ item, onClose }: { item: Item; onClose: () => void }) {
  const { t } = useTranslation('common');
  return (
    <ModalDialog title={t('clause.title')} onClose={onClose}>
      <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
        <Provisions item={item} />
      </Suspense>
    </ModalDialog>
  );
}

/** The wording of a provision, in the legal namespace. */
const provisionText = (key: string) => textKey('legal', `provisions.${key}.text`);

function Provisions({ item }: { item: Item }) {
  const { t } = useTranslation(['common', 'legal']);
  const lng = useLanguage();
  // The original wording is shown beside a translation, so it is loaded in every language.
  const { t: original } = useTranslation('legal', { lng: LAW_LANGUAGE });
  const translated = lng !== LAW_LANGUAGE;
  const legalT: LegalT = (key, options) => t(`legal:${key}`, options);

  return (
    <>
      {item.cites.map((c) => {
        const provision = CONTENT_INDEX.provisionById.get(c.provision);
        const instrument = provision && CONTENT_INDEX.instrumentById.get(provision.instrument);
        if (!provision || !instrument) return null;
        const key = provisionKey(provision.id);
        const originalText = translated ? original(provisionText(key)) : null;
        const amending = provision.locator.amendedBy
          ? CONTENT_INDEX.instrumentById.get(provision.locator.amendedBy.instrument)
          : undefined;
        return (
          <article key={c.provision} className="provision" lang={lng}>
            <h3>{formatCitation(legalT, CONTENT_INDEX, provision.id).text}</h3>
            <dl>
              <dt>{t('common:clause.instrument')}</dt>
              <dd>
                {formatInstrument(legalT, instrument)}: {t(nsTextKey('legal', `instruments.${instrument.id}.title`))}
              </dd>
              {amending ? (
                <>
                  <dt>{t('common:clause.amendedBy')}</dt>
                  <dd>{formatInstrument(legalT, amending)}</dd>
                </>
              ) : null}
              <dt>{t('common:clause.status')}</dt>
              <dd>{t(`legal:statuses.${provision.status}`)}</dd>
            </dl>
            {c.aims?.length ? (
              <p>
                {t('common:clause.aims', { aims: c.aims.map((a) => t(nsTextKey('legal', `aims.${a}`))).join(', ') })}
              </p>
            ) : null}
            <p className="item__number">
              {translated ? t('legal:unofficial') : t(`legal:textKinds.${provision.textKind}`)}
            </p>
            <p className="provision__text">{t(nsTextKey('legal', `provisions.${key}.text`))}</p>
            {translated ? (
              <details>
                <summary>{t('legal:original')}</summary>
                <p className="item__number">{original(`textKinds.${provision.textKind}`)}</p>
                <p className="provision__text" lang={LAW_LANGUAGE}>
                  {originalText}
                </p>
              </details>
            ) : null}
          </article>
        );
      })}
    </>
  );
}
