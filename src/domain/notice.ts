/**
 * A message for the user from storage, the machine or the app: a translation key with its values, never
 * text, and how it reads (info, success, error). Shared by the storage protocol and the UI that shows it.
 */
export interface Notice {
  key: string;
  values?: Record<string, string | number>;
  tone: 'info' | 'success' | 'error';
}
