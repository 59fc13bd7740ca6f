// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'custom-elements.json'] },
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
    rules: { 'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements'] },
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
      'test/node/csp.test.js',
      'test/node/embed.test.js',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser, axe: 'readonly' } },
  },
);
