import type { StorageLike } from './storage-service';

/**
 * A Storage stand-in over a Map. The app uses it when the browser refuses
 * localStorage (some in-app browsers); the tests use it with a quota in
 * characters to play a full device, counting keys and values as Chromium does.
 */
export function memoryStorage(quota = Number.POSITIVE_INFINITY): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  let used = 0;
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const value = String(v);
      const previous = map.get(k);
      const next = used - (previous === undefined ? 0 : k.length + previous.length) + k.length + value.length;
      if (next > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, value);
      used = next;
    },
    removeItem: (k) => {
      const previous = map.get(k);
      if (previous === undefined) return;
      used -= k.length + previous.length;
      map.delete(k);
    },
  };
}
