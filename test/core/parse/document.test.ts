/**
 * src/core/parse/document.ts: input forms, the version, the top-level fields, and how problems are
 * scoped to the parts they are in.
 */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { doc, err, metric, withMetric } from './helpers.js';

describe('parseDocument: input forms', () => {
  it('accepts a JSON string, with or without a byte order mark', () => {
    const text = JSON.stringify(withMetric({}));
    expect(parseDocument(text).document?.metrics[0].id).to.equal('m');
    expect(parseDocument(`\uFEFF${text}`).errors).to.deep.equal([]);
  });

  it('reports a string that is not JSON at path "" with the JSON parser message', () => {
    let parserMessage = '';
    try {
      JSON.parse('{"version": 1,');
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    const result = parseDocument('{"version": 1,');
    expect(result.errors).to.deep.equal([err('', `invalid JSON: ${parserMessage}`)]);
    expect(result.documentErrors).to.deep.equal(result.errors);
    expect(result.document).to.equal(undefined);
  });

  const notObjects: [string, unknown, string][] = [
    ['null', null, 'null'],
    ['a number', 5, '5'],
    ['NaN', NaN, 'NaN'],
    ['undefined', undefined, 'nothing'],
    ['an array', [1, 2], 'an array of 2 items'],
    ['true', true, 'true'],
    ['a JSON string holding a number', '5', '5'],
    ['a JSON string holding a string', '"hi"', '"hi"'],
    ['a function', () => 1, 'a function'],
  ];
  for (const [label, input, found] of notObjects) {
    it(`makes the top level unusable for ${label}`, () => {
      const result = parseDocument(input);
      expect(result.document).to.equal(undefined);
      expect(result.errors).to.deep.equal([err('', `expected a document object, got ${found}`)]);
      expect(result.rejectedMetrics).to.deep.equal([]);
      expect(result.rejectedNodes).to.deep.equal([]);
    });
  }

  it('reports both required fields of an empty object and returns no document', () => {
    const result = parseDocument({});
    expect(result.document).to.equal(undefined);
    expect(result.errors).to.deep.equal([
      err('version', 'unsupported version: expected 1, got nothing'),
      err('metrics', 'expected an array of metrics, got nothing'),
    ]);
  });

  it('accepts the smallest document', () => {
    expect(parseDocument({ version: 1, metrics: [] })).to.deep.equal({
      document: { version: 1, metrics: [] },
      errors: [],
      documentErrors: [],
      rejectedMetrics: [],
      rejectedNodes: [],
    });
  });
});

describe('parseDocument: version', () => {
  it('stops at any version but 1: unsupported, no document, no other errors', () => {
    const result = parseDocument({ version: 2, metrics: 'not checked' });
    expect(result.errors).to.deep.equal([err('version', 'unsupported version: expected 1, got 2')]);
    expect(result.document).to.equal(undefined);
  });

  it('rejects "1" and 1.5', () => {
    expect(parseDocument(doc({ version: '1' })).errors[0].message).to.equal(
      'unsupported version: expected 1, got "1"',
    );
    expect(parseDocument(doc({ version: 1.5 })).errors[0].message).to.equal(
      'unsupported version: expected 1, got 1.5',
    );
  });

  it('accepts 1.0 in JSON, which is the number 1', () => {
    expect(parseDocument('{"version": 1.0, "metrics": []}').errors).to.deep.equal([]);
  });

  it('checks the rest of a document without a version, but returns no document', () => {
    const result = parseDocument({ metrics: [metric({ kind: 'x' })] });
    expect(result.document).to.equal(undefined);
    expect(result.errors.map((e) => e.path)).to.deep.equal(['version', 'metrics[0].kind']);
  });
});

describe('parseDocument: top-level fields', () => {
  it('keeps title, locale and asOf, and drops $schema and unknown fields', () => {
    const result = parseDocument(
      doc({ $schema: 'x', title: 'T', locale: 'de-DE', asOf: '2026-02-28', theme: 'dark', extra: { a: 1 } }),
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.document).to.deep.equal({
      version: 1,
      title: 'T',
      locale: 'de-DE',
      asOf: '2026-02-28',
      metrics: [],
    });
  });

  it('reports a bad title, locale or asOf as document errors, drops them and keeps the document', () => {
    const result = parseDocument(
      doc({ title: 7, locale: 'en_US', asOf: '2026-09-30T00:00:00Z', metrics: [metric()] }),
    );
    const expected = [
      err('title', 'expected a string, got 7'),
      err('locale', 'expected a BCP 47 locale tag accepted by Intl.NumberFormat (like "en-US"), got "en_US"'),
      err('asOf', 'expected a date YYYY-MM-DD, got "2026-09-30T00:00:00Z"'),
    ];
    expect(result.errors).to.deep.equal(expected);
    expect(result.documentErrors).to.deep.equal(expected);
    expect(result.document).to.deep.equal({ version: 1, metrics: [metric()] });
  });

  it('accepts asOf only as a real calendar day', () => {
    expect(parseDocument(doc({ asOf: '2028-02-29' })).errors).to.deep.equal([]);
    expect(parseDocument(doc({ asOf: '2026-02-29' })).errors).to.deep.equal([
      err('asOf', 'expected a date YYYY-MM-DD, got "2026-02-29" (no such calendar day)'),
    ]);
    expect(parseDocument(doc({ asOf: 1769817600000 })).errors).to.deep.equal([
      err('asOf', 'expected a date YYYY-MM-DD, got 1769817600000'),
    ]);
  });

  it('reports metrics that are missing or not an array, and keeps an empty metric list', () => {
    for (const [metrics, found] of [
      [undefined, 'nothing'],
      [{}, 'an object'],
      ['nps', '"nps"'],
      [null, 'null'],
    ] as const) {
      const result = parseDocument({ version: 1, metrics });
      expect(result.documentErrors).to.deep.equal([
        err('metrics', `expected an array of metrics, got ${found}`),
      ]);
      expect(result.document).to.deep.equal({ version: 1, metrics: [] });
    }
  });

  it('leaves nodes out when absent, and drops them with a document error when not an array', () => {
    expect(parseDocument(doc()).document).to.not.have.property('nodes');
    const result = parseDocument(doc({ nodes: { g1: {} } }));
    expect(result.documentErrors).to.deep.equal([err('nodes', 'expected an array of nodes, got an object')]);
    expect(result.document).to.deep.equal({ version: 1, metrics: [] });
    expect(parseDocument(doc({ nodes: [] })).document?.nodes).to.deep.equal([]);
  });
});

describe('parseDocument: checkInEvery', () => {
  it('keeps a whole number of days from 1 to 366', () => {
    for (const checkInEvery of [1, 14, 366]) {
      const result = parseDocument(doc({ checkInEvery }));
      expect(result.errors).to.deep.equal([]);
      expect(result.document).to.deep.equal({ version: 1, metrics: [], checkInEvery });
    }
    expect(
      parseDocument('{"version": 1, "metrics": [], "checkInEvery": 7.0}').document?.checkInEvery,
    ).to.equal(7);
  });

  it('is absent when not given', () => {
    expect(parseDocument(doc()).document).to.not.have.property('checkInEvery');
  });

  it('reports anything else as a document error, drops it and keeps the document', () => {
    for (const [checkInEvery, found] of [
      [0, '0'],
      [367, '367'],
      [-7, '-7'],
      [1.5, '1.5'],
      ['14', '"14"'],
      [null, 'null'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      [true, 'true'],
    ] as const) {
      const result = parseDocument(doc({ checkInEvery, metrics: [metric()] }));
      const expected = [err('checkInEvery', `expected a whole number of days from 1 to 366, got ${found}`)];
      expect(result.errors, String(checkInEvery)).to.deep.equal(expected);
      expect(result.documentErrors).to.deep.equal(expected);
      expect(result.document).to.deep.equal({ version: 1, metrics: [metric()] });
    }
  });

  it('comes after metrics and nodes in the errors, as DESIGN.md lists the fields', () => {
    const result = parseDocument({
      version: 1,
      checkInEvery: 0,
      asOf: 'today',
      metrics: [metric({ kind: 'x' })],
      nodes: [{ id: 'n', type: 'goal', title: 'N', weight: 0 }],
    });
    expect(result.errors.map((e) => e.path)).to.deep.equal([
      'asOf',
      'metrics[0].kind',
      'nodes[0].weight',
      'checkInEvery',
    ]);
    expect(result.documentErrors.map((e) => e.path)).to.deep.equal(['asOf', 'checkInEvery']);
  });
});

describe('parseDocument: scoping', () => {
  it('rejects only the broken metric, with its index and id, and keeps the others', () => {
    const result = parseDocument(
      doc({ metrics: [metric({ id: 'a' }), metric({ id: 'b', kind: 'x' }), metric({ id: 'c' })] }),
    );
    expect(result.document?.metrics.map((m) => m.id)).to.deep.equal(['a', 'c']);
    expect(result.rejectedMetrics).to.deep.equal([
      { index: 1, id: 'b', errors: [err('metrics[1].kind', 'expected "outcome" or "output", got "x"')] },
    ]);
    expect(result.documentErrors).to.deep.equal([]);
  });

  it('gives a rejected part an id only when its id is a string', () => {
    const result = parseDocument(
      doc({ metrics: [metric({ id: 5, kind: 'x' }), 7, metric({ id: 'bad id' })] }),
    );
    expect(result.rejectedMetrics.map((p) => ({ index: p.index, id: p.id }))).to.deep.equal([
      { index: 0, id: undefined },
      { index: 1, id: undefined },
      { index: 2, id: 'bad id' },
    ]);
    expect(result.rejectedMetrics[0]).to.not.have.property('id');
  });

  it('puts document errors and part errors together in errors, in document order', () => {
    const result = parseDocument({
      version: 1,
      asOf: 'today',
      metrics: [metric({ kind: 'x' })],
      nodes: [{ id: 'n', type: 'goal', title: 'N', weight: 0 }],
    });
    expect(result.errors.map((e) => e.path)).to.deep.equal(['asOf', 'metrics[0].kind', 'nodes[0].weight']);
    expect(result.documentErrors.map((e) => e.path)).to.deep.equal(['asOf']);
  });
});
