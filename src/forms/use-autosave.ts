import { useEffect } from 'react';
import type { FieldValues, UseFormWatch } from 'react-hook-form';

/**
 * Sends every change of a form to the machine as it is typed (not only on
 * "next"), so a reload, a closed tab or a language switch never loses it.
 */
export function useAutosave<T extends FieldValues>(watch: UseFormWatch<T>, onChange: (values: T) => void): void {
  useEffect(() => {
    const subscription = watch((values) => onChange(values as T));
    return () => subscription.unsubscribe();
    // onChange is recreated on every render; the subscription needs it once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watch]);
}
