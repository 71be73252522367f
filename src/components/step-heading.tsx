import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a screen or step. Screens remount on every step change (a
 * language switch does not remount them), so its mounting is the step change:
 * the page goes back to the top, where the new step starts (the progress above
 * the heading included, clear of the sticky header), and the heading takes
 * focus, so that a keyboard or screen-reader user lands at the start too.
 * Not the screen the app starts on: the page opened there already, and the producer may have scrolled
 * or focused a button of the pre-rendered screen while the app was loading, which must not jump. The
 * app marks itself running (`<html data-app="ready">`, set after the first screen's effects) once it
 * has started.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.documentElement.dataset.app !== 'ready') return;
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
