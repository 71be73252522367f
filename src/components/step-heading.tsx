import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a screen or step. It takes focus when it mounts, so that a
 * keyboard or screen-reader user lands at the start of the new step; screens
 * remount on every step change, and a language switch does not remount them.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
