/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstScreenWordsPlugin } from './scripts/first-screen-words-plugin.ts';
import { precomputePlugin } from './scripts/precompute-plugin.ts';
import { prerenderFirstScreen } from './scripts/prerender-plugin.ts';
import { startUpFilesPlugin } from './scripts/start-up-files-plugin.ts';

/**
 * index.html carries the production Content Security Policy. The dev server
 * needs inline scripts (React Fast Refresh) and a websocket (HMR), so in dev
 * only the policy is loosened; the built files keep it as written.
 */
function devCsp(): Plugin {
  return {
    name: 'ocop-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  };
}

/**
 * What a static host should send with every response (README, "Hosting"):
 * the meta CSP in index.html cannot forbid framing, so frame-ancestors (and
 * X-Frame-Options for old browsers) come as headers. `vite preview` sends
 * them too, so the e2e tests run against the same rules.
 */
const SECURITY_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Files under /assets/ carry their content's hash in their names: a changed file is a new name, so a
 * browser may keep them for good (README, "Hosting"). `vite preview` would have them revalidated on
 * every use, and then the files asked for ahead of a tap (src/app/start-up-files.ts) would be fetched
 * again by the tap.
 */
function previewKeepsHashedFiles(): Plugin {
  return {
    name: 'ocop-preview-keeps-hashed-files',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    previewKeepsHashedFiles(),
    devCsp(),
    // locales/<lng>/common.json?first-screen: the words start-up loads (src/i18n/first-screen-words.ts).
    firstScreenWordsPlugin(),
    // *.precomputed.ts: run at build time, shipped as values (scripts/precompute-plugin.ts).
    precomputePlugin(),
    // The welcome screen's HTML in index.html at build time (scripts/prerender-plugin.ts).
    prerenderFirstScreen(),
    // The files start-up evaluates, stage by stage (boot.tsx's dynamic imports), named in index.html so
    // that src/app/main.tsx asks for them all at once (scripts/start-up-files-plugin.ts).
    startUpFilesPlugin('src/app/boot.tsx'),
    VitePWA({
      // The user is asked before an update replaces the running app (never mid-assessment).
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['fonts/OFL.txt', 'icons/*.png', 'icons/*.svg'],
      manifest: {
        id: '/',
        name: 'Tự đánh giá OCOP · OCOP self-assessment',
        short_name: 'OCOP',
        description:
          'Tự đánh giá mức sẵn sàng của sản phẩm theo các tiêu chí và định hướng của Chương trình OCOP, tải báo cáo PDF. Check how ready a product is for the OCOP programme and download a PDF gap report.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1b5e20',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the journey needs offline, the report's fonts and lazy chunks included.
        globPatterns: ['**/*.{js,css,html,ttf,txt,png,svg,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    // jsPDF's optional html()/SVG helpers are never used: see src/report/jspdf-unused-plugin.ts.
    // An absolute path: the dev server's dependency pre-bundling resolves it from node_modules/jspdf.
    alias: Object.fromEntries(
      ['html2canvas', 'dompurify', 'canvg'].map((name) => [
        name,
        fileURLToPath(new URL('./src/report/jspdf-unused-plugin.ts', import.meta.url)),
      ]),
    ),
  },
  // No CORS: nothing is fetched from another origin, and its `Vary: Origin` would have a cached file
  // asked for again when requests differ only in that header (a module script's and the service worker's).
  preview: { headers: SECURITY_HEADERS, cors: false },
  build: {
    target: ['chrome111', 'firefox114', 'safari16.4'],
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // React DOM in a file of its own, so start-up (src/app/boot.tsx) evaluates it apart from the screens.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/]react[\\/]/, priority: 30 },
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 20 },
            { name: 'i18next', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'machines/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
