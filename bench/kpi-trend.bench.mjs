// @ts-check
/**
 * `<kpi-trend>` against uPlot drawing the same sparkline (line and area, no axes, legend or cursor,
 * 300 × 64 CSS pixels): time from creating the element to painted, in fresh browsers (cold), interleaved
 * (ours, uPlot, ours, uPlot…), median of `harness.runs`. Then, for the 1,000,000-point card,
 * where outcome-kit's time goes, step by step through `outcome-kit/core`.
 *
 * Run through `bench/run.mjs` (`npm run bench`).
 */
export const title = '<kpi-trend> vs uPlot: time to a painted sparkline';

/** The sparkline's size in CSS pixels, the same for both. */
const WIDTH = 300;
const HEIGHT = 64;

/**
 * @typedef {'daily' | 'epoch-ms'} DateStyle
 * @typedef {{ id: string, label: string, cards: number, points: number, dates: DateStyle }} Scenario
 * @typedef {'outcome-kit' | 'uplot' | 'probe'} Contender
 * @typedef {Scenario & { contender: Contender, width: number, height: number, seed: number }} PageConfig
 * @typedef {{ drawn: number, painted: number, size: string }} Timing
 * @typedef {Record<string, number>} Steps
 */

/** @type {Scenario[]} */
const SCENARIOS = [
  { id: 'card-1k', label: '1 card × 1,000 points', cards: 1, points: 1_000, dates: 'daily' },
  { id: 'card-1m', label: '1 card × 1,000,000 points', cards: 1, points: 1_000_000, dates: 'epoch-ms' },
  { id: 'page-100x365', label: '100 cards × 365 points', cards: 100, points: 365, dates: 'daily' },
];

/** The core functions the step breakdown calls, bundled from the sources. */
const PROBE = `
export { parseDocument } from './src/core/parse/index.js';
export { checkDate } from './src/core/dates.js';
export { summarizeMetric } from './src/core/summary.js';
export { downsample } from './src/core/downsample.js';
export { seriesOf, sparklineGeometry } from './src/core/layout/sparkline.js';
`;

// ---------------------------------------------------------------------------------------------
// In the page. Serialised with Function.prototype.toString, so it must not use anything from
// this module's scope.

/**
 * Generates the data (outside the clock), then draws it with one contender and resolves with the
 * timing: `drawn` when every sparkline exists, `painted` two animation frames later.
 * @param {PageConfig} config
 * @returns {Promise<Timing | Steps>}
 */
async function pageMain(config) {
  const { contender, cards, points, dates, width, height, seed } = config;
  const DAY = 86_400_000;
  const MINUTE = 60_000;

  /** mulberry32: a tiny seeded PRNG, so every run draws the same series. */
  const prng = (/** @type {number} */ state) => () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** A random walk with a gap (null) in about one point of 200. */
  const series = (/** @type {number} */ card) => {
    const random = prng(seed + card);
    const [start, step] = dates === 'daily' ? [Date.UTC(2025, 0, 1), DAY] : [Date.UTC(2024, 0, 1), MINUTE];
    const times = new Float64Array(points);
    /** @type {(number | null)[]} */
    const values = new Array(points);
    let y = 40 + random() * 20;
    for (let i = 0; i < points; i++) {
      times[i] = start + i * step;
      y += (random() - 0.5) * 2;
      values[i] = random() < 0.005 ? null : Math.round(y * 100) / 100;
    }
    return { times, values };
  };

  /** The outcome-kit document of one series: daily `YYYY-MM-DD` dates, or epoch milliseconds. */
  const documentOf = (/** @type {number} */ card) => {
    const { times, values } = series(card);
    const list = new Array(points);
    for (let i = 0; i < points; i++) {
      const date = dates === 'daily' ? new Date(times[i]).toISOString().slice(0, 10) : times[i];
      list[i] = [date, values[i]];
    }
    return { version: 1, metrics: [{ id: 'm', name: `Series ${card + 1}`, kind: 'outcome', points: list }] };
  };

  /** Rejects on an uncaught error in the page or after two minutes: a broken element must not hang the bench. */
  const failure = new Promise((_, reject) => {
    addEventListener('error', (event) => reject(event.error ?? new Error(event.message)));
    addEventListener('unhandledrejection', (event) => reject(event.reason));
    setTimeout(() => reject(new Error('no sparkline after 120 s')), 120_000);
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  const settle = async () => {
    /** @type {{ gc?: () => void }} */ (globalThis).gc?.();
    await frame();
    await frame();
  };
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  const size = (/** @type {Element | null | undefined} */ element) => {
    const box = element?.getBoundingClientRect();
    return box ? `${Math.round(box.width)}×${Math.round(box.height)}` : '?';
  };

  /** Resolves when the element's sparkline is in its shadow root; rejects on `outcome-error`. */
  const sparkline = (/** @type {HTMLElement} */ element) =>
    new Promise((resolve, reject) => {
      const shadow = element.shadowRoot;
      if (!shadow) throw new Error('kpi-trend has no open shadow root');
      const found = () => shadow.querySelector('svg[part~="sparkline"]');
      if (found()) return resolve(undefined);
      element.addEventListener('outcome-error', (event) => {
        const detail = /** @type {CustomEvent<{ errors: unknown[] }>} */ (event).detail;
        reject(new Error(`outcome-error: ${JSON.stringify(detail.errors.slice(0, 2))}`));
      });
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        resolve(undefined);
      });
      observer.observe(shadow, { childList: true, subtree: true });
    });

  /** Imports a module the bench server serves (a variable, so no type checker looks for it). */
  const load = (/** @type {string} */ url) => import(url);

  if (contender === 'outcome-kit') {
    await load('/lib/outcome-kit.js');
    if (!customElements.get('kpi-trend')) throw new Error('dist/outcome-kit.js does not define <kpi-trend>');
    const docs = Array.from({ length: cards }, (_, card) => documentOf(card));
    await settle();
    const t0 = performance.now();
    const elements = docs.map((doc) => {
      const element = /** @type {HTMLElement & { data: unknown }} */ (document.createElement('kpi-trend'));
      element.setAttribute('metric', 'm');
      element.data = doc;
      return element;
    });
    root.append(...elements);
    await Promise.race([Promise.all(elements.map(sparkline)), failure]);
    const drawn = performance.now() - t0;
    await frame();
    await frame();
    const painted = performance.now() - t0;
    return { drawn, painted, size: size(elements[0].shadowRoot?.querySelector('svg[part~="sparkline"]')) };
  }

  if (contender === 'uplot') {
    const uPlot = (await load('/lib/uPlot.esm.js')).default;
    const data = Array.from({ length: cards }, (_, card) => {
      const { times, values } = series(card);
      return [times, values];
    });
    await settle();
    const t0 = performance.now();
    let left = cards;
    /** @type {(value: unknown) => void} */
    let allDrawn = () => {};
    const done = new Promise((resolve) => (allDrawn = resolve));
    const charts = data.map((columns) => {
      const cell = document.createElement('div');
      cell.className = 'cell';
      root.append(cell);
      let first = true;
      const options = {
        width,
        height,
        legend: { show: false },
        cursor: { show: false },
        select: { show: false },
        scales: { x: { time: false } },
        axes: [{ show: false }, { show: false }],
        series: [
          {},
          { stroke: '#0969da', width: 1.5, fill: 'rgba(9, 105, 218, 0.15)', points: { show: false } },
        ],
        hooks: {
          draw: [
            () => {
              if (first && --left === 0) allDrawn(undefined);
              first = false;
            },
          ],
        },
      };
      return new uPlot(options, columns, cell);
    });
    await Promise.race([done, failure]);
    const drawn = performance.now() - t0;
    await frame();
    await frame();
    const painted = performance.now() - t0;
    return { drawn, painted, size: size(charts[0].root.querySelector('canvas')) };
  }

  // contender === 'probe': the core steps behind one card, one at a time.
  const core = await load('/lib/core-probe.js');
  const doc = documentOf(0);
  await settle();
  /** @type {Steps} */
  const steps = {};
  const time = (/** @type {string} */ name, /** @type {() => unknown} */ run) => {
    const t0 = performance.now();
    const value = run();
    steps[name] = performance.now() - t0;
    return value;
  };
  const result = /** @type {any} */ (time('parse', () => core.parseDocument(doc)));
  const metric = result.document.metrics[0];
  const summary = time('summary', () => core.summarizeMetric(metric, {}));
  const all = time('series', () => core.seriesOf(metric));
  time('downsample', () => core.downsample(all, width));
  time('geometry', () => core.sparklineGeometry(metric, summary, { width, height }));
  return steps;
}

/** The HTML page of one cell: the lib's CSS, a grid of fixed-width cells, and `window.bench`. */
function pageHtml(/** @type {PageConfig} */ config) {
  const css = config.contender === 'uplot' ? '\n<link rel="stylesheet" href="/lib/uPlot.min.css">' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${config.label}: ${config.contender}</title>
<link rel="icon" href="data:,">${css}
<style>
  body { margin: 0; font: 16px/1.4 system-ui, sans-serif; }
  #root { display: flex; flex-wrap: wrap; gap: 8px; padding: 8px; align-items: flex-start; }
  .cell { width: ${config.width}px; }
  /* The card's sparkline at the same size as uPlot's canvas: no padding, and room for its 1px border. */
  kpi-trend {
    width: ${config.width + 2}px;
    --outcome-kpi-trend-padding: 0;
    --outcome-kpi-trend-chart-height: ${config.height}px;
    --outcome-color-grid: transparent;
  }
</style>
</head>
<body>
<div id="root"></div>
<script type="module">
window.bench = (${pageMain.toString()})(${JSON.stringify(config)});
</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// In Node

/**
 * @param {import('./run.mjs').Harness} harness
 * @param {PageConfig} config
 * @returns {Promise<{ value?: unknown, error?: string }>}
 */
async function openPage(harness, config) {
  const route = `/kpi-trend/${config.id}/${config.contender}.html`;
  harness.page(route, pageHtml(config));
  return harness.open(route);
}

/** @param {import('./run.mjs').Harness} harness */
export async function run(harness) {
  const { median, fixed, printTable } = harness;
  harness.serve('/lib/outcome-kit.js', { file: 'dist/outcome-kit.js' });
  harness.serve('/lib/uPlot.esm.js', { file: 'node_modules/uplot/dist/uPlot.esm.js' });
  harness.serve('/lib/uPlot.min.css', { file: 'node_modules/uplot/dist/uPlot.min.css' });
  /** @type {Promise<string> | undefined} */
  let probe;
  harness.serve('/lib/core-probe.js', () => (probe ??= harness.bundle({ contents: PROBE })));

  /** @type {Map<string, { ours: Timing[], uplot: Timing[], errors: Set<string> }>} */
  const results = new Map();
  for (const scenario of SCENARIOS) {
    /** @type {{ ours: Timing[], uplot: Timing[], errors: Set<string> }} */
    const cell = { ours: [], uplot: [], errors: new Set() };
    results.set(scenario.id, cell);
    process.stderr.write(`  ${scenario.label}: `);
    for (let r = 0; r < harness.runs; r++) {
      for (const contender of /** @type {const} */ (['outcome-kit', 'uplot'])) {
        const config = { ...scenario, contender, width: WIDTH, height: HEIGHT, seed: 20260930 };
        const { value, error } = await openPage(harness, config);
        if (error) cell.errors.add(`${contender}: ${error}`);
        if (value) (contender === 'uplot' ? cell.uplot : cell.ours).push(/** @type {Timing} */ (value));
        process.stderr.write(contender === 'uplot' ? 'u' : 'o');
      }
    }
    process.stderr.write('\n');
  }

  const rows = (/** @type {'painted' | 'drawn'} */ key) =>
    SCENARIOS.map((scenario) => {
      const cell = /** @type {{ ours: Timing[], uplot: Timing[] }} */ (results.get(scenario.id));
      const ours = median(cell.ours.map((t) => t[key]));
      const uplot = median(cell.uplot.map((t) => t[key]));
      return [
        scenario.label,
        fixed(ours),
        fixed(uplot),
        Number.isFinite(ours / uplot) ? `${(ours / uplot).toFixed(2)}×` : 'n/a',
      ];
    });

  console.log(
    `\nSparkline ${WIDTH}×${HEIGHT} CSS px; median of ${harness.runs} runs, each in a fresh browser, interleaved.`,
  );
  console.log(
    'outcome-kit: create <kpi-trend>, set el.data = the document object, append. Its time includes',
  );
  console.log(
    'parsing and validating the document (a real cost: uPlot is handed ready-made columnar arrays)',
  );
  console.log(
    'and the whole card (value, change, screen-reader text and data table), not only the sparkline.',
  );
  console.log(
    'uPlot: new uPlot(options, [xs, ys], cell) with line and area fill, no axes, legend or cursor.\n',
  );
  console.log('Painted: until two animation frames after every sparkline exists (ms)\n');
  printTable(['scenario', 'outcome-kit', 'uPlot', 'ours / uPlot'], rows('painted'));
  console.log('\nDrawn: until every sparkline exists: SVG in the shadow root / uPlot draw hook (ms)\n');
  printTable(['scenario', 'outcome-kit', 'uPlot', 'ours / uPlot'], rows('drawn'));

  const sizes = SCENARIOS.map((s) => {
    const cell = results.get(s.id);
    return `${s.id}: ours ${cell?.ours[0]?.size ?? '?'}, uPlot ${cell?.uplot[0]?.size ?? '?'}`;
  });
  console.log(`\nDrawn sizes (CSS px): ${sizes.join('; ')}`);
  for (const [id, cell] of results)
    for (const error of cell.errors) console.log(`Problem in ${id}: ${error}`);

  await breakdown(harness, /** @type {{ ours: Timing[] }} */ (results.get('card-1m')).ours);
}

/**
 * Where the time goes for the 1,000,000-point card: each core step alone, median over fresh browsers.
 * @param {import('./run.mjs').Harness} harness
 * @param {Timing[]} element The element's own timings for the same card.
 */
async function breakdown(harness, element) {
  const { median, fixed, printTable } = harness;
  const scenario = /** @type {Scenario} */ (SCENARIOS.find((s) => s.id === 'card-1m'));
  /** @type {Steps[]} */
  const samples = [];
  let problem = '';
  process.stderr.write(`  ${scenario.label}, core steps: `);
  for (let r = 0; r < harness.runs; r++) {
    const config = {
      ...scenario,
      contender: /** @type {const} */ ('probe'),
      width: WIDTH,
      height: HEIGHT,
      seed: 20260930,
    };
    const { value, error } = await openPage(harness, config);
    if (value) samples.push(/** @type {Steps} */ (value));
    if (error) problem ||= error;
    process.stderr.write('p');
  }
  process.stderr.write('\n');

  console.log(`\nWhere outcome-kit's time goes: ${scenario.label} (each core step alone, median ms)\n`);
  if (!samples.length) {
    console.log(`n/a: ${problem}`);
    return;
  }
  const step = (/** @type {string} */ name) => median(samples.map((s) => s[name]));
  const painted = median(element.map((t) => t.painted));
  const core = ['parse', 'summary', 'series', 'geometry'].reduce((sum, name) => sum + step(name), 0);
  const share = (/** @type {number} */ ms) =>
    Number.isFinite(painted) ? `${Math.round((ms / painted) * 100)}%` : 'n/a';
  /** @type {[string, number][]} */
  const lines = [
    ['parseDocument: validate, dedupe, sort', step('parse')],
    ['summarizeMetric', step('summary')],
    ['seriesOf: dates to numbers', step('series')],
    [`downsample to ${WIDTH} columns`, step('downsample')],
    ['sparklineGeometry: downsample, paths', step('geometry')],
    ['core total (parse, summary, series, geometry)', core],
    ['element painted (table above)', painted],
  ];
  printTable(
    ['step', 'ms', 'of painted'],
    lines.map(([name, ms]) => [name, fixed(ms), share(ms)]),
  );
  console.log(
    `The core steps alone come to ${share(core)} of the element's painted time; each runs alone in a fresh ` +
      "page, so the sum matches one element only roughly. What they leave is the card's own rendering.",
  );
  if (problem) console.log(`Problem: ${problem}`);
}
