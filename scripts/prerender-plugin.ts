import { createHash } from 'node:crypto';
import { runnerImport, type Plugin, type Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * Build step: the welcome screen, rendered by the app's own components (src/app/prerender.tsx),
 * is written into index.html, so a phone paints it from the HTML alone, as fast as a static page.
 * With it go:
 * - the first-paint check, inlined at the top of <head> (it hides the screen before the first
 *   paint when it does not fit the visitor), and its hash in the Content Security Policy: the one
 *   inline script, allowed by hash only;
 * - modulepreload links for what src/app/main.tsx imports after the first paint (the app and the
 *   Vietnamese words), so they download while the page paints instead of after it.
 */

interface FirstScreen {
  html: string;
  lang: string;
  gateScript: string;
}

const ROOT_DIV = '<div id="root"></div>';
const CSP_SCRIPT_SRC = "script-src 'self'";

/** A chunk and every chunk it imports statically, depth first. */
function withStaticImports(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen;
  seen.add(fileName);
  for (const dep of chunk.imports) withStaticImports(bundle, dep, seen);
  return seen;
}

function chunkOf(bundle: OutputBundle, moduleSuffix: string): OutputChunk {
  const chunk = Object.values(bundle).find(
    (c): c is OutputChunk => c.type === 'chunk' && (c.facadeModuleId ?? '').endsWith(moduleSuffix),
  );
  if (!chunk) throw new Error(`Pre-render: no chunk for ${moduleSuffix} in the build`);
  return chunk;
}

export function prerenderFirstScreen(): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'ocop-prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const { module } = await runnerImport<{ renderFirstScreen: () => Promise<FirstScreen> }>(
          '/src/app/prerender.tsx',
          { configFile: false, root, logLevel: 'error' },
        );
        const screen = await module.renderFirstScreen();
        if (!html.includes(ROOT_DIV) || !html.includes(CSP_SCRIPT_SRC)) {
          throw new Error(`Pre-render: index.html needs an empty ${ROOT_DIV} and "${CSP_SCRIPT_SRC}" in its policy`);
        }
        const hash = createHash('sha256').update(screen.gateScript).digest('base64');
        const cspEnd = html.indexOf('/>', html.indexOf('http-equiv="Content-Security-Policy"')) + 2;
        let out = `${html.slice(0, cspEnd)}\n    <script>${screen.gateScript}</script>${html.slice(cspEnd)}`;
        out = out
          .replace(CSP_SCRIPT_SRC, `${CSP_SCRIPT_SRC} 'sha256-${hash}'`)
          .replace(ROOT_DIV, `<div id="root">${screen.html}</div>`);

        const { bundle, chunk: entry } = ctx;
        if (!bundle || !entry) return out;
        const already = withStaticImports(bundle, entry.fileName);
        const later = [
          ...withStaticImports(bundle, chunkOf(bundle, '/src/app/boot.tsx').fileName),
          chunkOf(bundle, `/locales/${screen.lang}/common.json`).fileName,
        ].filter((file, i, all) => !already.has(file) && all.indexOf(file) === i);
        const links = later.map((file) => `    <link rel="modulepreload" crossorigin href="${base}${file}">\n`).join('');
        return out.replace(/\n\s*<\/head>/, `\n${links}  </head>`);
      },
    },
  };
}
