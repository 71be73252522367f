import { useEffect, useEffectEvent } from 'react';
import type { FieldValues, UseFormWatch } from 'react-hook-form';

/**
 * Sends every change of a form to the machine as it is typed (not only on
 * "next"), so a reload, a closed tab or a language switch never loses it.
 * One subscription per form; it always calls the latest `onChange`.
 */
export function useAutosave<T extends FieldValues>(watch: UseFormWatch<T>, onChange: (values: T) => void): void {
  const changed = useEffectEvent(onChange);
  useEffect(() => {
    const subscription = watch((values) => changed(values as T));
    return () => subscription.unsubscribe();
  }, [watch]);
}
