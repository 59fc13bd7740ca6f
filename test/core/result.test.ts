/** src/core/result.ts: the queries on a parse result. */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../src/core/parse/index.js';
import {
  blockingErrors,
  errorsForMetric,
  findMetric,
  isUsable,
  nodeErrors,
  partErrors,
  unusableResult,
} from '../../src/core/result.js';
import type { Metric, ParseResult } from '../../src/core/schema.js';
import { doc, err, load, metric, TEXT, withNodes } from './parse/helpers.js';

const node = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'n',
  type: 'goal',
  title: 'N',
  ...extra,
});

/** Results of every kind: no document, an empty one, one with document errors, one with rejected parts. */
const EMPTY = () => parseDocument({ version: 1, metrics: [] });
const UNUSABLE: [label: string, input: unknown][] = [
  ['null', null],
  ['text that is not JSON', 'nope'],
  ['version 2', { version: 2, metrics: [] }],
  ['an empty object', {}],
];
const withDocumentError = () => parseDocument(doc({ asOf: 'today', metrics: [metric({ id: 'a' })] }));
const withRejectedParts = () =>
  parseDocument(
    withNodes(
      [node({ id: 'g' }), node({ id: 'bad', weight: 0 }), node({ id: 'x', parent: 'nowhere' })],
      [metric({ id: 'a' }), metric({ id: 'b', kind: 'x' })],
    ),
  );

describe('result: findMetric and errorsForMetric', () => {
  it('errorsForMetric gives the document errors and the errors of rejected metrics with that id', () => {
    const result = parseDocument(
      doc({
        locale: 'en_US',
        metrics: [metric({ id: 'a' }), metric({ id: 'b', kind: 'x' }), metric({ id: 'b', name: '' })],
      }),
    );
    const localeError = result.documentErrors[0];
    expect(errorsForMetric(result, 'a')).to.deep.equal([localeError]);
    expect(errorsForMetric(result, 'b')).to.deep.equal([
      localeError,
      err('metrics[1].kind', 'expected "outcome" or "output", got "x"'),
      err('metrics[2].id', 'duplicate id "b" (also metrics[1])'),
      err('metrics[2].name', `expected ${TEXT}, got ""`),
    ]);
    expect(errorsForMetric(parseDocument(doc({ metrics: [metric()] })), 'm')).to.deep.equal([]);
  });

  it('findMetric finds checked metrics only', () => {
    const result = parseDocument(doc({ metrics: [metric({ id: 'a' }), metric({ id: 'b', kind: 'x' })] }));
    expect((findMetric(result, 'a') as Metric).id).to.equal('a');
    expect(findMetric(result, 'b')).to.equal(undefined);
    expect(findMetric(parseDocument('nope'), 'a')).to.equal(undefined);
  });

  it('finds nothing for an unknown id, in an empty document or without a document', () => {
    expect(findMetric(parseDocument(doc({ metrics: [metric({ id: 'a' })] })), 'nope')).to.equal(undefined);
    expect(findMetric(EMPTY(), 'a')).to.equal(undefined);
    for (const [label, input] of UNUSABLE)
      expect(findMetric(parseDocument(input), 'a'), label).to.equal(undefined);
  });

  it('gives only the document errors for an unknown id', () => {
    const result = withDocumentError();
    expect(errorsForMetric(result, 'nope')).to.deep.equal(result.documentErrors);
    expect(errorsForMetric(result, 'nope')).to.have.length(1);
    expect(errorsForMetric(withRejectedParts(), 'nope')).to.deep.equal([]);
    expect(errorsForMetric(EMPTY(), 'a')).to.deep.equal([]);
  });

  it('gives the problem that stops the document for any id when there is no document', () => {
    const result = parseDocument({ version: 2, metrics: [] });
    expect(errorsForMetric(result, 'a')).to.deep.equal([
      err('version', 'unsupported version: expected 1, got 2'),
    ]);
  });

  it('gives a new list each time, so a caller cannot change the result', () => {
    const result = withDocumentError();
    const errors = errorsForMetric(result, 'a');
    errors.push(err('x', 'y'));
    expect(errorsForMetric(result, 'a')).to.have.length(1);
    expect(result.documentErrors).to.have.length(1);
  });
});

describe('result: isUsable and blockingErrors', () => {
  it('calls a document usable when no problem is document-level, rejected parts or not', () => {
    for (const result of [EMPTY(), parseDocument(doc({ metrics: [metric()] })), withRejectedParts()]) {
      expect(isUsable(result)).to.equal(true);
      expect(blockingErrors(result)).to.deep.equal([]);
    }
  });

  it('calls a document with document errors unusable, stopped by those errors only', () => {
    const result = parseDocument(doc({ asOf: 'today', metrics: [metric({ kind: 'x' })] }));
    expect(result.document).to.not.equal(undefined);
    expect(isUsable(result)).to.equal(false);
    expect(blockingErrors(result)).to.deep.equal([err('asOf', 'expected a date YYYY-MM-DD, got "today"')]);
  });

  for (const [label, input] of UNUSABLE) {
    it(`calls the result for ${label} unusable, stopped by every problem`, () => {
      const result = parseDocument(input);
      expect(isUsable(result)).to.equal(false);
      expect(blockingErrors(result)).to.deep.equal(result.errors);
      expect(blockingErrors(result)).to.not.be.empty;
    });
  }

  it('counts the problems of parts among the blocking ones when there is no document', () => {
    const result = parseDocument({ metrics: [metric({ kind: 'x' })] });
    expect(blockingErrors(result).map((e) => e.path)).to.deep.equal(['version', 'metrics[0].kind']);
  });
});

describe('result: nodeErrors and partErrors', () => {
  it('give nothing for a document without rejected parts, an empty one, or none', () => {
    for (const result of [parseDocument(doc({ metrics: [metric()] })), EMPTY(), withDocumentError()]) {
      expect(nodeErrors(result)).to.deep.equal([]);
      expect(partErrors(result)).to.deep.equal([]);
    }
    for (const [label, input] of UNUSABLE) {
      expect(nodeErrors(parseDocument(input)), label).to.deep.equal([]);
      expect(partErrors(parseDocument(input)), label).to.deep.equal([]);
    }
  });

  it('give the problems of rejected nodes, and of rejected metrics then nodes, in document order', () => {
    const result = withRejectedParts();
    const nodeProblems = [
      err('nodes[1].weight', 'expected a number greater than 0, got 0'),
      err(
        'nodes[2].parent',
        'expected the id of another node, got "nowhere" (unknown parent: no node has this id)',
      ),
    ];
    expect(nodeErrors(result)).to.deep.equal(nodeProblems);
    expect(partErrors(result)).to.deep.equal([
      err('metrics[1].kind', 'expected "outcome" or "output", got "x"'),
      ...nodeProblems,
    ]);
  });

  it('leave the document errors out of partErrors: every problem but those', async () => {
    const results: ParseResult[] = [
      withRejectedParts(),
      parseDocument(await load('invalid-many-errors.json')),
      parseDocument({
        version: 1,
        asOf: 'today',
        metrics: [metric({ kind: 'x' })],
        nodes: [{ id: 'n', type: 'goal', title: 'N', weight: 0 }],
      }),
    ];
    for (const result of results) {
      expect(partErrors(result)).to.deep.equal(
        result.errors.filter((e) => !result.documentErrors.includes(e)),
      );
    }
  });
});

describe('result: unusableResult', () => {
  it('builds a result without a document, stopped by one problem', () => {
    const result = unusableResult('could not load x.json: HTTP 404');
    const error = err('', 'could not load x.json: HTTP 404');
    expect(result).to.deep.equal({
      errors: [error],
      documentErrors: [error],
      rejectedMetrics: [],
      rejectedNodes: [],
    });
    expect(isUsable(result)).to.equal(false);
    expect(blockingErrors(result)).to.deep.equal([error]);
    expect(findMetric(result, 'a')).to.equal(undefined);
  });

  it('puts the problem at the path given', () => {
    expect(unusableResult('unsupported', 'version').errors).to.deep.equal([err('version', 'unsupported')]);
  });

  it('is what parseDocument gives for a top level it cannot use', () => {
    expect(parseDocument(null)).to.deep.equal(unusableResult('expected a document object, got null'));
    expect(parseDocument({ version: 2 })).to.deep.equal(
      unusableResult('unsupported version: expected 1, got 2', 'version'),
    );
  });
});
