import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readJson } from '../../../src/core/parse/json.js';
import { exampleDoc } from '../../helpers.js';

/** What JSON.parse makes of a text: its value, or that it throws. */
function parsed(text: string, read: (text: string) => unknown): { value?: unknown; throws?: true } {
  try {
    return { value: read(text) };
  } catch {
    return { throws: true };
  }
}

/** Read in slices of a few characters, so that small texts take every path a 20 MB one does. */
const sliced = (text: string) => readJson(text, 0, 16);

const point = fc.tuple(
  fc.oneof(fc.integer(), fc.string(), fc.constant('2026-01-31T10:00:00Z')),
  fc.oneof(fc.double(), fc.constant(null), fc.string()),
);
const metric = fc.record(
  {
    id: fc.string(),
    points: fc.oneof(fc.array(point, { maxLength: 30 }), fc.anything({ maxDepth: 1 })),
    target: fc.double(),
    'p\\u006fints': fc.constant([]),
    extra: fc.anything({ maxDepth: 2 }),
  },
  { requiredKeys: ['points'] },
);
const documentLike = fc.record(
  {
    version: fc.constant(1),
    metrics: fc.oneof(fc.array(metric, { maxLength: 4 }), fc.anything({ maxDepth: 1 })),
    nodes: fc.anything({ maxDepth: 2 }),
    points: fc.array(point, { maxLength: 3 }),
  },
  { requiredKeys: ['metrics'] },
);
/** The text of a value, written compactly or with whitespace. */
const textOf = (value: unknown, indent: number) =>
  (JSON.stringify(value, null, indent) ?? 'null').replace(/"p\\\\u006fints"/g, '"p\\u006fints"');

describe('core/parse/json: large JSON read in steps', () => {
  it('reads what JSON.parse reads, for document-shaped texts', () => {
    fc.assert(
      fc.property(documentLike, fc.constantFrom(0, 1, 2), (doc, indent) => {
        const text = textOf(doc, indent);
        expect(parsed(text, sliced)).to.deep.equal(parsed(text, JSON.parse));
      }),
      { numRuns: 400 },
    );
  });

  it('throws where JSON.parse throws, and only there, for texts with a character cut or added', () => {
    fc.assert(
      fc.property(
        documentLike,
        fc.nat(),
        fc.constantFrom('', ',', ']', '[', '"', '\\', '}', ' '),
        (doc, at, put) => {
          const text = textOf(doc, 0);
          const i = at % (text.length + 1);
          const changed = text.slice(0, i) + put + text.slice(i + 1);
          expect(parsed(changed, sliced)).to.deep.equal(parsed(changed, JSON.parse));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the last of repeated keys, as JSON.parse does', () => {
    for (const text of [
      '{"metrics":[{"points":[[1,2]],"points":[]}]}',
      '{"metrics":[{"points":[]}],"metrics":[{"points":[[3,4]]}]}',
      '{"metrics":[{"points":[[1,2]],"p\\u006fints":[]}]}',
      '{"metrics":[{"p\\u006fints":[[5,6]],"points":[[1,2]]}]}',
    ])
      expect(sliced(text)).to.deep.equal(JSON.parse(text));
  });

  it('reads the example document, whitespace and all', () => {
    const text = JSON.stringify(exampleDoc(), null, 2);
    expect(sliced(text)).to.deep.equal(JSON.parse(text));
  });
});
