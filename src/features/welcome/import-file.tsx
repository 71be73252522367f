import { Suspense, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '../../components/notice-banner';
import { isImportProblem } from '../../domain/notice';
import { useAllWordsWhen } from '../../i18n/use-all-words';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';

/** Choose an exported .json file; the storage actor reads, checks and opens it. */
export function ImportFile() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('welcome.importTitle')}</h2>
      <div className="field file-picker">
        <span className="field__hint" id={`${id}-hint`}>
          {t('welcome.importHint')}
        </span>
        {/* The native control speaks the browser's language ("No file chosen"): it is hidden, and its
            label, in the app's language, is what is seen and tapped. */}
        <label htmlFor={id} className="btn">
          {t('welcome.import')}
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) send({ type: 'assessment.import', file });
          }}
        />
      </div>
      <Suspense fallback={null}>
        <ImportProblem onDismissed={() => document.getElementById(id)?.focus()} />
      </Suspense>
    </section>
  );
}

/**
 * Why the chosen file could not be opened, said here, where the producer's eyes and finger are (the
 * notices at the top of the page are a screen's height away on a phone), and focused, so a screen
 * reader reads it and the page brings it into view.
 */
function ImportProblem({ onDismissed }: { onDismissed: () => void }) {
  const send = useWizardSend();
  const notices = useWizardSelector((s) => s.context.notices);
  const problems = notices.filter(isImportProblem);
  useAllWordsWhen(problems.length > 0);
  const box = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  // Each failed file is a new set of notices: focused again even when it fails for the same reason.
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown, notices]);
  if (!shown) return null;
  return (
    <div ref={box} tabIndex={-1} className="import-problem">
      <NoticeBanner
        notices={problems}
        onDismiss={() => {
          send({ type: 'notice.dismiss' });
          onDismissed(); // back to the file field, not the top of the page
        }}
      />
    </div>
  );
}
