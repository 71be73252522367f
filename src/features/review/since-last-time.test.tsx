// @vitest-environment jsdom
/** "Since last time" on a follow-up's review: what closed, what is new, what got worse, the plan's progress. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import viChecklist from '../../../locales/vi/checklist.json';
import vi from '../../../locales/vi/common.json';
import { CONTENT_INDEX } from '../../content/content';
import type { Assessment } from '../../domain/assessment';
import { startFollowUp } from '../../domain/follow-up-start';
import { toEnvelope } from '../../storage/read-assessment';
import { assessmentWith } from '../../testing/assessments';
import { PROFILES } from '../../testing/profiles';

const earlier = {
  ...assessmentWith(PROFILES.foodCoopCrop, {
    'rmz-zone': { value: 'not_met' },
    'rmz-growing-code': { value: 'partly' },
    'rmz-local-origin': { value: 'met' },
  }),
  plan: { 'rmz-zone': { due: '2020-01-31' }, 'rmz-growing-code': { status: 'done' as const } },
};
const started = startFollowUp(
  earlier,
  '00000000-0000-4000-8000-0000000f0002',
  new Date('2026-11-28T03:00:00Z'),
  CONTENT_INDEX.content.version,
)!;
const followUp: Assessment = {
  ...started,
  step: 'review',
  answers: { ...started.answers, 'rmz-growing-code': { value: 'met' }, 'rmz-local-origin': { value: 'partly' } },
};

afterEach(cleanup);

async function review(a: Assessment) {
  localStorage.clear();
  localStorage.setItem(`ocop:assessment:${a.id}`, JSON.stringify(toEnvelope(a, new Date(), CONTENT_INDEX)));
  localStorage.setItem('ocop:open', a.id);
  localStorage.setItem('ocop:language', 'vi');
  const [{ App }, { provideWizardMachine, storageSource }, { i18n, i18nReady }, { createActor }] = await Promise.all([
    import('../../app/app'),
    import('../../app/provided-machine'),
    import('../../i18n/i18n'),
    import('xstate'),
  ]);
  await i18nReady;
  const actor = createActor(provideWizardMachine(await storageSource(false)), { input: {} }).start();
  const view = render(<App i18n={i18n} actor={actor} framed={false} />);
  await screen.findByText(vi.review.title, {}, { timeout: 20_000 });
  return view.container;
}

const q = (id: string) => (viChecklist.items as Record<string, { question?: string }>)[id].question ?? id;

describe('since last time on the review', () => {
  it('names the gap closed, the new gap, the answer that got worse and the plan lines done and late', async () => {
    const page = await review(followUp);
    const part = (key: string) => page.querySelector(`[data-since="${key}"]`)?.textContent ?? '';
    expect(page.querySelector('[data-since-last-time]')).not.toBeNull();
    expect(part('closed')).toContain(q('rmz-growing-code'));
    expect(part('closed')).not.toContain(q('rmz-zone'));
    expect(part('opened')).toContain(q('rmz-local-origin'));
    expect(part('worse')).toContain(
      vi.followUp.since.change
        .replace('{{then}}', vi.followUp.states.met)
        .replace('{{now}}', vi.followUp.states.partly),
    );
    expect(part('planDone')).toContain(q('rmz-growing-code'));
    expect(part('planLate')).toContain(q('rmz-zone'));
  });

  it('is absent for a first assessment', async () => {
    const page = await review({ ...earlier, step: 'review' });
    expect(page.querySelector('[data-since-last-time]')).toBeNull();
  });
});
