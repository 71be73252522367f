import type { Assessment } from './assessment';

/**
 * How many things in `mine` would be lost by taking `theirs` instead: each
 * answer, plan entry and profile field that differs and is not empty here.
 * The conflict notice says this number before "use the latest" is chosen.
 */
export function changesLostBy(mine: Assessment, theirs: Assessment): number {
  const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
  const count = <T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>) =>
    Object.keys(a).filter((id) => !same(a[id], b[id])).length;
  return (
    count(mine.answers, theirs.answers) +
    count(mine.plan, theirs.plan) +
    count(mine.profileDraft, theirs.profileDraft) +
    (mine.profile && !same(mine.profile, theirs.profile) ? 1 : 0) +
    (mine.title && mine.title !== theirs.title ? 1 : 0)
  );
}
