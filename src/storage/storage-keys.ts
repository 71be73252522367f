/**
 * Where assessments are kept, apart from StorageService so that code which only needs to know
 * whether anything is saved (src/storage/storage-connection.ts) does not load the service.
 */
export const KEY_PREFIX = 'ocop:assessment:';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;
