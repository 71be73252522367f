import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { SCREENS } from './screens';
import { wizardMachine } from './wizard.machine';

/** Every state the machine can rest in, with the screen tags it carries (its own and its ancestors'). */
function restingStates(): { path: string; screens: string[] }[] {
  const found: { path: string; screens: string[] }[] = [];
  const walk = (node: AnyStateNode, inherited: string[]) => {
    const tags = [...inherited, ...node.tags.filter((t) => (SCREENS as readonly string[]).includes(t))];
    const children = Object.values(node.states) as AnyStateNode[];
    if (node.type === 'history') return;
    // A state left at once by an eventless transition (`active.route`) is never shown.
    if (children.length === 0 && !node.always?.length) found.push({ path: node.path.join('.'), screens: tags });
    for (const child of children) walk(child, tags);
  };
  walk(wizardMachine.root, []);
  return found;
}

describe('which screen a state shows', () => {
  it('is written once for every state the wizard can rest in: one screen each', () => {
    const states = restingStates();
    expect(states.length).toBeGreaterThan(SCREENS.length);
    for (const { path, screens } of states) expect({ path, screens: screens.length }).toEqual({ path, screens: 1 });
  });

  it('names every screen at least once', () => {
    const shown = new Set(restingStates().flatMap((s) => s.screens));
    expect([...shown].sort()).toEqual([...SCREENS].sort());
  });
});
