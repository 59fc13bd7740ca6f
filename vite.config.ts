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
  // The one-file bundle's contents for Node (server rendering), with lit left to Node, whose
  // build of lit runs without a DOM: package.json maps `outcome-kit/outcome-kit.js` here there.
  'outcome-kit.node': 'src/bundle.ts',
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
 * `vite build --mode cdn`: dist/cdn/<entry>.js, the element entries with lit and d3 inlined and
 * the code they share in common chunks, so that a page loads one element from a CDN with a plain
 * `<script type="module">` and no import map; a second element reuses the chunks already loaded.
 */
const cdn: UserConfig = {
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        index: entries.index,
        'outcome-dashboard': entries['outcome-dashboard'],
        'kpi-trend': entries['kpi-trend'],
        'outcome-tree': entries['outcome-tree'],
        'output-vs-outcome': entries['output-vs-outcome'],
      },
      formats: ['es'],
    },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
};

/**
 * A standalone page of src/<name>/<name>.html built into dist/<name>.html, its script and styles
 * as files in dist/<name>-assets (no inline script, so it runs under the strict CSP).
 */
function page(name: string): UserConfig {
  return {
    root: `src/${name}`,
    base: './',
    publicDir: false,
    build: {
      outDir: '../../dist',
      emptyOutDir: false,
      target: 'es2022',
      assetsDir: `${name}-assets`,
      rollupOptions: { input: `src/${name}/${name}.html` },
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo;
  // `--mode embed`: dist/embed.html, the page configured by its address for Notion or Confluence.
  // `--mode builder`: dist/builder.html, the embed builder, next to embed.html (its preview) and
  // outcome-kit.js (which its standalone file inlines).
  if (mode === 'embed' || mode === 'builder') return page(mode);
  if (mode === 'cdn') return cdn;
  return mode === 'bundle' ? bundle : library;
});
