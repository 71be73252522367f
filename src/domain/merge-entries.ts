/**
 * Applies a patch of per-item entries (answers, plan lines): an entry in the
 * patch replaces the stored one, and an empty entry removes it, so the saved
 * data never carries placeholders for items nobody touched and reads back
 * exactly as it was written.
 */
export function mergeEntries<T extends object>(
  current: Readonly<Record<string, T>>,
  patch: Readonly<Record<string, T>>,
): Record<string, T> {
  const next: Record<string, T> = { ...current };
  for (const [id, entry] of Object.entries(patch)) {
    if (Object.keys(entry).length === 0) delete next[id];
    else next[id] = entry;
  }
  return next;
}
