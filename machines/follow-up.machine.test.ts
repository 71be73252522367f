import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import { CONTENT_INDEX } from '../src/content/content';
import { toEnvelope } from '../src/storage/read-assessment';
import { KEY_PREFIX } from '../src/storage/storage-service';
import { assessmentWith, FIXED_DATE } from '../src/testing/assessments';
import { memoryStorage } from '../src/testing/memory-storage';
import { PROFILES } from '../src/testing/profiles';
import { screenOf, startWizard } from '../src/testing/wizard';

/** "Assess again": a follow-up started from a saved assessment, which stays untouched. */

const profile = PROFILES.foodCoopCrop;

function withSaved() {
  const w = startWizard(memoryStorage());
  w.actor.send({ type: 'assessment.new' });
  w.actor.send({ type: 'profile.submit', profile });
  w.actor.send({
    type: 'answers.change',
    answers: { 'rmz-zone': { value: 'not_met', note: 'Chưa có bản đồ' }, 'tr-code': { value: 'met' } },
  });
  w.actor.send({ type: 'plan.change', plan: { 'rmz-zone': { owner: 'Chị Hoa', status: 'doing' } } });
  const id = w.actor.getSnapshot().context.assessment!.id;
  w.actor.send({ type: 'nav.home' });
  return { ...w, id };
}

describe('assess again', () => {
  it('opens a follow-up with everything carried and marked, and leaves the earlier one as it was', () => {
    const { actor, storage, id } = withSaved();
    const before = storage.getItem(`${KEY_PREFIX}${id}`);
    actor.send({ type: 'assessment.followUp', id });
    const s = actor.getSnapshot();
    const a = s.context.assessment!;
    expect(screenOf(s)).toBe('profile');
    expect(a.id).not.toBe(id);
    expect(a.followUp?.baseline).toMatchObject({
      id,
      profile,
      answers: { 'rmz-zone': { value: 'not_met' }, 'tr-code': { value: 'met' } },
    });
    expect(a.followUp?.carried).toEqual(['rmz-zone', 'tr-code']);
    expect(a.answers['rmz-zone']).toEqual({ value: 'not_met', note: 'Chưa có bản đồ' });
    expect(a.plan['rmz-zone']).toEqual({ owner: 'Chị Hoa', status: 'doing' });
    expect(s.context.notices.map((n) => n.key)).toEqual(['followUp.started']);
    expect(storage.getItem(`${KEY_PREFIX}${id}`)).toBe(before);
    expect(JSON.parse(storage.getItem(`${KEY_PREFIX}${a.id}`) ?? '{}').assessment.followUp.baseline.id).toBe(id);
  });

  it('starts a follow-up of a follow-up from the latest', () => {
    const { actor, id } = withSaved();
    actor.send({ type: 'assessment.followUp', id });
    const first = actor.getSnapshot().context.assessment!.id;
    actor.send({ type: 'nav.home' });
    actor.send({ type: 'assessment.followUp', id: first });
    const second = actor.getSnapshot().context.assessment!;
    expect(second.followUp?.baseline.id).toBe(first);
    actor.send({ type: 'nav.home' });
    expect(
      actor
        .getSnapshot()
        .context.library.map((e) => e.id)
        .sort(),
    ).toEqual([id, first, second.id].sort());
  });

  it('starts from an assessment imported from a file (made on another device)', async () => {
    const { actor } = startWizard(memoryStorage());
    const elsewhere = { ...assessmentWith(profile, { 'rmz-zone': { value: 'partly' } }), id: 'from-another-phone-01' };
    actor.send({
      type: 'assessment.import',
      file: new Blob([JSON.stringify(toEnvelope(elsewhere, FIXED_DATE, CONTENT_INDEX))]),
    });
    await waitFor(actor, (s) => s.context.assessment?.id === 'from-another-phone-01');
    actor.send({ type: 'nav.home' });
    actor.send({ type: 'assessment.followUp', id: 'from-another-phone-01' });
    const a = actor.getSnapshot().context.assessment!;
    expect(a.followUp?.baseline).toMatchObject({
      id: 'from-another-phone-01',
      answers: { 'rmz-zone': { value: 'partly' } },
    });
  });

  it('keeps an item marked until its own answer changes or it is confirmed; saving its page does not confirm it', () => {
    const { actor, id } = withSaved();
    actor.send({ type: 'assessment.followUp', id });
    const carriedAnswers = actor.getSnapshot().context.assessment!.answers;
    // A page autosave sends every answer of the page, unchanged ones included.
    actor.send({
      type: 'answers.change',
      answers: { ...carriedAnswers, 'rmz-zone': { value: 'met', note: 'Chưa có bản đồ' } },
    });
    expect(actor.getSnapshot().context.assessment!.followUp?.carried).toEqual(['tr-code']);
    actor.send({ type: 'followUp.confirm', items: ['tr-code'] });
    const a = actor.getSnapshot().context.assessment!;
    expect(a.followUp?.carried).toEqual([]);
    expect(a.followUp?.baseline.answers['rmz-zone']).toEqual({ value: 'not_met' });
  });

  it('is not offered outside the list: an open assessment ignores it', () => {
    const { actor, id } = withSaved();
    actor.send({ type: 'assessment.open', id });
    actor.send({ type: 'assessment.followUp', id });
    expect(actor.getSnapshot().context.assessment!.id).toBe(id);
  });
});
