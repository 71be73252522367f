// @vitest-environment jsdom
/**
 * Screen-level integration: the real app (machine, storage actor over jsdom's localStorage, i18next, every
 * screen) rendered with React Testing Library and driven by labels and roles, as a user would. Between the
 * unit tests and the Playwright journeys: what one screen hands to the next through the machine.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import vi from '../../locales/vi/common.json';
import viChecklist from '../../locales/vi/checklist.json';
import { CONTENT_INDEX } from '../content/content';
import { newAssessment, type Assessment } from '../domain/assessment';
import { LANGUAGE_INFO } from '../domain/languages';
import { toEnvelope } from '../storage/read-assessment';
import { PROFILES } from '../testing/profiles';

const ID = '00000000-0000-4000-8000-00000000beef';
const KEY = `ocop:assessment:${ID}`;
const NOW = new Date('2026-11-28T03:00:00Z');
const LONG = { timeout: 20_000 };

function seed(changes: Partial<Assessment>, open: boolean) {
  const a = { ...newAssessment(ID, NOW, CONTENT_INDEX.content.version), ...changes };
  localStorage.setItem(KEY, JSON.stringify(toEnvelope(a, NOW, CONTENT_INDEX)));
  if (open) localStorage.setItem('ocop:open', ID);
}

const stored = (): Assessment => JSON.parse(localStorage.getItem(KEY) ?? '{}').assessment;

let running: { stop: () => void } | undefined;

/** As src/app/boot.tsx does: the wizard actor starts outside React, then the app renders around it. */
async function renderApp() {
  const [{ App }, { provideWizardMachine, storageSource }, { i18n, i18nReady }, { createActor }] = await Promise.all([
    import('./app'),
    import('./provided-machine'),
    import('../i18n/i18n'),
    import('xstate'),
  ]);
  await i18nReady;
  await i18n.changeLanguage('vi');
  const actor = createActor(provideWizardMachine(await storageSource(false)), { input: {} }).start();
  running = actor;
  render(<App i18n={i18n} actor={actor} framed={false} />);
}

beforeEach(() => {
  localStorage.clear();
  // jsdom has no layout: every step change scrolls to the top (src/components/step-heading.tsx).
  window.scrollTo = () => undefined;
});
afterEach(() => {
  cleanup();
  running?.stop();
  running = undefined;
});

describe('screens over the real wizard', () => {
  it('profile → first checklist page → an answer "not met" → the review lists it as a gap', async () => {
    const { traceability, ...profile } = PROFILES.foodCoopCrop;
    seed({ profileDraft: { ...profile, traceability: traceability ?? 'not-sure' } }, true);
    await renderApp();

    fireEvent.click(await screen.findByRole('button', { name: vi.profile.submit }, LONG));
    // The first checklist page: its first question gets "not met".
    const first = await waitFor(() => {
      const section = document.querySelector<HTMLElement>('section[data-item]');
      if (!section) throw new Error(`still on: ${screen.getByRole('heading', { level: 1 }).textContent}`);
      return section;
    }, LONG);
    const itemId = first.getAttribute('data-item') ?? '';
    expect(CONTENT_INDEX.pageOfItem.get(itemId)).toBeDefined();
    fireEvent.click(within(first).getByRole('radio', { name: vi.answers.not_met }));
    await waitFor(() => expect(stored().answers[itemId]?.value).toBe('not_met'));
    expect(stored().profile?.producerName).toBe(profile.producerName);

    fireEvent.click(screen.getByRole('button', { name: vi.review.title }));
    const question = (viChecklist.items as Record<string, { question?: string }>)[itemId].question ?? '';
    expect(await screen.findByRole('heading', { level: 4, name: question }, LONG)).toBeTruthy();
    expect(screen.getByRole('heading', { name: vi.review.gapsTitle.replace('{{count}}', '1') })).toBeTruthy();
  }, 60_000);

  it('switching the language changes the words and keeps what is half typed', async () => {
    seed({}, true);
    await renderApp();

    const producer = (await screen.findByLabelText(vi.profile.fields.producerName.label, {}, LONG)) as HTMLInputElement;
    fireEvent.input(producer, { target: { value: 'Hợp tác xã đang gõ' } });
    fireEvent.click(screen.getByRole('button', { name: LANGUAGE_INFO.en.nativeName }));

    const english = (await screen.findByLabelText(
      enCommon.profile.fields.producerName.label,
      {},
      LONG,
    )) as HTMLInputElement;
    expect(english).toBe(producer);
    expect(english.value).toBe('Hợp tác xã đang gõ');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.queryByText(vi.profile.title)).toBeNull();
    expect(stored().profileDraft.producerName).toBe('Hợp tác xã đang gõ');
  }, 60_000);

  it('a file that is not JSON is refused with its message, and the saved list stays as it was', async () => {
    seed({ title: 'Chè Tân Cương' }, false);
    const before = localStorage.getItem(KEY);
    await renderApp();

    expect(await screen.findByText('Chè Tân Cương', {}, LONG)).toBeTruthy();
    const input = screen.getByLabelText(vi.welcome.import);
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [new File(['{ not json'], 'ocop.json', { type: 'application/json' })] },
      });
    });

    expect(await screen.findByText(vi.notices.import['not-json'], {}, LONG)).toBeTruthy();
    expect(screen.getByText('Chè Tân Cương')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(vi.welcome.title);
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('ocop:assessment:'))).toEqual([KEY]);
  }, 60_000);
});
