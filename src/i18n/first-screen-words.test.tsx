// @vitest-environment jsdom
/**
 * The first screen shows only words of FIRST_SCREEN_GROUPS: the browser has no other part of
 * `common` until something calls loadAllWords (src/i18n/words.ts). Rendered here with those groups
 * alone: the welcome screen as a first visitor and as a returning one sees it (saved cards), its
 * dialogs, the other language, and the notice shown inside a foreign frame. A word from elsewhere
 * would be reported as missing (and show as its key in the browser until the rest arrives).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { createActor } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import viCommon from '../../locales/vi/common.json';
import { App } from '../app/app';
import { CONTENT_INDEX } from '../content/content';
import { newAssessment } from '../domain/assessment';
import { startFollowUp } from '../domain/follow-up-start';
import { toEnvelope } from '../storage/read-assessment';
import { KEY_PREFIX } from '../storage/storage-keys';
import { memoryStorage } from '../testing/memory-storage';
import { PROFILES } from '../testing/profiles';
import { testWizard } from '../testing/wizard';
import { firstScreenWords } from './first-screen-words';

afterEach(cleanup);

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.open = false;
};

async function firstScreenI18n() {
  const missing: string[] = [];
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'vi',
    resources: { vi: { common: firstScreenWords(viCommon) }, en: { common: firstScreenWords(enCommon) } },
    ns: ['common'],
    defaultNS: 'common',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => void missing.push(`${ns}:${key}`),
  });
  return { i18n, missing };
}

function savedDevice() {
  const storage = memoryStorage();
  const a = {
    ...newAssessment(
      '00000000-0000-4000-8000-000000000001',
      new Date('2026-11-28T03:00:00Z'),
      CONTENT_INDEX.content.version,
    ),
    title: 'Chè',
  };
  // A card with product details (it offers "assess again") that is itself a follow-up (it names its baseline).
  const earlier = { ...a, id: '00000000-0000-4000-8000-000000000002', title: 'Trà', profile: PROFILES.herbHousehold };
  const followUp = startFollowUp(
    earlier,
    '00000000-0000-4000-8000-000000000003',
    new Date('2026-11-29T03:00:00Z'),
    CONTENT_INDEX.content.version,
  );
  for (const saved of [a, followUp ? { ...followUp, title: 'Trà, lần 2' } : earlier]) {
    storage.setItem(
      `${KEY_PREFIX}${saved.id}`,
      JSON.stringify(toEnvelope(saved, new Date('2026-11-29T03:00:00Z'), CONTENT_INDEX)),
    );
  }
  return storage;
}

describe('the first screen’s words', () => {
  it('are enough for the welcome screen, saved cards, their dialogs and both languages', async () => {
    const { i18n, missing } = await firstScreenI18n();
    const actor = createActor(testWizard(savedDevice()).machine, { input: {} }).start();
    render(<App i18n={i18n} actor={actor} framed={false} />);
    expect(await screen.findByRole('heading', { level: 1, name: viCommon.welcome.title })).toBeTruthy();
    expect(
      await screen.findByRole('button', { name: viCommon.welcome.assessAgainLabel.replace('{{name}}', 'Trà, lần 2') }),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: viCommon.welcome.renameLabel.replace('{{name}}', 'Chè') }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: viCommon.nav.close }));
    fireEvent.click(screen.getByRole('button', { name: viCommon.welcome.deleteLabel.replace('{{name}}', 'Chè') }));
    expect(await screen.findByText(viCommon.welcome.deleteConfirm.replace('{{name}}', 'Chè'))).toBeTruthy();

    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: enCommon.welcome.title })).toBeTruthy();
    expect(missing).toEqual([]);

    // The check itself: a word of a later screen is reported.
    i18n.t('profile.title');
    expect(missing).toEqual(['common:profile.title']);
  });

  it('are enough for the notice shown inside another site’s frame', async () => {
    const { i18n, missing } = await firstScreenI18n();
    const actor = createActor(testWizard().machine, { input: {} }).start();
    render(<App i18n={i18n} actor={actor} framed />);
    expect(await screen.findByText(viCommon.framed.title)).toBeTruthy();
    expect(missing).toEqual([]);
  });
});
