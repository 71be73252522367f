/**
 * Questions added to or removed from the checklist, by the content version that did it (see CONTENT.version).
 * A follow-up compares two assessments that may have been answered against different versions: what the
 * checklist itself changed is named in "since last time", never counted as a gap the producer closed or opened.
 * Add a line here whenever an item id is added or removed.
 */
export const ITEM_CHANGES: readonly { version: string; added: readonly string[]; removed: readonly string[] }[] = [
  // 1.1.0 reworded questions and added profile fields; no item id came or went.
  { version: '1.1.0', added: [], removed: [] },
];

const parts = (v: string): number[] => v.split('.').map(Number);

/** -1, 0 or 1 as semantic version a is before, equal to or after b. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
  return 0;
}

/** Items added and removed by the versions after `from` up to and including `to` (an item added then removed is neither). */
export function itemChangesBetween(from: string, to: string): { added: string[]; removed: string[] } {
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const change of ITEM_CHANGES) {
    if (compareVersions(change.version, from) <= 0 || compareVersions(change.version, to) > 0) continue;
    for (const id of change.added) if (!removed.delete(id)) added.add(id);
    for (const id of change.removed) if (!added.delete(id)) removed.add(id);
  }
  return { added: [...added].sort(), removed: [...removed].sort() };
}
