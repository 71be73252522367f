import { describe, expect, it } from 'vitest';
import { createActor, type ActorRefFrom } from 'xstate';
import { TestModel } from 'xstate/graph';
import { applicablePages } from '../src/content/applicability';
import { CONTENT_INDEX } from '../src/content/content';
import type { Profile } from '../src/content/profile-options';
import { newAssessment } from '../src/domain/assessment';
import { PROFILES, type ProfileName } from '../src/testing/profiles';
import { screenOf, testWizard, type WizardSnapshot } from '../src/testing/wizard';
import { wizardMachine, type WizardEvent } from './wizard.machine';

/**
 * Model-based tests (xstate/graph). For each representative profile the
 * machine itself is the model: the graph traversal finds every state reachable
 * with the profile's events, then each shortest path is replayed on a real
 * wizard (in-memory storage) and the screen it shows is compared with the
 * model's at every step.
 */

const allPages = CONTENT_INDEX.pages.map((p) => p.id);

function eventsFor(profile: Profile): WizardEvent[] {
  return [
    { type: 'library.loaded', entries: [], current: null, notices: [], quarantined: [] },
    // In the real wizard the storage actor answers "assessment.new" with this event.
    {
      type: 'assessment.opened',
      assessment: newAssessment('model-0000-0001', new Date(0), CONTENT_INDEX.content.version),
    },
    { type: 'profile.submit', profile },
    { type: 'nav.next' },
    { type: 'nav.back' },
    { type: 'nav.home' },
    { type: 'nav.goto', step: 'profile' },
    { type: 'nav.goto', step: 'review' },
    { type: 'nav.goto', step: 'report' },
    ...allPages.map((step): WizardEvent => ({ type: 'nav.goto', step })),
  ];
}

const serializeState = (s: WizardSnapshot) =>
  JSON.stringify([
    s.value,
    s.context.assessment?.step ?? null,
    Boolean(s.context.assessment?.profile),
    s.context.returnToReview,
  ]);

/** Replays a model event on the real wizard. */
function execute(actor: ActorRefFrom<typeof wizardMachine>, event: WizardEvent) {
  if (event.type === 'library.loaded') return; // the real storage answers at start-up by itself
  if (event.type === 'assessment.opened') actor.send({ type: 'assessment.new' });
  else actor.send(event);
}

describe.each(Object.keys(PROFILES) as ProfileName[])('model-based: %s', (name) => {
  const profile = PROFILES[name];
  const expectedPages = applicablePages(CONTENT_INDEX, profile).map((p) => p.id);
  // createTestModel() refuses machines that invoke actors; TestModel itself only needs the pure
  // transition function, so the invoked storage and report actors are never started here.
  const model = new TestModel(wizardMachine, {
    events: eventsFor(profile),
    serializeState: (s) => serializeState(s as WizardSnapshot),
  });
  const paths = model.getShortestPaths();

  it('reaches exactly the pages that apply to the profile, and none of the others', () => {
    const reached = new Set(
      paths
        .map((p) => p.state as WizardSnapshot)
        .filter((s) => s.matches({ wizard: { active: 'checklist' } }))
        .map((s) => s.context.assessment?.step),
    );
    expect([...reached].sort()).toEqual([...expectedPages].sort());
    for (const skipped of allPages.filter((p) => !expectedPages.includes(p))) expect(reached.has(skipped)).toBe(false);
  });

  it('walks forward with "next" through profile, the pages in order, review and report', () => {
    const actor = createActor(testWizard().machine, { input: {} }).start();
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'profile.submit', profile });
    const seen = [screenOf(actor.getSnapshot())];
    for (let i = 0; i < expectedPages.length + 2; i += 1) {
      actor.send({ type: 'nav.next' });
      seen.push(screenOf(actor.getSnapshot()));
    }
    expect(seen).toEqual([...expectedPages.map((p) => `page:${p}`), 'review', 'report', 'report']);
    const back: string[] = [];
    for (let i = 0; i < expectedPages.length + 2; i += 1) {
      actor.send({ type: 'nav.back' });
      back.push(screenOf(actor.getSnapshot()));
    }
    expect(back).toEqual(['review', ...[...expectedPages].reverse().map((p) => `page:${p}`), 'profile']);
  });

  it(`replays all ${paths.length} shortest paths on the real wizard with the same screens`, async () => {
    expect(paths.length).toBeGreaterThan(expectedPages.length);
    for (const path of paths) {
      const actor = createActor(testWizard().machine, { input: {} }).start();
      const check = (modelState: WizardSnapshot) => {
        if (modelState.matches('booting')) return;
        expect(screenOf(actor.getSnapshot()), path.description).toBe(screenOf(modelState));
      };
      await path.test({
        states: { wizard: (s) => check(s as WizardSnapshot) },
        events: Object.fromEntries(
          eventsFor(profile).map((e) => [e.type, (step: { event: WizardEvent }) => execute(actor, step.event)]),
        ),
      });
      actor.stop();
    }
  });
});
