// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint holds two architectural rules (see ARCHITECTURE.md):
 * - the import direction between the parts (boundaries/dependencies);
 * - no literal user-facing text in components (i18next/no-literal-string):
 *   every word on screen comes from locales/.
 */

/** The parts of the app, from the bottom up. */
const elements = [
  { type: 'content', pattern: 'src/content' },
  { type: 'domain', pattern: 'src/domain' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'machines', pattern: 'machines' },
  { type: 'storage', pattern: 'src/storage' },
  // The report's pure model (no jsPDF): the report step shows its page-1 summary on screen.
  { type: 'report-model', pattern: 'src/report/model' },
  { type: 'report', pattern: 'src/report' },
  { type: 'forms', pattern: 'src/forms' },
  { type: 'components', pattern: 'src/components' },
  // The running wizard for React: the actor's context and the screen it shows. Features read the machine here.
  { type: 'wizard', pattern: 'src/wizard' },
  { type: 'features', pattern: 'src/features/*', capture: ['feature'] },
  { type: 'app', pattern: 'src/app' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'locales', pattern: 'locales' },
];

/** Who may import whom. Anything not listed is refused. */
export const allowed = {
  content: ['content'],
  domain: ['content', 'domain'],
  lib: ['lib'],
  i18n: ['i18n', 'domain', 'locales'],
  machines: ['machines', 'content', 'domain'],
  storage: ['storage', 'machines', 'content', 'domain', 'lib'],
  'report-model': ['report-model', 'content', 'domain', 'i18n', 'lib'],
  report: ['report', 'report-model', 'content', 'domain', 'i18n', 'lib'],
  forms: ['forms', 'domain'],
  components: ['components', 'content', 'domain'],
  wizard: ['wizard', 'machines', 'content', 'domain'],
  // Never 'app': the app composes the features, not the other way round.
  features: ['content', 'domain', 'lib', 'i18n', 'machines', 'forms', 'components', 'wizard', 'report-model'],
  app: ['app', 'wizard', 'machines', 'content', 'domain', 'lib', 'i18n', 'storage', 'report', 'features'],
  testing: ['testing', 'content', 'domain', 'report', 'report-model', 'storage', 'machines', 'i18n', 'locales', 'lib'],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'src/report/font-coverage.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*', 'machines/**/*', 'locales/**/*'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(allowed).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { type: to } } },
            })),
            // Features are independent of each other, except the shell, which composes them.
            {
              from: { element: { type: 'features', captured: { feature: 'shell' } } },
              allow: { to: { element: { type: 'features' } } },
            },
            {
              from: { element: { type: 'features' } },
              allow: { to: { element: { type: 'features', captured: { feature: '{{from.captured.feature}}' } } } },
            },
            // Tests may reach any part (they wire real pieces together); production code may not.
            { from: { file: { path: '**/*.test.{ts,tsx}' } }, allow: { to: { element: { type: '*' } } } },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    ...i18next.configs['flat/recommended'],
    rules: {
      'i18next/no-literal-string': [
        'error',
        { mode: 'jsx-only', 'jsx-attributes': { include: ['aria-label', 'title', 'alt', 'placeholder'] } },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}', 'e2e/**/*.ts', 'scripts/**/*', 'vite.config.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
