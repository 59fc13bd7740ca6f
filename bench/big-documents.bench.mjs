// @ts-check
/**
 * Nothing frozen (issue "Network and size faults"): the longest main-thread task while an element
 * takes a document at the size limits of README "Reliability": one metric of 1,000,000 points as
 * `data`, a 20 MB document fetched from `src`, 10,000 metrics as `data` (a card shows one), and
 * 100,000 nodes as `data` in `<outcome-tree>`. Each run is a fresh browser (cold); the median and the range
 * of `harness.runs` runs are reported, scenarios interleaved.
 *
 * Per run, from assigning `data` (or connecting the element with its `src`) to two animation
 * frames after the element shows its content:
 * - longest task: from a `longtask` PerformanceObserver (it sees tasks of 50 ms or more; 0: none);
 * - tasks over 200 ms: how many;
 * - ready: the time to the content (ms).
 *
 * The documents are generated in the page (or by the bench server, for `src`) before the clock
 * starts. The elements come from `src/index.ts`, bundled with esbuild, minified.
 */
export const title = 'Big documents: the longest main-thread task';

/**
 * @typedef {{ id: string, label: string, tag: string, attrs: Record<string, string>, make?: string }} Scenario
 * @typedef {{ longest: number, over200: number, ready: number }} Timing
 */

const ISO = `(i) => new Date(Date.UTC(2000, 0, 1) + i * 60000).toISOString()`;

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    id: 'points-1m',
    label: '1,000,000 points (data)',
    tag: 'kpi-trend',
    attrs: { metric: 'm' },
    make: `(() => { const iso = ${ISO}; const points = [];
      for (let i = 0; i < 1e6; i++) points.push([iso(i), 50 + Math.sin(i / 1000) * 10]);
      return { version: 1, metrics: [{ id: 'm', name: 'Big', kind: 'outcome', target: 80, points }] }; })()`,
  },
  {
    id: 'fetch-20mb',
    label: '20 MB document (src)',
    tag: 'kpi-trend',
    attrs: { metric: 'm', src: '/big-20mb.json' },
  },
  {
    id: 'metrics-10k',
    label: '10,000 metrics (data)',
    tag: 'kpi-trend',
    attrs: { metric: 'm5000' },
    make: `(() => { const metrics = [];
      for (let j = 0; j < 1e4; j++) { const points = [];
        for (let i = 0; i < 30; i++) points.push([Date.UTC(2026, 0, 1 + i), (i * j) % 97]);
        metrics.push({ id: 'm' + j, name: 'Metric ' + j, kind: 'outcome', points }); }
      return { version: 1, metrics }; })()`,
  },
  {
    id: 'nodes-100k',
    label: '100,000 nodes (data)',
    tag: 'outcome-tree',
    attrs: {},
    make: `(() => { const nodes = [{ id: 'g', type: 'goal', title: 'Goal' }];
      for (let j = 0; j < 99999; j++) nodes.push({ id: 'n' + j, type: j < 1000 ? 'outcome' : 'output',
        title: 'Node ' + j, parent: j < 1000 ? 'g' : 'n' + (j % 1000), progress: (j % 100) / 100 });
      return { version: 1, metrics: [], nodes }; })()`,
  },
];

/** A 20 MB document: one metric of about 560,000 points with date-times. */
function bigDocument() {
  const parts = [];
  for (let i = 0; i < 560_000; i++) {
    const date = new Date(Date.UTC(2000, 0, 1) + i * 60_000).toISOString();
    parts.push(`["${date}",${(50 + Math.sin(i / 1000) * 10).toFixed(3)}]`);
  }
  return `{"version":1,"metrics":[{"id":"m","name":"Big","kind":"outcome","target":80,"points":[${parts.join(',')}]}]}`;
}

/** The page of one run; `window.bench` resolves with its Timing. */
function pageHtml(/** @type {Scenario} */ s) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>${s.label}</title></head><body style="margin:0;font:16px system-ui"><div style="max-width:960px;padding:16px" id="root"></div>
<script type="module">
window.bench = (async () => {
  await import('/lib/outcome-kit.js');
  const doc = ${s.make ?? 'undefined'};
  const tasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); }).observe({ type: 'longtask', buffered: false });
  await new Promise((r) => setTimeout(r, 200));
  tasks.length = 0;
  const el = document.createElement(${JSON.stringify(s.tag)});
  for (const [k, v] of Object.entries(${JSON.stringify(s.attrs)})) el.setAttribute(k, v);
  const start = performance.now();
  if (doc) el.data = doc;
  document.getElementById('root').append(el);
  const shown = () => el.shadowRoot?.querySelector('[part~="value"], [role="treeitem"], [role="alert"]');
  while (!shown()) await new Promise((r) => requestAnimationFrame(r));
  const ready = performance.now() - start;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 100));
  if (el.shadowRoot.querySelector('[role="alert"]')) throw new Error(el.shadowRoot.querySelector('[role="alert"]').textContent);
  return { longest: Math.max(0, ...tasks), over200: tasks.filter((t) => t > 200).length, ready };
})();
</script></body></html>`;
}

/** @param {import('./run.mjs').Harness} harness */
export async function run(harness) {
  const { fixed, printTable, median } = harness;
  /** @type {Promise<string> | undefined} */
  let bundle;
  harness.serve('/lib/outcome-kit.js', () => (bundle ??= harness.bundle('src/index.ts', true)));
  /** @type {string | undefined} */
  let big;
  harness.serve('/big-20mb.json', async () => (big ??= bigDocument()), 'application/json');
  for (const s of SCENARIOS) harness.page(`/big/${s.id}.html`, pageHtml(s));

  /** @type {Map<string, { runs: Timing[], errors: Set<string> }>} */
  const results = new Map(SCENARIOS.map((s) => [s.id, { runs: [], errors: new Set() }]));
  process.stderr.write('  runs: ');
  for (let r = 0; r < harness.runs; r++) {
    for (const s of SCENARIOS) {
      const cell = /** @type {{ runs: Timing[], errors: Set<string> }} */ (results.get(s.id));
      const { value, error } = await harness.open(`/big/${s.id}.html`);
      if (error) cell.errors.add(error);
      if (value) cell.runs.push(/** @type {Timing} */ (value));
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  console.log(`\nMedian (min–max) of ${harness.runs} runs, each in a fresh browser, scenarios interleaved.`);
  console.log('longest task: longtask observer from data (or connect) to two frames after the content (ms;');
  console.log('0: none of 50 ms or more). ready: to the first frame with the content (ms).\n');
  const range = (/** @type {number[]} */ v) =>
    v.length ? `${fixed(median(v), 0)} (${fixed(Math.min(...v), 0)}–${fixed(Math.max(...v), 0)})` : 'n/a';
  printTable(
    ['document', 'longest task ms', 'tasks > 200 ms', 'ready ms'],
    SCENARIOS.map((s) => {
      const runs = /** @type {{ runs: Timing[] }} */ (results.get(s.id)).runs;
      return [
        s.label,
        range(runs.map((t) => t.longest)),
        fixed(median(runs.map((t) => t.over200)), 0),
        range(runs.map((t) => t.ready)),
      ];
    }),
  );
  for (const [id, cell] of results)
    for (const error of cell.errors) console.log(`Problem in ${id}: ${error}`);
}
