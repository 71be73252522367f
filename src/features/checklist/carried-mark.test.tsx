// @vitest-environment jsdom
/**
 * A follow-up's checklist page: answers copied from the earlier assessment say so ("from the assessment
 * of <date>") until confirmed, one by one or for the whole page, or until the answer is changed.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import vi from '../../../locales/vi/common.json';
import { CONTENT_INDEX } from '../../content/content';
import { startFollowUp } from '../../domain/follow-up-start';
import { toEnvelope } from '../../storage/read-assessment';
import { assessmentWith } from '../../testing/assessments';
import { PROFILES } from '../../testing/profiles';

const earlier = assessmentWith(PROFILES.foodCoopCrop, {
  'rmz-local-origin': { value: 'met' },
  'rmz-origin-papers': { value: 'partly', note: 'Thiếu hóa đơn tháng 3' },
  'rmz-zone': { value: 'not_met' },
});
const followUp = startFollowUp(
  { ...earlier, updatedAt: '2026-06-20T08:00:00.000Z' },
  '00000000-0000-4000-8000-0000000f0001',
  new Date('2026-11-28T03:00:00Z'),
  CONTENT_INDEX.content.version,
)!;
const KEY = `ocop:assessment:${followUp.id}`;

afterEach(cleanup);

async function openPage() {
  localStorage.clear();
  localStorage.setItem(KEY, JSON.stringify(toEnvelope({ ...followUp, step: 'rmz-1' }, new Date(), CONTENT_INDEX)));
  localStorage.setItem('ocop:open', followUp.id);
  localStorage.setItem('ocop:language', 'vi');
  const [{ App }, { providedWizardMachine }, { i18n, i18nReady }, { createActor }] = await Promise.all([
    import('../../app/app'),
    import('../../app/provided-machine'),
    import('../../i18n/i18n'),
    import('xstate'),
  ]);
  await i18nReady;
  const actor = createActor(providedWizardMachine, { input: {} }).start();
  const { container } = render(<App i18n={i18n} actor={actor} framed={false} />);
  await screen.findByRole('button', { name: vi.followUp.confirmPage }, { timeout: 20_000 });
  const marks = () => [...container.querySelectorAll('[data-carried]')].map((m) => m.getAttribute('data-carried'));
  const stored = () => JSON.parse(localStorage.getItem(KEY) ?? '{}').assessment.followUp.carried as string[];
  return { container, marks, stored };
}

describe('carried-over answers on a follow-up', () => {
  it('are marked with the earlier date, and "still true" clears one mark and saves', async () => {
    const { container, marks, stored } = await openPage();
    expect(marks()).toEqual(['rmz-local-origin', 'rmz-origin-papers', 'rmz-zone']);
    const mark = container.querySelector('[data-carried="rmz-zone"]') as HTMLElement;
    expect(mark.textContent).toContain('20/06/2026');
    fireEvent.click(within(mark).getByRole('button', { name: vi.followUp.confirmLabel.replace('{{n}}', '3') }));
    await waitFor(() => expect(marks()).toEqual(['rmz-local-origin', 'rmz-origin-papers']));
    expect(stored()).toEqual(['rmz-local-origin', 'rmz-origin-papers']);
  });

  it('loses its mark when its answer is changed, and the page button confirms the rest', async () => {
    const { container, marks, stored } = await openPage();
    const question = container.querySelector('[data-item="rmz-origin-papers"]') as HTMLElement;
    fireEvent.click(within(question).getByRole('radio', { name: vi.answers.met }));
    await waitFor(() => expect(marks()).toEqual(['rmz-local-origin', 'rmz-zone']));
    fireEvent.click(screen.getByRole('button', { name: vi.followUp.confirmPage }));
    await waitFor(() => expect(marks()).toEqual([]));
    expect(stored()).toEqual([]);
    expect(screen.queryByRole('button', { name: vi.followUp.confirmPage })).toBeNull();
  });
});
