/**
 * A message for the user from storage, the machine or the app: a translation key with its values, never
 * text, and how it reads (info, success, error). Shared by the storage protocol and the UI that shows it.
 */
export interface Notice {
  key: string;
  values?: Record<string, string | number>;
  tone: 'info' | 'success' | 'error';
}

/** A file chosen to be opened that could not be: the welcome screen says so beside its file field. */
export const isImportProblem = (notice: Notice): boolean => notice.tone === 'error' && notice.key.startsWith('import.');
