import { createHash } from 'node:crypto';
import { runnerImport, type Plugin } from 'vite';

/**
 * Build step: the welcome screen, rendered by the app's own components (src/app/prerender.tsx),
 * is written into index.html, so a phone paints it from the HTML alone, as fast as a static page.
 * With it go the first-paint check, inlined at the top of <head> (it hides the screen before the
 * first paint when it does not fit the visitor), and, right after `#root` (the other languages' screens
 * are templates before it), the script that puts the visitor's language's screen in place; their hashes are in the Content
 * Security Policy: the only inline scripts, allowed by hash only.
 *
 * The app's modules are deliberately not preloaded: src/app/main.tsx imports them after the first
 * paint, so the HTML and the stylesheet have the connection to themselves until the screen is up
 * (a slow 3G link shared with 130 KB of JavaScript would paint later, as the bench showed).
 */

/** What src/app/prerender.tsx renders (its FirstScreen, the part this plugin writes). */
interface FirstScreen {
  /** The other languages' templates, then `#root` with the welcome screen. */
  body: string;
  /** For the top of <head>. */
  gateScript: string;
  /** For right after `#root`. */
  swapScript: string;
  /** After that: what stands in for a hidden screen. */
  waitingLine: string;
}

const ROOT_DIV = '<div id="root"></div>';
const CSP_SCRIPT_SRC = "script-src 'self'";

export function prerenderFirstScreen(): Plugin {
  let root = '';
  return {
    name: 'ocop-prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { module } = await runnerImport<{ renderFirstScreen: () => Promise<FirstScreen> }>(
          '/src/app/prerender.tsx',
          { configFile: false, root, logLevel: 'error' },
        );
        const screen = await module.renderFirstScreen();
        if (!html.includes(ROOT_DIV) || !html.includes(CSP_SCRIPT_SRC)) {
          throw new Error(`Pre-render: index.html needs an empty ${ROOT_DIV} and "${CSP_SCRIPT_SRC}" in its policy`);
        }
        const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
        const cspEnd = html.indexOf('/>', html.indexOf('http-equiv="Content-Security-Policy"')) + 2;
        return `${html.slice(0, cspEnd)}\n    <script>${screen.gateScript}</script>${html.slice(cspEnd)}`
          .replace(CSP_SCRIPT_SRC, () => `${CSP_SCRIPT_SRC} ${hash(screen.gateScript)} ${hash(screen.swapScript)}`)
          .replace(ROOT_DIV, () => `${screen.body}<script>${screen.swapScript}</script>${screen.waitingLine}`);
      },
    },
  };
}
