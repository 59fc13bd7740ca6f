// @ts-check
/**
 * `npm run bench`: builds the package, then runs every `bench/*.bench.mjs` in headless Chromium
 * and ends with the gzip size of each entry. It reports; it asserts nothing and exits 0 unless the
 * harness itself cannot run (no build, no Chromium).
 *
 *   node bench/run.mjs [--runs=N] [--only=NAME] [--no-size]
 *
 * N: runs per cell (at least 5, default 7); NAME: run one bench file only (`kpi-trend`);
 * --no-size: skip the size report.
 *
 * Each bench module exports `title` and `run(harness)`; see `Harness` below. Pages are generated,
 * served from 127.0.0.1 on a random port and opened one at a time, each run in a fresh browser
 * process with a fresh profile (cold: a reader opening a page pays first-use costs).
 */
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = fileURLToPath(new URL('.', import.meta.url));

/** Entries measured in the size report: each bundled alone with every dependency. */
const SIZE_ENTRIES = [
  { label: 'kpi-trend', entry: 'src/kpi-trend.ts' },
  { label: 'outcome-dashboard', entry: 'src/outcome-dashboard.ts' },
  { label: 'index (every element)', entry: 'src/index.ts' },
];
/** The longest a page may take, in milliseconds, before its run counts as failed. */
const PAGE_TIMEOUT = 180_000;
const UPLOT_MIN = 'node_modules/uplot/dist/uPlot.iife.min.js';
const UPLOT_CSS = 'node_modules/uplot/dist/uPlot.min.css';

/**
 * @typedef {{ file: string } | { body: string | Buffer } | (() => Promise<string | Buffer>)} Source
 *   A file relative to the repository, content, or a function producing the content on request.
 * @typedef {{ value?: unknown, error?: string }} PageOutcome
 * @typedef {object} Harness
 * @property {number} runs Runs per measured cell.
 * @property {(route: string, source: Source, type?: string) => void} serve Serves `source` at `route` (`/lib/x.js`).
 * @property {(route: string, html: string) => void} page Serves an HTML page at `route`.
 * @property {(route: string) => Promise<PageOutcome>} open Opens the page in a fresh tab and returns what
 *   its `window.bench` promise resolves to (or the error that stopped it), then closes the tab.
 * @property {string} browserVersion The Chromium that runs the pages.
 * @property {typeof median} median The median of some numbers.
 * @property {typeof fixed} fixed A number with fixed decimals, or `n/a`.
 * @property {typeof printTable} printTable Prints an aligned table.
 * @property {(entry: string | { contents: string }, minify?: boolean) => Promise<string>} bundle Bundles a
 *   module (a file relative to the repository, or TypeScript source resolved from its root) with esbuild,
 *   format esm, every dependency inlined, and returns the code.
 */

// ---------------------------------------------------------------------------------------------
// Small helpers, handed to the bench modules on the harness

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
function median(/** @type {number[]} */ values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A number with fixed decimals, or `n/a`. */
function fixed(/** @type {number} */ value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/**
 * Prints an aligned table: the first column left-aligned, the others right-aligned.
 * @param {string[]} head
 * @param {string[][]} rows
 */
function printTable(head, rows) {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------
// Harness

/** @param {string[]} argv */
function options(argv) {
  const get = (/** @type {string} */ name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const runs = Math.max(5, Math.floor(Number(get('runs') ?? 7)) || 7);
  return { runs, only: get('only'), size: !argv.includes('--no-size') };
}

const TYPES = /** @type {Record<string, string>} */ ({
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
});

/** A static server on 127.0.0.1 with a random port, answering only the routes registered. */
async function startServer() {
  /** @type {Map<string, { source: Source, type: string }>} */
  const routes = new Map();
  const server = createServer(async (request, response) => {
    const route = routes.get(new URL(request.url ?? '/', 'http://x').pathname);
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    try {
      const { source, type } = route;
      const body =
        typeof source === 'function'
          ? await source()
          : 'file' in source
            ? await readFile(join(ROOT, source.file))
            : source.body;
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { routes, origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** esbuild, a dependency of vite, or undefined when it cannot be loaded from the repository. */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return undefined;
  }
}

/**
 * @param {string | { contents: string }} entry
 * @param {boolean} minify
 */
async function bundleWith(entry, minify) {
  const esbuild = await loadEsbuild();
  if (!esbuild) throw new Error('esbuild is not resolvable from the repository');
  const input =
    typeof entry === 'string'
      ? { entryPoints: [join(ROOT, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: /** @type {const} */ ('ts') } };
  const result = await esbuild.build({
    ...input,
    absWorkingDir: ROOT,
    bundle: true,
    minify,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** @param {string} origin @param {Harness['serve']} serve */
function harnessFor(origin, serve, /** @type {number} */ runs, /** @type {string} */ version) {
  /** @type {Harness} */
  const harness = {
    runs,
    serve,
    median,
    fixed,
    printTable,
    browserVersion: version,
    page: (route, html) => serve(route, { body: html }, TYPES.html),
    bundle: (entry, minify = true) => bundleWith(entry, minify),
    async open(route) {
      // Cold, as a reader opening a portal page: a fresh browser process and profile per run, so
      // no compiled code, ICU data or cache is left from an earlier run.
      const profile = await mkdtemp(join(tmpdir(), 'outcome-kit-bench-'));
      const cold = await puppeteer.launch({
        executablePath: findChromium(),
        headless: true,
        userDataDir: profile,
        // --expose-gc: pages collect the garbage of data generation before the clock starts.
        args: [...chromiumArgs, '--js-flags=--expose-gc'],
      });
      const page = await cold.newPage();
      /** @type {string[]} */
      const problems = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      try {
        await page.setViewport({ width: 1280, height: 800, deviceScaleFactor: 1 });
        await page.goto(`${origin}${route}`, { waitUntil: 'load' });
        await page.waitForFunction(() => 'bench' in window, { timeout: 60_000 });
        const value = await Promise.race([
          page.evaluate(() => /** @type {{ bench?: Promise<unknown> }} */ (globalThis).bench),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('page timed out')), PAGE_TIMEOUT).unref(),
          ),
        ]);
        return problems.length ? { value, error: problems[0] } : { value };
      } catch (error) {
        return { error: problems[0] ?? (error instanceof Error ? error.message : String(error)) };
      } finally {
        await cold.close();
        await rm(profile, { recursive: true, force: true });
      }
    },
  };
  return harness;
}

/** @param {string} path */
async function exists(path) {
  try {
    return (await stat(join(ROOT, path))).isFile();
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Sizes

/** @param {string | Uint8Array} code */
function gzipBytes(code) {
  return gzipSync(typeof code === 'string' ? Buffer.from(code) : code, { level: 9 }).length;
}

/**
 * An entry bundled alone as an app's bundler would: minified, with code split at dynamic imports,
 * so that what loads on first use (each language besides English) is its own chunk. Returns the
 * code that loads up front (the entry and the chunks it imports statically) and each lazy chunk.
 * @param {string} entry
 * @returns {Promise<{ upFront: Uint8Array[], lazy: { name: string, code: Uint8Array }[] }>}
 */
async function splitBundle(entry) {
  const esbuild = await loadEsbuild();
  if (!esbuild) throw new Error('esbuild is not resolvable from the repository');
  const result = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: join(ROOT, '.size-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const code = (/** @type {string} */ path) =>
    result.outputFiles.find((f) => f.path === join(ROOT, path))?.contents ?? new Uint8Array();
  const main = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  /** @type {Set<string>} */
  const upFront = new Set();
  const visit = (/** @type {string} */ path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const i of outputs[path].imports)
      if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  if (main) visit(main);
  const lazy = Object.keys(outputs).filter((path) => !upFront.has(path) && path.endsWith('.js'));
  return {
    upFront: [...upFront].map(code),
    lazy: lazy.map((path) => ({
      name:
        path
          .split('/')
          .pop()
          ?.replace(/-[A-Z0-9]+\.js$/, '') ?? path,
      code: code(path),
    })),
  };
}

/** Minified and gzip -9 size of each entry bundled alone, next to uPlot's own minified build. */
async function sizeReport() {
  const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
  const uplot = await readFile(join(ROOT, UPLOT_MIN));
  const uplotGzip = gzipBytes(uplot);
  const version = JSON.parse(await readFile(join(ROOT, 'node_modules/uplot/package.json'), 'utf8')).version;
  /** @type {string[][]} */
  const rows = [];
  for (const { label, entry } of SIZE_ENTRIES) {
    if (!(await exists(entry))) {
      rows.push([label, 'n/a', 'n/a', 'n/a']);
      continue;
    }
    try {
      const { upFront, lazy } = await splitBundle(entry);
      // What loads up front as one file, as Rollup or Vite would put it: esbuild gives the code the
      // entry shares with its lazy chunks a chunk of its own, which those bundlers keep in the entry.
      const code = Buffer.concat(upFront);
      const gzip = gzipBytes(code);
      rows.push([label, kb(code.length), kb(gzip), `${(gzip / uplotGzip).toFixed(2)}×`]);
      if (label === 'kpi-trend') {
        // The languages an element loads on first use, each its own chunk (the same for every entry).
        for (const chunk of lazy.filter((c) => c.code.length > 1024)) {
          rows.push([`  + ${chunk.name} on first use`, kb(chunk.code.length), kb(gzipBytes(chunk.code)), '']);
        }
      }
    } catch (error) {
      console.log(`  ${label}: could not bundle ${entry}: ${error instanceof Error ? error.message : error}`);
      rows.push([label, 'n/a', 'n/a', 'n/a']);
    }
  }
  if (await exists('dist/outcome-kit.js')) {
    const built = await readFile(join(ROOT, 'dist/outcome-kit.js'));
    const gzip = gzipBytes(built);
    rows.push([
      'dist/outcome-kit.js (vite bundle)',
      kb(built.length),
      kb(gzip),
      `${(gzip / uplotGzip).toFixed(2)}×`,
    ]);
  }
  rows.push([`uPlot ${version} (uPlot.iife.min.js)`, kb(uplot.length), kb(uplotGzip), '1.00×']);
  const css = await readFile(join(ROOT, UPLOT_CSS));
  rows.push(['  + uPlot.min.css (uPlot needs it)', kb(css.length), kb(gzipBytes(css)), '']);

  console.log(
    '\n## Size: minified, then gzip level 9 (esbuild: bundle everything, format esm, minify, split at dynamic imports)\n',
  );
  printTable(['entry', 'min KB', 'gzip KB', 'gzip vs uPlot'], rows);
  console.log('\nKB = 1024 bytes. outcome-kit sizes include lit, @lit/context and the d3 modules they use.');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const { runs, only, size } = options(process.argv.slice(2));
  if (!(await exists('dist/outcome-kit.js'))) {
    console.error(
      'dist/outcome-kit.js is missing: run `npm run bench` (it builds first) or `npm run build`.',
    );
    process.exit(1);
  }
  const files = (await readdir(BENCH))
    .filter((f) => f.endsWith('.bench.mjs') && (!only || f === `${only}.bench.mjs`))
    .sort();

  const server = await startServer();
  /** @type {Harness['serve']} */
  const serve = (route, source, type) => {
    const ext = route.split('.').pop() ?? '';
    server.routes.set(route, { source, type: type ?? TYPES[ext] ?? 'application/octet-stream' });
  };
  // Only to name the browser: every run launches its own.
  const probe = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
  });
  const version = await probe.version();
  await probe.close();
  try {
    const harness = harnessFor(server.origin, serve, runs, version);
    console.log(`# outcome-kit benchmarks`);
    console.log(
      `${version} (headless), Node ${process.version}, ${runs} runs per cell, each in a fresh browser (cold).`,
    );
    for (const file of files) {
      /** @type {{ title: string, run: (h: Harness) => Promise<void> }} */
      const bench = await import(pathToFileURL(join(BENCH, file)).href);
      console.log(`\n## ${bench.title} (${relative(ROOT, join(BENCH, file))})`);
      await bench.run(harness);
    }
  } finally {
    server.close();
  }
  if (size) await sizeReport();
}

await main();
