import type { StorageLike } from '../storage/storage-service';

/** A Storage stand-in over a Map, with an optional quota in characters to test a full device. */
export function memoryStorage(quota = Number.POSITIVE_INFINITY): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const next = used() - (map.get(k)?.length ?? 0) + String(v).length + (map.has(k) ? 0 : k.length);
      if (next > quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k) => void map.delete(k),
  };
}
