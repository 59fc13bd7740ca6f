import { builtinModules } from 'node:module';
import { defineConfig, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/** Public entries of the package: one per element, the whole set, the core and the CLI. */
const entries = {
  index: 'src/index.ts',
  core: 'src/core/index.ts',
  'outcome-dashboard': 'src/outcome-dashboard.ts',
  'kpi-trend': 'src/kpi-trend.ts',
  'outcome-tree': 'src/outcome-tree.ts',
  'output-vs-outcome': 'src/output-vs-outcome.ts',
  cli: 'src/cli.ts',
  // Each shipped language alone, for apps that register it up front (the elements also load it on first use).
  ...Object.fromEntries(
    ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'zh-CN', 'ar'].map((code) => [
      `translations/${code}`,
      `src/translations/${code}.ts`,
    ]),
  ),
};

const dependencies = Object.keys(pkg.dependencies);
const isExternal = (id: string) =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** `npm start`: the demo dashboard, with the shared fixtures served at the site root. */
const demo: UserConfig = {
  root: 'demo',
  publicDir: '../fixtures',
  server: { host: '127.0.0.1', port: 5173, open: false, fs: { allow: ['..'] } },
};

/** `vite build`: one ESM file per entry with lit and d3 left to the consumer's bundler. */
const library: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: { external: isExternal },
  },
};

/**
 * `vite build --mode bundle`: dist/outcome-kit.js, every element with every dependency and every
 * shipped language inlined.
 */
const bundle: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: { entry: { 'outcome-kit': 'src/bundle.ts' }, formats: ['es'] },
    // One file: the languages the elements would load on first use are in it already.
    rollupOptions: { output: { codeSplitting: false } },
  },
};

/**
 * `vite build --mode embed`: dist/embed.html, the standalone page configured by its address for
 * Notion or Confluence embeds, with its script as a file (no inline script, so it runs under CSP).
 */
const embed: UserConfig = {
  root: 'src/embed',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../dist',
    emptyOutDir: false,
    target: 'es2022',
    assetsDir: 'embed-assets',
    rollupOptions: { input: 'src/embed/embed.html' },
  },
};

/**
 * `vite build --mode builder`: dist/builder.html, the embed builder for authors who never open a
 * terminal, next to embed.html (which its preview shows) and outcome-kit.js (which its standalone
 * file inlines).
 */
const builder: UserConfig = {
  root: 'src/builder',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../dist',
    emptyOutDir: false,
    target: 'es2022',
    assetsDir: 'builder-assets',
    rollupOptions: { input: 'src/builder/builder.html' },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo;
  if (mode === 'embed') return embed;
  if (mode === 'builder') return builder;
  return mode === 'bundle' ? bundle : library;
});
