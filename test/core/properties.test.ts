import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDocument } from '../../src/core/parse/index.js';
import { partErrors } from '../../src/core/result.js';
import { toTime } from '../../src/core/dates.js';
import { deliveriesFor } from '../../src/core/review.js';
import type {
  Metric,
  MetricPoint,
  OutcomeDocument,
  OutcomeNode,
  ParseResult,
} from '../../src/core/schema.js';
import { summarizeMetric } from '../../src/core/summary.js';
import { buildOutcomeTree, treeNodes, type OutcomeTreeNode } from '../../src/core/tree.js';

const DAY = 86_400_000;

async function example(): Promise<Record<string, unknown>> {
  const module = (await import('../../fixtures/saas-outcomes.json', { with: { type: 'json' } })) as {
    default: Record<string, unknown>;
  };
  return structuredClone(module.default);
}

// ---------------------------------------------------------------------------------------------
// Paths

type Segment = string | number;

/** `metrics[1].format["a b"]` -> ['metrics', 1, 'format', 'a b']. */
function segments(path: string): Segment[] {
  const step = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  const out: Segment[] = [];
  while (step.lastIndex < path.length) {
    const match = step.exec(path);
    if (!match) throw new Error(`not a path: ${path}`);
    out.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]) as string)));
  }
  return out;
}

function hasOwn(value: unknown, key: Segment): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);
}

/**
 * Whether an error path names a real place in the input: every step exists, except that the last
 * may be a missing field the message says is missing ("got nothing").
 */
function resolves(input: unknown, path: string, message: string): boolean {
  const steps = segments(path);
  let value = input;
  for (let k = 0; k < steps.length; k++) {
    if (!hasOwn(value, steps[k])) return k === steps.length - 1 && message.endsWith('got nothing');
    value = (value as Record<Segment, unknown>)[steps[k]];
  }
  return true;
}

function checkShape(result: ParseResult): void {
  for (const error of result.errors) {
    expect(error.path).to.be.a('string');
    expect(error.message).to.be.a('string').and.not.equal('');
  }
  expect(result.errors.length).to.equal(result.documentErrors.length + partErrors(result).length);
  if (!result.document) expect(result.errors.length).to.be.greaterThan(0);
}

function checkPaths(input: unknown, result: ParseResult): void {
  for (const { path, message } of result.errors) {
    expect(resolves(input, path, message), `${path}: ${message}`).to.equal(true);
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Something shaped like a document, with anything in its fields. */
const documentish = fc.record(
  {
    version: fc.oneof(fc.constant(1), anything),
    title: anything,
    locale: fc.oneof(fc.constantFrom('en-US', 'en_US', ''), anything),
    asOf: fc.oneof(fc.constantFrom('2026-09-30', '2026-02-30'), anything),
    checkInEvery: fc.oneof(fc.constantFrom(14, 0, 1.5), anything),
    metrics: fc.oneof(
      fc.array(
        fc.oneof(
          fc.dictionary(
            fc.constantFrom(
              'id',
              'name',
              'kind',
              'points',
              'format',
              'target',
              'baseline',
              'unit',
              'direction',
            ),
            anything,
          ),
          anything,
        ),
      ),
      anything,
    ),
    nodes: fc.oneof(
      fc.array(
        fc.oneof(
          fc.dictionary(
            fc.constantFrom(
              'id',
              'parent',
              'type',
              'title',
              'metric',
              'progress',
              'weight',
              'url',
              'shipped',
            ),
            anything,
          ),
          fc.record({
            id: fc.oneof(fc.constantFrom('a', 'b'), anything),
            type: fc.oneof(fc.constantFrom('goal', 'outcome', 'output'), anything),
            title: fc.oneof(fc.constant('T'), anything),
            checkIns: fc.oneof(
              fc.array(
                fc.oneof(
                  fc.dictionary(
                    fc.constantFrom('date', 'health', 'confidence', 'progress', 'note', 'author'),
                    fc.oneof(fc.constantFrom('2026-09-30', '2026-10-01', 'on-track', 0.5), anything),
                  ),
                  anything,
                ),
              ),
              anything,
            ),
          }),
          anything,
        ),
      ),
      anything,
    ),
  },
  { requiredKeys: [] },
);

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,8}$/);
const textArb = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s));
/** Finite doubles without -0, which a JSON round trip would turn into 0. */
const finiteArb = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));
const valueArb = fc.option(finiteArb, { nil: null });

const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** A point on a given day, in one of the three date forms (never two points on one day). */
function dated(day: number, form: number, value: number | null): MetricPoint {
  if (form === 0) return [isoDay(day), value];
  if (form === 1) return [day * DAY + 12 * 3_600_000, value];
  return [`${isoDay(day)}T06:00:00+02:00`, value];
}

const pointsArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 2 }), valueArb), {
    selector: ([day]) => day,
    maxLength: 15,
  })
  .map((list) => ({
    given: list.map(([day, form, value]) => dated(day, form, value)),
    sorted: [...list].sort((a, b) => a[0] - b[0]).map(([day, form, value]) => dated(day, form, value)),
  }));

const formatArb = fc.constantFrom(
  { maximumFractionDigits: 0 },
  { style: 'percent' as const, minimumFractionDigits: 1 },
  { style: 'currency' as const, currency: 'EUR', notation: 'compact' as const },
  { style: 'unit' as const, unit: 'kilometer-per-hour' },
  { signDisplay: 'exceptZero' as const },
);

const referenceArb = fc.oneof(
  finiteArb,
  fc.record(
    { value: finiteArb, date: fc.integer({ min: 0, max: 60_000 }).map(isoDay) },
    { requiredKeys: ['value'] },
  ),
);

const metricArb = fc
  .record(
    {
      id: idArb,
      name: textArb,
      kind: fc.constantFrom('outcome' as const, 'output' as const),
      description: fc.string(),
      direction: fc.constantFrom('up' as const, 'down' as const),
      format: formatArb,
      unit: fc.string(),
      points: pointsArb,
      baseline: referenceArb,
      target: referenceArb,
    },
    { requiredKeys: ['id', 'name', 'kind', 'points'] },
  )
  .map(({ points, ...rest }) => {
    const metric = { ...rest };
    if (metric.format?.style === 'unit') delete metric.unit;
    return { given: { ...metric, points: points.given }, expected: { ...metric, points: points.sorted } };
  });

/** A copy of an object without one of its fields. */
function without<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

/** A date on a given day, in one of the three date forms (never the same instant for two days). */
function onDay(day: number, form: number): string | number {
  if (form === 0) return isoDay(day);
  if (form === 1) return day * DAY + 12 * 3_600_000;
  return `${isoDay(day)}T06:00:00+02:00`;
}

/** What a check-in says besides its date: at least one of health, confidence, progress and note. */
const sayingArb = fc
  .record(
    {
      health: fc.constantFrom('on-track' as const, 'at-risk' as const, 'off-track' as const),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
      progress: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
      note: fc.string({ maxLength: 40 }),
      author: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: [] },
  )
  .filter(
    (c) =>
      c.health !== undefined ||
      c.confidence !== undefined ||
      c.progress !== undefined ||
      c.note !== undefined,
  );

/** Check-ins on distinct days, in any order: as given, and sorted by date as parseDocument returns them. */
const checkInsArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 2 }), sayingArb), {
    selector: ([day]) => day,
    maxLength: 6,
  })
  .map((list) => ({
    given: list.map(([day, form, saying]) => ({ date: onDay(day, form), ...saying })),
    sorted: [...list]
      .sort((a, b) => a[0] - b[0])
      .map(([day, form, saying]) => ({ date: onDay(day, form), ...saying })),
  }));

const nodeFields = fc.record(
  {
    type: fc.constantFrom('goal' as const, 'outcome' as const, 'output' as const),
    title: textArb,
    weight: fc.double({ min: 0.001, max: 100, noNaN: true }),
    owner: fc.string(),
    description: fc.string(),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    progress: fc.double({ min: 0, max: 1, noNaN: true }),
    parentPick: fc.nat(),
    metricPick: fc.nat(),
    shipped: fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 2 })),
    checkIns: checkInsArb,
  },
  { requiredKeys: ['type', 'title', 'parentPick', 'metricPick'] },
);

/** A valid document: unique ids, parents always earlier nodes (no cycles), metric references that exist. */
const validDocumentArb = fc
  .record({
    metrics: fc.uniqueArray(metricArb, { selector: (m) => m.given.id, maxLength: 5 }),
    nodeIds: fc.uniqueArray(idArb, { maxLength: 8 }),
    nodes: fc.array(nodeFields, { maxLength: 8 }),
    title: fc.option(fc.string(), { nil: undefined }),
    locale: fc.option(fc.constantFrom('en-US', 'de-DE', 'ar-EG', 'ja'), { nil: undefined }),
    checkInEvery: fc.option(fc.integer({ min: 1, max: 366 }), { nil: undefined }),
  })
  .map(({ metrics, nodeIds, nodes, title, locale, checkInEvery }) => {
    const metricIds = metrics.map((m) => m.given.id);
    const built = nodeIds.map((id, i) => {
      const { parentPick, metricPick, progress, shipped, checkIns, ...fields } = nodes[
        i % Math.max(nodes.length, 1)
      ] ?? {
        type: 'goal' as const,
        title: 'T',
        parentPick: 0,
        metricPick: 0,
      };
      const node: Record<string, unknown> = { id, ...fields };
      if (i > 0 && parentPick % 3 !== 0) node.parent = nodeIds[parentPick % i];
      const measured = metricIds.length > 0 && metricPick % 2 === 0;
      if (measured) node.metric = metricIds[metricPick % metricIds.length];
      else if (progress !== undefined) node.progress = progress;
      if (shipped && node.type === 'output') node.shipped = onDay(...shipped);
      if (!checkIns) return { given: node, expected: node };
      // No progress in the check-ins of a node measured by a metric.
      const strip = (list: Record<string, unknown>[]) =>
        measured ? list.map((c) => without(c, 'progress')) : list;
      const unsaid = (c: Record<string, unknown>) =>
        c.health === undefined && c.confidence === undefined && c.note === undefined;
      // A check-in that said only progress says a note instead.
      const fix = (list: Record<string, unknown>[]) =>
        strip(list).map((c) => (unsaid(c) ? { ...c, note: 'n' } : c));
      return {
        given: { ...node, checkIns: fix(checkIns.given) },
        expected: { ...node, checkIns: fix(checkIns.sorted) },
      };
    });
    const head = {
      version: 1,
      ...(title === undefined ? {} : { title }),
      ...(locale ? { locale } : {}),
    };
    const tail = checkInEvery === undefined ? {} : { checkInEvery };
    return {
      given: { ...head, metrics: metrics.map((m) => m.given), nodes: built.map((n) => n.given), ...tail },
      expected: {
        ...head,
        metrics: metrics.map((m) => m.expected),
        nodes: built.map((n) => n.expected),
        ...tail,
      } as unknown as OutcomeDocument,
    };
  });

// ---------------------------------------------------------------------------------------------

describe('properties: parseDocument never throws', () => {
  it('on anything', () => {
    fc.assert(
      fc.property(anything, (input) => {
        checkShape(parseDocument(input));
      }),
      { numRuns: 300 },
    );
  });

  it('on any JSON value, given as a value or as text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDocument(value);
        checkShape(result);
        checkPaths(value, result);
        // A string input is JSON text itself; any other value reads the same as its JSON text.
        if (typeof value !== 'string') expect(parseDocument(JSON.stringify(value))).to.deep.equal(result);
      }),
      { numRuns: 300 },
    );
  });

  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        checkShape(parseDocument(text));
      }),
    );
  });

  it('on document-shaped junk, and every error path points into the input', () => {
    fc.assert(
      fc.property(documentish, (input) => {
        const result = parseDocument(input);
        checkShape(result);
        checkPaths(input, result);
      }),
      { numRuns: 500 },
    );
  });
});

describe('properties: mutated copies of the example document', () => {
  /** Every place in a JSON value, as a list of steps. */
  function places(value: unknown, at: Segment[] = []): Segment[][] {
    if (typeof value !== 'object' || value === null) return [at];
    const keys: Segment[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return [at, ...keys.flatMap((k) => places((value as Record<Segment, unknown>)[k], [...at, k]))];
  }

  function mutate(doc: Record<string, unknown>, path: Segment[], value: unknown): void {
    let parent: Record<Segment, unknown> = doc;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<Segment, unknown>;
    const last = path[path.length - 1];
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }

  it('never throw, and every error path points into the mutated input', async () => {
    const base = await example();
    const where = fc.constantFrom(...places(base).filter((p) => p.length > 0));
    const mutation = fc.tuple(where, fc.oneof(fc.jsonValue(), fc.constant(undefined), anything));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = structuredClone(base);
        for (const [path, value] of mutations) {
          try {
            mutate(doc, path, value);
          } catch {
            // an earlier mutation removed this place; skip it
          }
        }
        const result = parseDocument(doc);
        checkShape(result);
        checkPaths(doc, result);
      }),
      { numRuns: 400 },
    );
  });

  it('leave every other metric and node as it was when one metric or node is broken', async () => {
    const base = await example();
    const original = parseDocument(base).document!;
    const inside = places(base).filter(
      (p) =>
        p.length >= 3 &&
        (p[0] === 'metrics' ? p[2] !== 'id' : p[0] === 'nodes' && p[2] !== 'id' && p[2] !== 'parent'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...inside),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        (path, value) => {
          const doc = structuredClone(base);
          mutate(doc, path, value);
          const result = parseDocument(doc).document!;
          const [list, index] = path as ['metrics' | 'nodes', number];
          const others = (original[list] as unknown[]).filter((_, i) => i !== index);
          const kept = (result[list] as unknown[]).filter(
            (item) => (item as { id: string }).id !== (original[list] as { id: string }[])[index].id,
          );
          expect(kept).to.deep.equal(others);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('properties: valid documents', () => {
  it('parse with no errors, to the same document with points sorted by time', () => {
    fc.assert(
      fc.property(validDocumentArb, ({ given, expected }) => {
        const result = parseDocument(given);
        expect(result.errors).to.deep.equal([]);
        expect(result.document).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('parse to a fixed point: checking a checked document changes nothing', () => {
    fc.assert(
      fc.property(validDocumentArb, ({ given }) => {
        const once = parseDocument(given).document;
        expect(parseDocument(once)).to.deep.equal(parseDocument(given));
        expect(parseDocument(JSON.stringify(once)).document).to.deep.equal(once);
      }),
      { numRuns: 100 },
    );
  });
});

describe('properties: summarizeMetric', () => {
  const seriesArb = fc.uniqueArray(
    fc.tuple(
      fc.integer({ min: 0, max: 5000 }),
      fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
    ),
    { selector: ([day]) => day, maxLength: 20 },
  );
  const directionArb = fc.constantFrom('up' as const, 'down' as const);
  const toMetric = (series: [number, number | null][], extra: Partial<Metric> = {}): Metric => ({
    id: 'm',
    name: 'M',
    kind: 'outcome',
    points: series.map(([day, value]) => [isoDay(day), value]),
    ...extra,
  });
  const latest = (series: [number, number | null][]) =>
    [...series].filter(([, v]) => v !== null).sort((a, b) => a[0] - b[0]);

  it('gives a trend that agrees with the sign of delta and the direction', () => {
    fc.assert(
      fc.property(seriesArb, directionArb, (series, direction) => {
        const s = summarizeMetric(toMetric(series, { direction }));
        const observed = latest(series);
        if (observed.length < 2) {
          expect(s.trend).to.equal('unknown');
          return;
        }
        const delta = observed[observed.length - 1][1]! - observed[observed.length - 2][1]!;
        expect(s.delta).to.equal(delta);
        const expected = delta === 0 ? 'flat' : delta > 0 === (direction === 'up') ? 'good' : 'bad';
        expect(s.trend).to.equal(expected);
        if (s.deltaRatio !== undefined) expect(Math.sign(s.deltaRatio)).to.equal(Math.sign(delta));
      }),
    );
  });

  it('gives progress 1 and status met when current equals the target', () => {
    fc.assert(
      fc.property(seriesArb, directionArb, fc.integer({ min: 0, max: 9000 }), (series, direction, day) => {
        const observed = latest(series);
        fc.pre(observed.length > 0);
        const current = observed[observed.length - 1][1]!;
        const s = summarizeMetric(
          toMetric(series, { direction, target: { value: current, date: isoDay(day) } }),
          {
            asOf: isoDay(4000),
          },
        );
        expect([s.progress, s.met, s.status]).to.deep.equal([1, true, 'met']);
      }),
    );
  });

  it('is met exactly when the status is met, while the target date has not passed', () => {
    fc.assert(
      fc.property(
        seriesArb,
        directionArb,
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 9000 }),
        fc.integer({ min: 0, max: 9000 }),
        (series, direction, value, targetDay, asOfDay) => {
          fc.pre(asOfDay <= targetDay);
          const s = summarizeMetric(
            toMetric(series, { direction, target: { value, date: isoDay(targetDay) } }),
            {
              asOf: isoDay(asOfDay),
            },
          );
          expect(s.met === true).to.equal(s.status === 'met');
        },
      ),
    );
  });

  it('has status none exactly when there is no target, and progress only with one', () => {
    fc.assert(
      fc.property(
        seriesArb,
        fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }),
        (series, target) => {
          const s = summarizeMetric(toMetric(series, target === undefined ? {} : { target }));
          expect(s.status === 'none').to.equal(target === undefined);
          if (target === undefined)
            expect([s.progress, s.met, s.projected]).to.deep.equal([undefined, undefined, undefined]);
        },
      ),
    );
  });

  it('projects points that lie on a line onto that line', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 3, maxLength: 20 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 4000 }),
        (days, intercept, slope, targetDay) => {
          const series = days.map((day): [number, number] => [day, intercept + slope * day]);
          const s = summarizeMetric(toMetric(series, { target: { value: 0, date: isoDay(targetDay) } }));
          const expected = intercept + slope * targetDay;
          expect(s.projected).to.be.closeTo(expected, 1e-6 * (1 + Math.abs(expected)));
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Check-ins and the tree

/** Every node of a built tree by id. */
function byId(doc: OutcomeDocument): Map<string, OutcomeTreeNode> {
  return new Map(treeNodes(buildOutcomeTree(doc)).map((n) => [n.id, n]));
}

/**
 * Check-ins on distinct days that say anything but progress, on days after those of `checkInsArb`
 * (0 to 60,000), so that they can join a node's own check-ins.
 */
const wordsOnlyArb = fc
  .uniqueArray(
    fc.tuple(
      fc.integer({ min: 60_001, max: 70_000 }),
      fc.integer({ min: 0, max: 2 }),
      sayingArb.map((c) => without(c, 'progress')),
    ),
    { selector: ([day]) => day, minLength: 1, maxLength: 4 },
  )
  .map((list) =>
    list.map(([day, form, saying]) => ({
      date: onDay(day, form),
      ...saying,
      ...(Object.keys(saying).some((k) => k !== 'author') ? {} : { note: 'n' }),
    })),
  );

describe('properties: check-ins on a node with a metric', () => {
  const withMetrics = validDocumentArb.filter(({ given }) =>
    (given.nodes as Record<string, unknown>[]).some((n) => n.metric !== undefined),
  );

  it('never change any measure of the tree when they carry no progress', () => {
    fc.assert(
      fc.property(withMetrics, wordsOnlyArb, fc.nat(), ({ given }, checkIns, pick) => {
        const nodes = given.nodes as Record<string, unknown>[];
        const measured = nodes.filter((n) => n.metric !== undefined);
        const target = measured[pick % measured.length];
        const changed = structuredClone(given);
        const copy = (changed.nodes as Record<string, unknown>[]).find((n) => n.id === target.id)!;
        copy.checkIns = [...((copy.checkIns as unknown[]) ?? []), ...checkIns];
        const before = parseDocument(given);
        const after = parseDocument(changed);
        expect(after.errors).to.deep.equal([]);
        const [a, b] = [byId(before.document!), byId(after.document!)];
        for (const [id, node] of a) {
          const other = b.get(id)!;
          expect([other.outcomeProgress, other.outputProgress], id).to.deep.equal([
            node.outcomeProgress,
            node.outputProgress,
          ]);
          const quiet = (flags: string[]) => flags.filter((f) => f !== 'no-recent-check-in');
          expect(quiet(other.flags), id).to.deep.equal(quiet(node.flags));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('are rejected with progress, at the path of that progress, and the node with them', () => {
    fc.assert(
      fc.property(
        withMetrics,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        ({ given }, progress, pick) => {
          const nodes = given.nodes as Record<string, unknown>[];
          const indexes = nodes.flatMap((n, i) => (n.metric !== undefined ? [i] : []));
          const i = indexes[pick % indexes.length];
          const changed = structuredClone(given);
          const node = (changed.nodes as Record<string, unknown>[])[i];
          const j = ((node.checkIns as unknown[]) ?? []).length;
          node.checkIns = [...((node.checkIns as unknown[]) ?? []), { date: isoDay(60_001), progress }];
          const result = parseDocument(changed);
          expect(result.errors).to.deep.equal([
            {
              path: `nodes[${i}].checkIns[${j}].progress`,
              message: `expected no progress in a check-in of a node measured by a metric, got ${progress}`,
            },
          ]);
          expect(result.rejectedNodes.map((r) => r.index)).to.deep.equal([i]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** A random forest of goals, outcomes and outputs, each maybe with progress and check-ins with progress. */
const forestArb = fc.array(
  fc.record({
    parent: fc.nat(),
    type: fc.constantFrom('goal' as const, 'outcome' as const, 'output' as const),
    progress: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    weight: fc.option(fc.double({ min: 0.1, max: 10, noNaN: true }), { nil: undefined }),
    checkIns: fc.option(checkInsArb, { nil: undefined }),
  }),
  { maxLength: 30 },
);

type ForestSpec = typeof forestArb extends fc.Arbitrary<infer T> ? T : never;

function forest(specs: ForestSpec): OutcomeNode[] {
  return specs.map((s, i) => ({
    id: `n${i}`,
    // parents only point backwards, so there is never a cycle
    ...(i && s.parent % (i + 1) < i ? { parent: `n${s.parent % (i + 1)}` } : {}),
    type: s.type,
    title: `N${i}`,
    ...(s.progress !== undefined ? { progress: s.progress } : {}),
    ...(s.weight !== undefined ? { weight: s.weight } : {}),
    ...(s.checkIns ? { checkIns: s.checkIns.sorted } : {}),
  }));
}

describe('properties: outputs never raise outcome progress', () => {
  it('whatever their progress and check-ins: changing or removing them leaves every outcome progress as it was', () => {
    fc.assert(
      fc.property(
        forestArb,
        fc.array(checkInsArb),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true })),
        (specs, others, progress) => {
          const nodes = forest(specs);
          const reworked = nodes.map((n, i): OutcomeNode => {
            if (n.type !== 'output') return n;
            const rest = without(without(n, 'progress'), 'checkIns');
            const k = i % 3;
            if (k === 0) return rest; // no measure at all
            if (k === 1) return { ...rest, progress: progress[i % Math.max(progress.length, 1)] ?? 1 };
            return {
              ...rest,
              checkIns: others[i % Math.max(others.length, 1)]?.sorted ?? [
                { date: '2026-01-01', progress: 1 },
              ],
            };
          });
          const doc = (list: OutcomeNode[]): OutcomeDocument => ({
            version: 1,
            asOf: '2026-06-30',
            metrics: [],
            nodes: list,
          });
          const [a, b] = [byId(doc(nodes)), byId(doc(reworked))];
          for (const [id, node] of a) {
            expect(b.get(id)!.outcomeProgress, id).to.equal(node.outcomeProgress);
            if (node.type === 'output') expect(node.outcomeProgress).to.equal(undefined);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('properties: the own measure and the check-in flag', () => {
  const checkInsOnDays = fc.uniqueArray(
    fc.tuple(
      fc.integer({ min: 0, max: 15 }),
      fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    ),
    { selector: ([day]) => day, maxLength: 8 },
  );
  const ASOF = 20_000; // a day number: 2024-10-04

  it("take the progress of the latest check-in that has one, and the latest check-in's date, in any order", () => {
    fc.assert(
      fc.property(
        checkInsOnDays,
        fc.constantFrom('goal' as const, 'outcome' as const, 'output' as const),
        (list, type) => {
          const checkIns = list.map(([day, progress]) => ({
            date: isoDay(ASOF - day),
            note: 'n',
            ...(progress === undefined ? {} : { progress }),
          }));
          const [node] = treeNodes(
            buildOutcomeTree({ version: 1, metrics: [], nodes: [{ id: 'n', type, title: 'N', checkIns }] }),
          );
          // the fewest days before asOf is the latest
          const latest = [...list].sort((x, y) => x[0] - y[0]);
          const withProgress = latest.find(([, p]) => p !== undefined);
          const own = withProgress?.[1];
          expect(type === 'output' ? node.outputProgress : node.outcomeProgress).to.equal(own);
          expect(node.latestCheckIn?.date).to.equal(latest.length ? isoDay(ASOF - latest[0][0]) : undefined);
        },
      ),
    );
  });

  it('flag a goal or outcome exactly when its latest check-in is more than checkInEvery days before asOf, or missing', () => {
    fc.assert(
      fc.property(
        checkInsOnDays,
        // small cadences, so that a latest check-in exactly checkInEvery days old comes up often
        fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(366)),
        fc.constantFrom('goal' as const, 'outcome' as const, 'output' as const),
        fc.boolean(),
        (list, every, type, cadence) => {
          const checkIns = list.map(([day]) => ({ date: isoDay(ASOF - day), note: 'n' }));
          const doc: OutcomeDocument = {
            version: 1,
            asOf: isoDay(ASOF),
            metrics: [],
            nodes: [{ id: 'n', type, title: 'N', progress: 0.5, checkIns }],
            ...(cadence ? { checkInEvery: every } : {}),
          };
          const [node] = treeNodes(buildOutcomeTree(doc));
          const daysSince = list.length ? Math.min(...list.map(([day]) => day)) : Infinity;
          const expected = cadence && type !== 'output' && daysSince > every;
          expect(node.flags.includes('no-recent-check-in')).to.equal(expected);
        },
      ),
    );
  });
});

describe('properties: deliveriesFor', () => {
  it('lists exactly the shipped outputs below the measured outcome, sorted by shipped', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.option(fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 2 })), {
            nil: undefined,
          }),
          {
            maxLength: 12,
          },
        ),
        (shipments) => {
          const nodes: OutcomeNode[] = [
            { id: 'o', type: 'outcome', title: 'O', metric: 'm' },
            ...shipments.map((s, i): OutcomeNode => ({
              id: `w${i}`,
              // every third output hangs below the previous one
              parent: i % 3 === 2 ? `w${i - 1}` : 'o',
              type: 'output',
              title: `W${i}`,
              ...(s ? { shipped: onDay(...s) } : {}),
            })),
          ];
          const doc: OutcomeDocument = {
            version: 1,
            metrics: [{ id: 'm', name: 'M', kind: 'outcome', points: [] }],
            nodes,
          };
          const list = deliveriesFor(doc, 'm');
          const shipped = shipments.flatMap((s, i) => (s ? [{ i, time: toTime(onDay(...s))! }] : []));
          shipped.sort((x, y) => x.time - y.time || x.i - y.i);
          expect(list.map((d) => d.id)).to.deep.equal(shipped.map(({ i }) => `w${i}`));
          for (const d of list) expect(d.sinceShipped).to.equal(undefined); // no points: nothing precedes
        },
      ),
    );
  });
});
