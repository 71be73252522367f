import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { StepHeading } from '../../components/step-heading';
import { ModalDialog } from '../../components/modal-dialog';
import { CONTENT_INDEX } from '../../content/content';
import { displayName, producerOf, type Assessment } from '../../domain/assessment';
import { assessmentProgress } from '../../domain/progress';
import { titleWithin } from '../../domain/text';
import { formatDate, formatTime } from '../../i18n/format';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';
import { ImportFile } from './import-file';
import { RenameDialog } from './rename-dialog';
import { WelcomeExpectations } from './welcome-expectations';

/** Start, continue, or manage the assessments saved on this device. */
export function WelcomeScreen() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const library = useWizardSelector((s) => s.context.library);
  const deleted = useWizardSelector((s) => s.context.deleted);
  const [confirming, setConfirming] = useState<Assessment | null>(null);
  const [renaming, setRenaming] = useState<Assessment | null>(null);
  const lng = useLanguage();
  const nameOf = (a: Assessment) => displayName(a) || t('welcome.untitled');
  const latest = library[0];

  return (
    <>
      <StepHeading>{t('welcome.title')}</StepHeading>
      <p>{t('welcome.intro')}</p>
      <p>
        <strong>{t('welcome.privacy')}</strong>
      </p>
      <div className="btn-row">
        {latest ? (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => send({ type: 'assessment.open', id: latest.id })}
          >
            <span className="clamp">{t('welcome.continue', { name: nameOf(latest) })}</span>
          </button>
        ) : null}
        <button
          type="button"
          className={latest ? 'btn' : 'btn btn--primary'}
          onClick={() => send({ type: 'assessment.new' })}
        >
          {t('welcome.start')}
        </button>
      </div>

      <WelcomeExpectations />

      {deleted ? (
        <div className="notice" role="status">
          <p>{t('welcome.deleted', { name: deleted.name || t('welcome.untitled') })}</p>
          <button type="button" className="btn" onClick={() => send({ type: 'assessment.undoDelete' })}>
            {t('welcome.undo')}
          </button>
        </div>
      ) : null}

      <h2>{t('welcome.listTitle')}</h2>
      {library.length === 0 ? (
        <p>{t('welcome.empty')}</p>
      ) : (
        <ul className="cards">
          {library.map((a) => {
            const progress = assessmentProgress(CONTENT_INDEX, a);
            const date = `${formatDate(a.updatedAt, lng)} ${formatTime(a.updatedAt)}`;
            const name = nameOf(a);
            const producer = producerOf(a);
            return (
              <li key={a.id} className="card">
                <h3 className="clamp">{name}</h3>
                {producer && producer !== name ? <p className="card__meta clamp">{producer}</p> : null}
                {a.followUp ? (
                  <p className="card__meta">
                    {t('welcome.followUpOf', { date: formatDate(a.followUp.baseline.date, lng) })}
                  </p>
                ) : null}
                <p className="card__meta">
                  {progress
                    ? t('welcome.progress', { answered: progress.answered, total: progress.total, date })
                    : t('welcome.progressNoProfile', { date })}
                </p>
                <div className="btn-row">
                  <button
                    type="button"
                    className="btn btn--primary"
                    aria-label={t('welcome.openLabel', { name })}
                    onClick={() => send({ type: 'assessment.open', id: a.id })}
                  >
                    {t('welcome.open')}
                  </button>
                  {a.profile ? (
                    <button
                      type="button"
                      className="btn"
                      aria-label={t('welcome.assessAgainLabel', { name })}
                      onClick={() => send({ type: 'assessment.followUp', id: a.id })}
                    >
                      {t('welcome.assessAgain')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="btn"
                    aria-label={t('welcome.renameLabel', { name })}
                    onClick={() => setRenaming(a)}
                  >
                    {t('welcome.rename')}
                  </button>
                  <button
                    type="button"
                    className="btn"
                    aria-label={t('welcome.duplicateLabel', { name })}
                    onClick={() => {
                      // The name gives way to "(bản sao)", so a long name still makes a copy that can be told apart.
                      const title = titleWithin((n) => t('welcome.copyTitle', { name: n }), name);
                      send({ type: 'assessment.duplicate', id: a.id, title });
                    }}
                  >
                    {t('welcome.duplicate')}
                  </button>
                  <button
                    type="button"
                    className="btn btn--danger"
                    aria-label={t('welcome.deleteLabel', { name })}
                    onClick={() => setConfirming(a)}
                  >
                    {t('welcome.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <ImportFile />

      {renaming ? (
        <RenameDialog
          current={renaming.title}
          onClose={() => setRenaming(null)}
          onSave={(title) => {
            send({ type: 'assessment.rename', id: renaming.id, title });
            setRenaming(null);
          }}
        />
      ) : null}

      {confirming ? (
        <ModalDialog title={t('welcome.delete')} onClose={() => setConfirming(null)}>
          <p>{t('welcome.deleteConfirm', { name: nameOf(confirming) })}</p>
          <div className="btn-row">
            <button
              type="button"
              className="btn btn--danger"
              onClick={() => {
                send({ type: 'assessment.delete', id: confirming.id });
                setConfirming(null);
              }}
            >
              {t('welcome.delete')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(null)}>
              {t('nav.close')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}
