// Element fuzzing: documents, valid and broken, through every element. Each ends ready or showing
// its problems, never throws into the page, logs no console error, and a document without errors
// renders with no error panel. `npm test` runs a few cases per element; `npm run test:fuzz`
// (web-test-runner.fuzz.config.js) runs FUZZ_RUNS, at least 10,000 per element.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { parseDocument } from '../../src/core/parse/index.js';
import { exampleDoc } from '../helpers.js';

declare global {
  interface Window {
    /** Cases per element, set by the long run's page. */
    FUZZ_RUNS?: number;
  }
}

const RUNS = window.FUZZ_RUNS ?? 40;
const example = exampleDoc();
const metricIds = (example.metrics as { id: string }[]).map((m) => m.id);

/** Every path into the example, as keys: the places a mutation may hit. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k], [...path, k]))];
}
const PATHS = pathsOf(example).filter((p) => p.length > 0);

function setAt(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

/** A valid document: some of the example's metrics, each with some of its points, values moved. */
const validDoc = fc
  .record({
    keep: fc.subarray(metricIds, { minLength: 1 }),
    cut: fc.nat({ max: 40 }),
    scale: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    nodes: fc.boolean(),
  })
  .map(({ keep, cut, scale, nodes }) => {
    const doc = structuredClone(example) as {
      metrics: { id: string; points: [string, number | null][] }[];
      nodes?: unknown;
    };
    doc.metrics = doc.metrics
      .filter((m) => keep.includes(m.id))
      .map((m) => ({
        ...m,
        points: m.points
          .slice(0, Math.max(0, m.points.length - cut))
          .map(([d, v]) => [d, v === null ? v : v * scale] as [string, number | null]),
      }));
    if (!nodes) delete doc.nodes;
    return doc as unknown;
  });

/** A broken (or possibly still valid) document: one place of the example set to anything. */
const mutatedDoc = fc
  .tuple(fc.constantFrom(...PATHS), fc.anything({ maxDepth: 2 }))
  .map(([path, value]) => setAt(example, path, value));

/** Not a document at all, or its JSON text cut short. */
const oddInput = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.nat({ max: JSON.stringify(example).length }).map((n) => JSON.stringify(example).slice(0, n)),
);

const anyDoc = fc.oneof(validDoc, mutatedDoc, oddInput);

/** The attributes each element gets: ids of the document, and ids it does not have. */
const ATTRIBUTES: Record<string, fc.Arbitrary<Record<string, string>>> = {
  'kpi-trend': fc.record({
    metric: fc.constantFrom(...metricIds, 'nope'),
    variant: fc.constantFrom('card', 'compact'),
  }),
  'output-vs-outcome': fc.oneof(
    fc.constant({ view: 'quadrant' }),
    fc.record({ output: fc.constantFrom(...metricIds, 'nope'), outcome: fc.constantFrom(...metricIds) }),
  ),
  'outcome-tree': fc.record({ layout: fc.constantFrom('list', 'map') }),
  'outcome-dashboard': fc.constant({}),
};

/** Problems the page would see: errors thrown out of the element, and console errors. */
function watchPage(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`rejection: ${String(event.reason)}`);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => problems.push(`console.error: ${args.map(String).join(' ')}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
  describe(`<${tag}> under fuzzed documents`, function () {
    this.timeout(Math.max(20_000, RUNS * 50));

    it(`ends ready or with its problems, quietly, over ${RUNS} documents`, async () => {
      const host = document.createElement('div');
      host.style.width = '480px';
      document.body.append(host);
      try {
        await fc.assert(
          fc.asyncProperty(anyDoc, attributes, async (doc, attrs) => {
            const watch = watchPage();
            const el = document.createElement(tag) as HTMLElement & {
              data: unknown;
              updateComplete: Promise<unknown>;
            };
            try {
              for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
              el.data = doc;
              host.append(el);
              await el.updateComplete;
              await new Promise((resolve) => setTimeout(resolve));
              const root = el.shadowRoot!;
              expect(root.querySelector('[part~="skeleton"]'), 'still loading').to.equal(null);
              expect(
                root.querySelector('[part~="base"]')?.textContent?.trim(),
                'renders nothing',
              ).to.not.equal('');
              const parsed = typeof doc === 'object' && doc !== null ? parseDocument(doc) : undefined;
              const clean = parsed?.document !== undefined && parsed.errors.length === 0;
              const has = (id: string) => parsed?.document?.metrics.some((m) => m.id === id) ?? false;
              const needsNoId = tag === 'outcome-tree' || tag === 'outcome-dashboard';
              if (clean && (needsNoId || (tag === 'kpi-trend' && has(attrs.metric)))) {
                const alert = root.querySelector('[role="alert"], [part~="error"]');
                expect(alert?.textContent ?? null, 'a document without errors shows an error').to.equal(null);
              }
              expect(watch.problems).to.deep.equal([]);
            } finally {
              watch.stop();
              el.remove();
            }
          }),
          { numRuns: RUNS },
        );
      } finally {
        host.remove();
      }
    });
  });
}
