import { memoryStorage } from './memory-storage';
import type { StorageLike } from './storage-service';

/**
 * Which storage the app can use on this device. Two failures look alike but
 * are not: a browser that refuses storage altogether (SecurityError, some
 * in-app browsers) and a quota that is full. A full quota still holds every
 * saved assessment, so those must be listed and opened; only new writes fail.
 */

/** True for the errors browsers throw when the quota is used up (Chromium, Safari, old Firefox). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException) && !(error instanceof Error)) return false;
  const { name } = error;
  const code = (error as { code?: number }).code;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export interface DeviceStorage {
  storage: StorageLike;
  /** The browser refused storage: everything lives in memory for this visit only. */
  volatile: boolean;
  /** Storage works but had no room even for a probe. */
  full: boolean;
}

export function deviceStorage(get: () => StorageLike): DeviceStorage {
  let storage: StorageLike;
  try {
    storage = get();
  } catch {
    return { storage: memoryStorage(), volatile: true, full: false };
  }
  const probe = '__ocop_probe__';
  try {
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return { storage, volatile: false, full: false };
  } catch (error) {
    if (isQuotaError(error)) return { storage, volatile: false, full: true };
    return { storage: memoryStorage(), volatile: true, full: false };
  }
}
