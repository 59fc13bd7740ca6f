// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/** The element folders under src/elements (internal/ is the shared base, open to all). */
const elementFolders = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'internal')
  .map((entry) => entry.name);

/** An import rule naming the layers a folder must not reach into, with the reason. */
const forbid = (/** @type {string[]} */ group, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group, message }] }],
});

export default tseslint.config(
  { ignores: ['**/dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      'wc/guard-super-call': 'off',
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'OutcomeElement'] } },
  },
  {
    // chai assertions such as `expect(x).to.exist` are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements'],
      ...forbid(
        ['**/data/*', '**/elements/*', '**/events/*', 'lit', 'lit/*', '@lit/*'],
        'Layers: core is DOM-free and imports neither data, events nor elements (elements -> data -> core).',
      ),
    },
  },
  {
    files: ['src/data/**/*.ts'],
    rules: forbid(['**/elements/*'], 'Layers: data never imports elements (elements -> data -> core).'),
  },
  ...elementFolders.map((folder) => ({
    files: [`src/elements/${folder}/**/*.ts`],
    rules: forbid(
      elementFolders.filter((other) => other !== folder).map((other) => `**/elements/${other}/*`),
      'An element folder never imports another element folder: move what both need to elements/internal/.',
    ),
  })),
  {
    // Relative imports between element folders (`../kpi-trend/…`) resolve outside the patterns above.
    files: ['src/elements/**/*.ts'],
    ignores: ['src/elements/internal/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportDeclaration[source.value=/^\\.\\.\\/(${elementFolders.join('|')})\\//]`,
          message:
            'An element folder never imports another element folder: move what both need to elements/internal/.',
        },
        {
          selector: "NewExpression[callee.name='CustomEvent']",
          message: 'Fire events with emit() from src/events/emit.ts, the one typed way to dispatch.',
        },
      ],
    },
  },
  {
    files: ['src/elements/internal/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='CustomEvent']",
          message:
            'Fire events with emit() or outcomeEvent() from src/events/emit.ts, the one typed way to dispatch.',
        },
      ],
    },
  },
  {
    files: [
      'scripts/**/*.{js,mjs}',
      'bin/**/*.js',
      'test/node/**/*.js',
      'test/server.js',
      'bench/**/*.{js,mjs}',
      '*.config.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: [
      'scripts/story-sweep.mjs',
      'bench/**/*.{js,mjs}',
      'test/node/builder.test.js',
      'test/node/strict-page.js',
      'test/node/csp.test.js',
      'test/node/embed.test.js',
      'test/node/readme-snippet.test.js',
      'test/node/cdn.test.js',
      'test/node/framework-apps.test.js',
      'test/node/ssr.test.js',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser, axe: 'readonly' } },
  },
);
