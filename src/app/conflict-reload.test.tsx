// @vitest-environment jsdom
/**
 * Another tab changes the open assessment while this tab is on the profile
 * step, and the user chooses "use the latest version": the form must show the
 * other tab's values and must not write the old ones back on the next
 * keystroke. (Found by the December review: only the checklist and the review
 * remounted; the shell now remounts every screen.)
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import vi from '../../locales/vi/common.json';
import { CONTENT_INDEX } from '../content/content';
import { newAssessment } from '../domain/assessment';
import { toEnvelope } from '../storage/read-assessment';

const ID = '00000000-0000-4000-8000-00000000abcd';
const KEY = `ocop:assessment:${ID}`;

function envelope(producerName: string, rev: number) {
  const a = {
    ...newAssessment(ID, new Date('2026-11-28T03:00:00Z'), CONTENT_INDEX.content.version),
    profileDraft: { producerName, productName: 'Chè' },
    rev,
  };
  return JSON.stringify(toEnvelope(a, new Date('2026-11-28T03:00:00Z'), CONTENT_INDEX));
}

afterEach(cleanup);

describe('conflict reload on the profile step', () => {
  it('shows the other tab’s values after "use the latest version" and keeps them', async () => {
    localStorage.clear();
    localStorage.setItem(KEY, envelope('Tab A', 1));
    localStorage.setItem('ocop:open', ID);
    localStorage.setItem('ocop:language', 'vi');
    const [{ App }, { provideWizardMachine, storageSource }, { i18n, i18nReady }, { createActor }] = await Promise.all([
      import('./app'),
      import('./provided-machine'),
      import('../i18n/i18n'),
      import('xstate'),
    ]);
    await i18nReady;
    // As src/app/boot.tsx does: the actor is started outside React, then handed to the app.
    const actor = createActor(provideWizardMachine(await storageSource(false)), { input: {} }).start();
    render(<App i18n={i18n} actor={actor} framed={false} />);

    const producer = (await screen.findByLabelText(
      vi.profile.fields.producerName.label,
      {},
      { timeout: 20_000 },
    )) as HTMLInputElement;
    expect(producer.value).toBe('Tab A');

    const theirs = envelope('Tab B', 9);
    localStorage.setItem(KEY, theirs);
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: theirs }));
    });
    // Until a choice is made, the footer does not claim a save.
    expect(await screen.findByText(vi.saved.notSaved)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: vi.conflict.reload }));

    await waitFor(() => expect(screen.queryByRole('button', { name: vi.conflict.reload })).toBeNull());
    const after = screen.getByLabelText(vi.profile.fields.producerName.label) as HTMLInputElement;
    expect(after.value).toBe('Tab B');

    fireEvent.input(screen.getByLabelText(vi.profile.fields.productName.label), { target: { value: 'Chè X' } });
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').assessment.profileDraft.productName).toBe('Chè X'),
    );
    expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').assessment.profileDraft.producerName).toBe('Tab B');
  }, 60_000);
});
