// @vitest-environment jsdom
/**
 * Plan status on the review: each gap's plan line takes a status and what was done, saved as typed;
 * "done" while the answer is still a gap is flagged in words.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import vi from '../../../locales/vi/common.json';
import { CONTENT_INDEX } from '../../content/content';
import { toEnvelope } from '../../storage/read-assessment';
import { assessmentWith } from '../../testing/assessments';
import { PROFILES } from '../../testing/profiles';

const a = { ...assessmentWith(PROFILES.foodCoopCrop, { 'rmz-zone': { value: 'not_met' } }), step: 'review' };
const KEY = `ocop:assessment:${a.id}`;

afterEach(cleanup);

describe('plan status on the review', () => {
  it('saves status and progress, and flags "done" while the answer is still not met', async () => {
    localStorage.clear();
    localStorage.setItem(KEY, JSON.stringify(toEnvelope(a, new Date(), CONTENT_INDEX)));
    localStorage.setItem('ocop:open', a.id);
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
    const status = (await screen.findByLabelText(vi.review.status, {}, { timeout: 20_000 })) as HTMLSelectElement;
    expect(status.value).toBe('todo');
    expect(container.querySelector('[data-done-but-open]')).toBeNull();

    fireEvent.change(status, { target: { value: 'done' } });
    fireEvent.input(screen.getByLabelText(vi.review.progress), { target: { value: 'Đã thuê đo đạc vùng trồng' } });
    const flag = await waitFor(() => {
      const f = container.querySelector('[data-done-but-open="rmz-zone"]');
      expect(f).not.toBeNull();
      return f!;
    });
    expect(flag.textContent).toContain(vi.answers.not_met);
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').assessment.plan['rmz-zone']).toEqual({
        status: 'done',
        progress: 'Đã thuê đo đạc vùng trồng',
      }),
    );

    fireEvent.change(status, { target: { value: 'doing' } });
    await waitFor(() => expect(container.querySelector('[data-done-but-open]')).toBeNull());
  });
});
