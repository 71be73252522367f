import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { applicablePages } from '../src/content/applicability';
import { CONTENT_INDEX } from '../src/content/content';
import type { Profile } from '../src/content/profile-options';
import { memoryStorage } from '../src/testing/memory-storage';
import { PROFILES } from '../src/testing/profiles';
import { screenOf, startWizard } from '../src/testing/wizard';
import { KEY_PREFIX, OPEN_KEY } from '../src/storage/storage-service';
import { firstPageOfSection, nextStep, previousStep, resolveStep, wizardSteps } from './steps';

const pagesOf = (profile: (typeof PROFILES)[keyof typeof PROFILES]) =>
  applicablePages(CONTENT_INDEX, profile).map((p) => p.id);

function startedWithProfile(profile: Profile = PROFILES.foodCoopCrop, storage = memoryStorage()) {
  const w = startWizard(storage);
  w.actor.send({ type: 'assessment.new' });
  w.actor.send({ type: 'profile.submit', profile });
  return w;
}

describe('step sequence (pure)', () => {
  it('is only the profile until a profile exists', () => {
    expect(wizardSteps(CONTENT_INDEX, null)).toEqual(['profile']);
    expect(nextStep(CONTENT_INDEX, null, 'profile')).toBeUndefined();
  });

  it('runs profile, the applicable pages, review, report', () => {
    const steps = wizardSteps(CONTENT_INDEX, PROFILES.tourismService);
    expect(steps[0]).toBe('profile');
    expect(steps.slice(-2)).toEqual(['review', 'report']);
    expect(steps.some((s) => s.startsWith('rmz') || s.startsWith('trace'))).toBe(false);
  });

  it('makes next and back inverse of each other', () => {
    for (const profile of Object.values(PROFILES)) {
      const steps = wizardSteps(CONTENT_INDEX, profile);
      for (let i = 0; i < steps.length - 1; i += 1) {
        expect(nextStep(CONTENT_INDEX, profile, steps[i])).toBe(steps[i + 1]);
        expect(previousStep(CONTENT_INDEX, profile, steps[i + 1])).toBe(steps[i]);
      }
      expect(previousStep(CONTENT_INDEX, profile, 'profile')).toBeUndefined();
      expect(nextStep(CONTENT_INDEX, profile, 'report')).toBeUndefined();
    }
  });

  it('opens an area at its first page that applies, and nowhere when none does', () => {
    expect(firstPageOfSection(CONTENT_INDEX, PROFILES.foodCoopCrop, 'trace')).toBe('trace-1');
    expect(firstPageOfSection(CONTENT_INDEX, PROFILES.tourismService, 'capacity')).toBe('capacity-1');
    expect(firstPageOfSection(CONTENT_INDEX, PROFILES.tourismService, 'trace')).toBeUndefined();
    expect(firstPageOfSection(CONTENT_INDEX, PROFILES.tourismService, 'rmz')).toBeUndefined();
  });

  it('resolves a step that no longer applies to the nearest earlier one that does', () => {
    expect(resolveStep(CONTENT_INDEX, PROFILES.tourismService, 'trace-2')).toBe('profile');
    expect(resolveStep(CONTENT_INDEX, PROFILES.herbHousehold, 'capacity-2')).toBe('capacity-2');
    expect(resolveStep(CONTENT_INDEX, PROFILES.foodCoopCrop, 'no-such-step')).toBe('profile');
    expect(resolveStep(CONTENT_INDEX, null, 'review')).toBe('profile');
  });
});

describe('wizard machine', () => {
  it('boots to the welcome screen when nothing is saved', () => {
    const { actor } = startWizard();
    expect(screenOf(actor.getSnapshot())).toBe('welcome');
    expect(actor.getSnapshot().context.library).toEqual([]);
  });

  it('starts a new assessment on the profile step and saves it', () => {
    const { actor, storage } = startWizard();
    actor.send({ type: 'assessment.new' });
    const s = actor.getSnapshot();
    expect(screenOf(s)).toBe('profile');
    expect(storage.getItem(`${KEY_PREFIX}${s.context.assessment?.id}`)).not.toBeNull();
    expect(storage.getItem(OPEN_KEY)).toBe(s.context.assessment?.id);
  });

  it('keeps profile values typed but not submitted', () => {
    const { actor, storage } = startWizard();
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'profile.change', values: { producerName: 'HTX Tân Cương' } });
    const id = actor.getSnapshot().context.assessment?.id;
    expect(JSON.parse(storage.getItem(`${KEY_PREFIX}${id}`) ?? '{}').assessment.profileDraft).toEqual({
      producerName: 'HTX Tân Cương',
    });
  });

  it('goes from the profile to the first applicable page, forward to the review and report, and back', () => {
    const { actor } = startedWithProfile();
    const pages = pagesOf(PROFILES.foodCoopCrop);
    expect(screenOf(actor.getSnapshot())).toBe(`page:${pages[0]}`);
    for (const page of pages.slice(1)) {
      actor.send({ type: 'nav.next' });
      expect(screenOf(actor.getSnapshot())).toBe(`page:${page}`);
    }
    actor.send({ type: 'nav.next' });
    expect(screenOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'nav.next' });
    expect(screenOf(actor.getSnapshot())).toBe('report');
    actor.send({ type: 'nav.next' });
    expect(screenOf(actor.getSnapshot())).toBe('report');
    actor.send({ type: 'nav.back' });
    expect(screenOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'nav.back' });
    expect(screenOf(actor.getSnapshot())).toBe(`page:${pages[pages.length - 1]}`);
  });

  it('skips the raw-material-zone and traceability pages for a tourism service', () => {
    const { actor } = startedWithProfile(PROFILES.tourismService);
    expect(screenOf(actor.getSnapshot())).toBe('page:capacity-1');
    actor.send({ type: 'nav.goto', step: 'rmz-1' });
    expect(screenOf(actor.getSnapshot())).toBe('page:capacity-1');
    actor.send({ type: 'nav.back' });
    expect(screenOf(actor.getSnapshot())).toBe('profile');
  });

  it('goes back from the profile to the welcome screen and forgets which one was open', () => {
    const { actor, storage } = startWizard();
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'profile.change', values: { productName: 'Trà' } });
    actor.send({ type: 'nav.back' });
    expect(screenOf(actor.getSnapshot())).toBe('welcome');
    expect(actor.getSnapshot().context.assessment).toBeNull();
    expect(storage.getItem(OPEN_KEY)).toBeNull();
    expect(actor.getSnapshot().context.library).toHaveLength(1);
  });

  it('jumps from the review to an item and offers the way back', () => {
    const { actor } = startedWithProfile();
    actor.send({ type: 'nav.goto', step: 'review' });
    expect(screenOf(actor.getSnapshot())).toBe('review');
    actor.send({ type: 'nav.goto', step: 'trace-2', item: 'tr-code' });
    let s = actor.getSnapshot();
    expect(screenOf(s)).toBe('page:trace-2');
    expect(s.context.focusItem).toBe('tr-code');
    expect(s.context.returnToReview).toBe(true);
    actor.send({ type: 'nav.next' });
    s = actor.getSnapshot();
    expect(screenOf(s)).toBe('page:trace-3');
    expect(s.context.returnToReview).toBe(true);
    actor.send({ type: 'nav.goto', step: 'review' });
    s = actor.getSnapshot();
    expect(screenOf(s)).toBe('review');
    expect(s.context.returnToReview).toBe(false);
  });

  it('returns to the review after the profile is edited from it', () => {
    const { actor } = startedWithProfile();
    actor.send({ type: 'nav.goto', step: 'review' });
    actor.send({ type: 'nav.goto', step: 'profile' });
    actor.send({ type: 'profile.submit', profile: PROFILES.foodCoopCrop });
    expect(screenOf(actor.getSnapshot())).toBe('review');
  });

  it('keeps the form as typed as the draft, so a raw material hidden for a service comes back', () => {
    const { actor } = startedWithProfile();
    actor.send({ type: 'nav.goto', step: 'profile' });
    actor.send({
      type: 'profile.submit',
      profile: PROFILES.tourismService,
      draft: { ...PROFILES.tourismService, rawMaterial: 'crop-herb' },
    });
    const a = actor.getSnapshot().context.assessment;
    expect(a?.profile?.rawMaterial).toBe('none');
    expect(a?.profileDraft.rawMaterial).toBe('crop-herb');
  });

  it('keeps answers to items that stop applying, and shows them again when the profile changes back', () => {
    const { actor } = startedWithProfile();
    actor.send({ type: 'answers.change', answers: { 'rmz-growing-code': { value: 'met', note: 'Mã VN-TN-001' } } });
    actor.send({ type: 'nav.goto', step: 'profile' });
    actor.send({ type: 'profile.submit', profile: PROFILES.tourismService });
    expect(screenOf(actor.getSnapshot())).toBe('page:capacity-1');
    expect(actor.getSnapshot().context.assessment?.answers['rmz-growing-code']?.note).toBe('Mã VN-TN-001');
    actor.send({ type: 'nav.goto', step: 'profile' });
    actor.send({ type: 'profile.submit', profile: PROFILES.foodCoopCrop });
    actor.send({ type: 'nav.goto', step: 'rmz-1' });
    expect(actor.getSnapshot().context.assessment?.answers['rmz-growing-code']).toEqual({
      value: 'met',
      note: 'Mã VN-TN-001',
    });
  });

  it('saves every answer as it changes, with a growing revision', () => {
    const { actor, storage } = startedWithProfile();
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { value: 'partly' } } });
    const first = actor.getSnapshot().context.assessment?.rev ?? 0;
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { value: 'partly', note: 'Đang lập bản đồ' } } });
    const s = actor.getSnapshot();
    expect(s.context.assessment?.rev).toBe(first + 1);
    expect(s.context.lastSaved).not.toBeNull();
    const stored = JSON.parse(storage.getItem(`${KEY_PREFIX}${s.context.assessment?.id}`) ?? '{}');
    expect(stored.assessment.answers['rmz-zone']).toEqual({ value: 'partly', note: 'Đang lập bản đồ' });
    expect(stored.assessment.rev).toBe(first + 1);
  });

  it('resumes on the saved step after a restart', () => {
    const storage = memoryStorage();
    const first = startedWithProfile(PROFILES.herbHousehold, storage);
    first.actor.send({ type: 'nav.next' });
    first.actor.send({ type: 'answers.change', answers: { 'rmz-organic': { value: 'unknown' } } });
    const step = first.actor.getSnapshot().context.assessment?.step;
    first.actor.stop();

    const second = startWizard(storage);
    const s = second.actor.getSnapshot();
    expect(screenOf(s)).toBe(`page:${step}`);
    expect(s.context.assessment?.answers['rmz-organic']).toEqual({ value: 'unknown' });
  });

  it('lands on a step that applies when the saved one no longer does', () => {
    const storage = memoryStorage();
    const first = startedWithProfile(PROFILES.foodCoopCrop, storage);
    const id = first.actor.getSnapshot().context.assessment?.id;
    first.actor.stop();
    const key = `${KEY_PREFIX}${id}`;
    const stored = JSON.parse(storage.getItem(key) ?? '{}');
    stored.assessment.step = 'rmz-9';
    storage.setItem(key, JSON.stringify(stored));
    const second = startWizard(storage);
    expect(screenOf(second.actor.getSnapshot())).toBe('profile');
  });

  it('opens the legal basis from anywhere and returns to the same step', () => {
    const { actor } = startedWithProfile();
    actor.send({ type: 'nav.next' });
    const before = screenOf(actor.getSnapshot());
    actor.send({ type: 'nav.legal' });
    expect(screenOf(actor.getSnapshot())).toBe('legal');
    actor.send({ type: 'nav.close' });
    expect(screenOf(actor.getSnapshot())).toBe(before);
    actor.send({ type: 'nav.privacy' });
    actor.send({ type: 'nav.close' });
    expect(screenOf(actor.getSnapshot())).toBe(before);
  });

  it('generates the report in the language and format of the request and hands it to the download', async () => {
    const { actor, reports, downloads } = startedWithProfile();
    actor.send({ type: 'nav.goto', step: 'report' });
    actor.send({ type: 'report.setLanguage', language: 'en' });
    actor.send({ type: 'report.generate', language: 'en', format: 'phone' });
    expect(actor.getSnapshot().hasTag('generatingReport')).toBe(true);
    const s = await waitFor(actor, (snap) => snap.context.lastReport?.state === 'ready');
    expect(reports.map((r) => [r.language, r.format])).toEqual([['en', 'phone']]);
    expect(downloads.map((d) => d.fileName)).toEqual(['report-en-phone.pdf']);
    expect(s.hasTag('generatingReport')).toBe(false);
    expect(s.context.lastReport).toEqual({ state: 'ready', fileName: 'report-en-phone.pdf', size: 9 });
    expect(s.context.assessment?.reportLanguage).toBe('en');
    // A second request carries its own language and format, whatever the first asked for.
    actor.send({ type: 'report.generate', language: 'vi', format: 'a4' });
    await waitFor(actor, (snap) => snap.context.lastReport?.state === 'ready' && reports.length === 2);
    expect(reports.map((r) => [r.language, r.format])).toEqual([
      ['en', 'phone'],
      ['vi', 'a4'],
    ]);
  });

  it('remembers the format and language a report is made with, saved with the assessment; the same again saves nothing', async () => {
    const storage = memoryStorage();
    const { actor } = startedWithProfile(PROFILES.foodCoopCrop, storage);
    actor.send({ type: 'nav.goto', step: 'report' });
    expect(actor.getSnapshot().context.assessment?.reportFormat).toBeNull();
    actor.send({ type: 'report.generate', language: 'en', format: 'phone' });
    expect(actor.getSnapshot().context.assessment).toMatchObject({ reportFormat: 'phone', reportLanguage: 'en' });
    await waitFor(actor, (snap) => snap.context.lastReport?.state === 'ready');
    const id = actor.getSnapshot().context.assessment?.id;
    const stored = () => JSON.parse(storage.getItem(`${KEY_PREFIX}${id}`) ?? '{}').assessment;
    expect(stored()).toMatchObject({ reportFormat: 'phone', reportLanguage: 'en' });
    const rev = stored().rev;

    actor.send({ type: 'report.generate', language: 'en', format: 'phone' });
    await waitFor(actor, (snap) => !snap.hasTag('generatingReport'));
    expect(stored().rev).toBe(rev);
    actor.stop();

    const reopened = startWizard(storage).actor.getSnapshot();
    expect(reopened.context.assessment).toMatchObject({ reportFormat: 'phone', reportLanguage: 'en' });
  });

  it('reports a conflict when another tab wrote the open assessment, and keeps this one on request', () => {
    const storage = memoryStorage();
    const { actor } = startedWithProfile(PROFILES.foodCoopCrop, storage);
    const id = actor.getSnapshot().context.assessment?.id;
    const key = `${KEY_PREFIX}${id}`;
    const theirs = JSON.parse(storage.getItem(key) ?? '{}');
    theirs.assessment.answers = { 'rmz-zone': { value: 'met' } };
    theirs.assessment.rev += 5;
    storage.setItem(key, JSON.stringify(theirs));

    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { value: 'not_met' } } });
    expect(actor.getSnapshot().context.conflict?.answers['rmz-zone']).toEqual({ value: 'met' });
    expect(JSON.parse(storage.getItem(key) ?? '{}').assessment.answers['rmz-zone']).toEqual({ value: 'met' });

    actor.send({ type: 'conflict.keepMine' });
    const stored = JSON.parse(storage.getItem(key) ?? '{}').assessment;
    expect(stored.answers['rmz-zone']).toEqual({ value: 'not_met' });
    expect(stored.rev).toBeGreaterThan(theirs.assessment.rev);
    expect(actor.getSnapshot().context.conflict).toBeNull();
  });

  it('takes the other tab’s version on request, staying on this step', () => {
    const storage = memoryStorage();
    const { actor } = startedWithProfile(PROFILES.foodCoopCrop, storage);
    actor.send({ type: 'nav.next' });
    const step = actor.getSnapshot().context.assessment?.step;
    const key = `${KEY_PREFIX}${actor.getSnapshot().context.assessment?.id}`;
    const theirs = JSON.parse(storage.getItem(key) ?? '{}');
    theirs.assessment.answers = { 'rmz-zone': { value: 'met' } };
    theirs.assessment.step = 'market-1';
    storage.setItem(key, JSON.stringify(theirs));
    actor.send({ type: 'answers.change', answers: { 'rmz-organic': { value: 'partly' } } });
    const epoch = actor.getSnapshot().context.epoch;
    actor.send({ type: 'conflict.reload' });
    const s = actor.getSnapshot();
    expect(s.context.assessment?.answers).toEqual({ 'rmz-zone': { value: 'met' } });
    expect(s.context.assessment?.step).toBe(step);
    expect(s.context.epoch).toBe(epoch + 1);
    expect(s.context.conflict).toBeNull();
  });

  it('duplicates and deletes assessments, with undo', () => {
    const { actor } = startWizard();
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'profile.change', values: { productName: 'Mật ong bạc hà' } });
    actor.send({ type: 'nav.home' });
    const [first] = actor.getSnapshot().context.library;
    actor.send({ type: 'assessment.duplicate', id: first.id, title: 'Mật ong bạc hà (bản sao)' });
    expect(actor.getSnapshot().context.library).toHaveLength(2);
    actor.send({ type: 'assessment.delete', id: first.id });
    expect(actor.getSnapshot().context.library.map((a) => a.id)).not.toContain(first.id);
    expect(actor.getSnapshot().context.deleted).toEqual({ id: first.id, name: 'Mật ong bạc hà' });
    actor.send({ type: 'assessment.undoDelete' });
    expect(actor.getSnapshot().context.library.map((a) => a.id)).toContain(first.id);
  });

  it('reports a full device and keeps the answer in memory', () => {
    const storage = memoryStorage(6_000);
    const { actor } = startedWithProfile(PROFILES.foodCoopCrop, storage);
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { value: 'met', note: 'x'.repeat(8_000) } } });
    const s = actor.getSnapshot();
    expect(s.context.notices.map((n) => n.key)).toEqual(['storage.full']);
    expect(s.context.assessment?.answers['rmz-zone']?.note).toHaveLength(8_000);
  });
});

describe('answers and plan entries', () => {
  it('stores no empty placeholders: an emptied answer or plan line is removed', () => {
    const { actor } = startedWithProfile();
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { value: 'met' }, 'rmz-linkage': {} } });
    actor.send({ type: 'plan.change', plan: { 'rmz-zone': { owner: 'An' }, 'rmz-linkage': {} } });
    expect(actor.getSnapshot().context.assessment?.answers).toEqual({ 'rmz-zone': { value: 'met' } });
    expect(actor.getSnapshot().context.assessment?.plan).toEqual({ 'rmz-zone': { owner: 'An' } });
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': {} } });
    actor.send({ type: 'plan.change', plan: { 'rmz-zone': {} } });
    expect(actor.getSnapshot().context.assessment?.answers).toEqual({});
    expect(actor.getSnapshot().context.assessment?.plan).toEqual({});
  });
});
