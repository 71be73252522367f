/**
 * The app refuses to run inside another site's frame: a page elsewhere could
 * dress it up and trick the user into typing or deleting (clickjacking). The
 * host should also send `frame-ancestors 'none'` (README); a meta CSP cannot,
 * so this check in the app's own script is the guard wherever it is hosted.
 * A frame of the same origin (the app's own tests, a preview) is allowed.
 * A module of its own, apart from the notice shown instead (src/app/framed-notice.tsx): start-up
 * (src/app/boot.tsx) asks this before anything else, and must not load React to do so.
 */
export function framedByOtherOrigin(win: Pick<Window, 'self' | 'top' | 'location'>): boolean {
  if (win.top === null || win.top === win.self) return false;
  try {
    return win.top.location.origin !== win.location.origin;
  } catch {
    // Reading another origin's location throws: that is the answer.
    return true;
  }
}
