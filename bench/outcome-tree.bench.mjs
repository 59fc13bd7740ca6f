// @ts-check
/**
 * `<outcome-tree>` with large documents: 5,000 and 100,000 nodes from `largeTreeDocument(count)`
 * (`fixtures/tree-large.ts`, bundled as is), in the `list` layout (default depth: goals and
 * outcomes open, outputs closed) and the `map` layout with `expand-depth="2"`. Each run is a fresh
 * page; the median of `harness.runs` runs is reported, cells interleaved run by run.
 *
 * Per run:
 * - load: from assigning `el.data` (the element already connected, laid out and empty) to the
 *   first animation frame in which `[role=treeitem]` elements exist in its shadow root, so are
 *   painted in that frame (ms);
 * - longest task: the longest main-thread task overlapping that load, from a `longtask`
 *   PerformanceObserver (it only sees tasks of 50 ms or more: 0 means none that long);
 * - End (list only): from a keydown of End dispatched on the focused tree (the element's own
 *   handler, as for a key press) to the first frame in which the list is scrolled to its bottom,
 *   the focused last row lies inside its visible part and rows are rendered around it (ms);
 * - treeitems: `[role=treeitem]` elements in the shadow root two frames after the load.
 *
 * The element and the generator are bundled from the sources with esbuild (`src/outcome-tree.ts`,
 * `fixtures/tree-large.ts`, lit and d3 inlined, minified); the document is generated in the page
 * before the clock starts. Run through `bench/run.mjs` (`npm run bench -- --only=outcome-tree`).
 */
export const title = '<outcome-tree>: load 5,000 and 100,000 nodes, then End';

/**
 * @typedef {{ id: string, label: string, count: number, layout: 'list' | 'map', expandDepth?: number }} Scenario
 * @typedef {Scenario & { element: string, generator: string }} PageConfig
 * @typedef {{ load: number, longestTask: number, end: number | null, treeitems: number }} Timing
 */

/** @type {Scenario[]} */
export const SCENARIOS = [
  { id: 'list-5k', label: 'list, 5,000 nodes', count: 5_000, layout: 'list' },
  { id: 'map-5k', label: 'map depth 2, 5,000 nodes', count: 5_000, layout: 'map', expandDepth: 2 },
  { id: 'list-100k', label: 'list, 100,000 nodes', count: 100_000, layout: 'list' },
  { id: 'map-100k', label: 'map depth 2, 100,000 nodes', count: 100_000, layout: 'map', expandDepth: 2 },
];

/** Where the page imports the element and the document generator from. */
export const ROUTES = { element: '/lib/outcome-tree.js', generator: '/lib/tree-large.js' };

/** The generator of the stories' large trees, bundled from the fixture. */
const GENERATOR = `export { largeTreeDocument } from './fixtures/tree-large.ts';`;

// ---------------------------------------------------------------------------------------------
// In the page. Serialised with Function.prototype.toString, so it must not use anything from
// this module's scope.

/**
 * Generates the document (outside the clock), connects an empty `<outcome-tree>`, then assigns
 * the document and times the load and, in the list, the End key.
 * @param {PageConfig} config
 * @returns {Promise<Timing>}
 */
async function pageMain(config) {
  const { count, layout, expandDepth } = config;
  /** Imports a module the bench server serves (a variable, so no type checker looks for it). */
  const load = (/** @type {string} */ url) => import(url);

  /** Rejects on an uncaught error in the page or after two minutes: a broken element must not hang the bench. */
  const failure = new Promise((_, reject) => {
    addEventListener('error', (event) => reject(event.error ?? new Error(event.message)));
    addEventListener('unhandledrejection', (event) => reject(event.reason));
    setTimeout(() => reject(new Error('no tree after 120 s')), 120_000);
  });
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  const task = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Resolves with `performance.now()` at the first animation frame in which `check()` holds. */
  const untilFrame = (/** @type {() => boolean} */ check) =>
    /** @type {Promise<number>} */ (
      new Promise((resolve) => {
        const tick = () => (check() ? resolve(performance.now()) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      })
    );

  const { largeTreeDocument } = await load(config.generator);
  await load(config.element);
  if (!customElements.get('outcome-tree'))
    throw new Error(`${config.element} does not define <outcome-tree>`);
  const doc = largeTreeDocument(count);

  const element = /** @type {HTMLElement & { data: unknown, updateComplete: Promise<unknown> }} */ (
    document.createElement('outcome-tree')
  );
  element.setAttribute('layout', layout);
  if (expandDepth !== undefined) element.setAttribute('expand-depth', String(expandDepth));
  element.addEventListener('outcome-error', (event) => {
    const { errors } = /** @type {CustomEvent<{ errors: unknown[] }>} */ (event).detail;
    if (errors.length) console.error(`outcome-error: ${JSON.stringify(errors.slice(0, 2))}`);
  });
  /** @type {HTMLElement} */ (document.getElementById('root')).append(element);
  await element.updateComplete;
  const shadow = element.shadowRoot;
  if (!shadow) throw new Error('outcome-tree has no open shadow root');
  const items = () => shadow.querySelectorAll('[role="treeitem"]');

  // Settled and empty; the garbage of generating the document collected; a fresh task.
  await frame();
  await frame();
  /** @type {{ gc?: () => void }} */ (globalThis).gc?.();
  await frame();
  await task();

  /** @type {PerformanceEntry[]} */
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const t0 = performance.now();
  element.data = doc;
  const loaded = await Promise.race([untilFrame(() => items().length > 0), failure]);
  await frame();
  await frame();
  await task();
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const longestTask = Math.max(
    0,
    ...tasks.filter((t) => t.startTime < loaded && t.startTime + t.duration > t0).map((t) => t.duration),
  );
  const treeitems = items().length;
  /** @type {Timing} */
  const timing = { load: loaded - t0, longestTask, end: null, treeitems };
  if (layout !== 'list') return timing;

  const tree = /** @type {HTMLElement | null} */ (shadow.querySelector('[role="tree"]'));
  if (!tree) throw new Error('outcome-tree has no [role=tree]');
  const scroller = /** @type {HTMLElement} */ (tree.closest('.viewport') ?? tree);
  tree.focus();
  await frame();
  await frame();
  await task();
  /** The focused row, scrolled to the bottom of the list and in view, with rows rendered around it. */
  const atEnd = () => {
    const id = tree.getAttribute('aria-activedescendant');
    const row = id ? shadow.getElementById(id) : null;
    if (!row || scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) return false;
    const view = scroller.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    if (box.top < view.top - 1 || box.bottom > view.bottom + 1) return false;
    const inView = [...items()].filter((item) => {
      const r = item.getBoundingClientRect();
      return r.bottom > view.top && r.top < view.bottom;
    });
    return inView.length >= 3;
  };
  const t1 = performance.now();
  tree.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: 'End',
      code: 'End',
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
  const ended = await Promise.race([untilFrame(atEnd), failure]);
  return { ...timing, end: ended - t1 };
}

/** The HTML page of one run: the element in a 1,200 px column, and `window.bench`. */
export function pageHtml(/** @type {PageConfig} */ config) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>outcome-tree: ${config.label}</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 16px/1.4 system-ui, sans-serif; }
  #root { max-width: 1200px; padding: 16px; }
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
 * Serves the generator, bundled from the fixture, at `ROUTES.generator`.
 * @param {import('./run.mjs').Harness} harness
 */
export function serveGenerator(harness) {
  /** @type {Promise<string> | undefined} */
  let generator;
  harness.serve(ROUTES.generator, () => (generator ??= harness.bundle({ contents: GENERATOR })));
}

/**
 * One run of one scenario in a fresh browser, the element imported from `element`.
 * @param {import('./run.mjs').Harness} harness
 * @param {Scenario} scenario
 * @param {string} element
 * @param {string} name Distinguishes the page's route (one per element).
 * @returns {Promise<{ value?: Timing, error?: string }>}
 */
export async function openRun(harness, scenario, element = ROUTES.element, name = 'current') {
  const route = `/outcome-tree/${name}/${scenario.id}.html`;
  harness.page(route, pageHtml({ ...scenario, element, generator: ROUTES.generator }));
  const { value, error } = await harness.open(route);
  return { value: /** @type {Timing | undefined} */ (value), error };
}

/**
 * The medians of some runs of one scenario.
 * @param {import('./run.mjs').Harness} harness
 * @param {Timing[]} runs
 */
export function medians(harness, runs) {
  const of = (/** @type {(t: Timing) => number | null} */ get) =>
    harness.median(runs.map(get).filter(/** @returns {v is number} */ (v) => v !== null));
  return {
    load: of((t) => t.load),
    longestTask: of((t) => t.longestTask),
    end: of((t) => t.end),
    treeitems: of((t) => t.treeitems),
  };
}

/** @param {import('./run.mjs').Harness} harness */
export async function run(harness) {
  const { fixed, printTable } = harness;
  /** @type {Promise<string> | undefined} */
  let element;
  harness.serve(ROUTES.element, () => (element ??= harness.bundle('src/outcome-tree.ts')));
  serveGenerator(harness);

  /** @type {Map<string, { runs: Timing[], errors: Set<string> }>} */
  const results = new Map(SCENARIOS.map((s) => [s.id, { runs: [], errors: new Set() }]));
  process.stderr.write('  runs: ');
  for (let r = 0; r < harness.runs; r++) {
    for (const scenario of SCENARIOS) {
      const cell = /** @type {{ runs: Timing[], errors: Set<string> }} */ (results.get(scenario.id));
      const { value, error } = await openRun(harness, scenario);
      if (error) cell.errors.add(error);
      if (value) cell.runs.push(value);
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');

  console.log(
    `\nMedian of ${harness.runs} runs per scenario, each in a fresh browser, scenarios interleaved.`,
  );
  console.log('load: el.data assigned to the first frame with treeitems (ms). longest task: from a');
  console.log('longtask observer over the load (ms; 0: none of 50 ms or more). End: keydown End on the');
  console.log('focused list to the first frame with the last row in view (ms). treeitems: [role=treeitem]');
  console.log('elements two frames after the load.\n');
  printTable(
    ['scenario', 'load ms', 'longest task ms', 'End ms', 'treeitems'],
    SCENARIOS.map((scenario) => {
      const m = medians(harness, /** @type {{ runs: Timing[] }} */ (results.get(scenario.id)).runs);
      return [
        scenario.label,
        fixed(m.load),
        fixed(m.longestTask),
        scenario.layout === 'list' ? fixed(m.end) : '-',
        fixed(m.treeitems, 0),
      ];
    }),
  );
  for (const [id, cell] of results)
    for (const error of cell.errors) console.log(`Problem in ${id}: ${error}`);
}
