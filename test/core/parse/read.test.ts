/** src/core/parse/read.ts: reading hostile input without throwing, paths and messages. */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import {
  at,
  describeValue,
  field,
  items,
  MAX_ITEMS,
  readableId,
  readField,
  UNREADABLE,
  type Issues,
  type Normalizer,
} from '../../../src/core/parse/read.js';
import { DATE, doc, err, metric, TEXT, withMetric } from './helpers.js';

describe('parseDocument: hostile input', () => {
  it('reports a getter that throws as a problem of that field', () => {
    const m = metric();
    Object.defineProperty(m, 'name', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseDocument(doc({ metrics: [m, metric({ id: 'ok' })] }));
    expect(result.errors).to.deep.equal([
      err('metrics[0].name', 'expected a readable value, got an error: boom'),
    ]);
    expect(result.document?.metrics.map((x) => x.id)).to.deep.equal(['ok']);
  });

  it('survives a document whose every operation throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        has() {
          throw new Error('has');
        },
        ownKeys() {
          throw new Error('ownKeys');
        },
        getOwnPropertyDescriptor() {
          throw new Error('descriptor');
        },
        getPrototypeOf() {
          throw new Error('proto');
        },
      },
    );
    const fields = ['version', 'title', 'locale', 'asOf', 'metrics', 'nodes', 'checkInEvery'];
    const result = parseDocument(hostile);
    expect(result.document).to.equal(undefined);
    expect(result.errors.map((e) => e.path)).to.deep.equal(fields);
    expect(result.errors[0].message).to.equal('expected a readable value, got an error: descriptor');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const revokedResult = parseDocument(revoked.proxy);
    expect(revokedResult.document).to.equal(undefined);
    expect(revokedResult.errors.map((e) => e.path)).to.deep.equal(fields);
  });

  it('survives cyclic objects', () => {
    const m: Record<string, unknown> = metric();
    m.self = m;
    const d: Record<string, unknown> = doc({ metrics: [m] });
    d.loop = d;
    (m.points as unknown[]).push(m.points);
    const result = parseDocument(d);
    expect(result.errors).to.deep.equal([
      err('metrics[0].points[1][0]', `expected ${DATE}, got an array of 2 items`),
      err('metrics[0].points[1][1]', 'expected a finite number or null, got an array of 2 items'),
    ]);
  });

  it('does not let __proto__ keys pollute prototypes or count as fields', () => {
    const text =
      '{"version":1,"metrics":[],"__proto__":{"polluted":1},"nodes":[{"__proto__":{"id":"x"},"id":"n","type":"goal","title":"N"}]}';
    const result = parseDocument(text);
    expect(result.errors).to.deep.equal([]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(result.document?.nodes).to.deep.equal([{ id: 'n', type: 'goal', title: 'N' }]);
    const inherited = Object.create({ version: 1, metrics: [] }) as object;
    expect(parseDocument(inherited).errors.map((e) => e.path)).to.deep.equal(['version', 'metrics']);
  });

  it('reports a format __proto__ key as an unknown option', () => {
    const result = parseDocument(
      '{"version":1,"metrics":[{"id":"m","name":"M","kind":"output","points":[],"format":{"__proto__":{}}}]}',
    );
    expect(result.errors.map((e) => e.path)).to.deep.equal(['metrics[0].format.__proto__']);
  });

  it('handles objects without a prototype, bigints and symbols', () => {
    const bare = Object.assign(Object.create(null) as object, { version: 1, metrics: [] });
    expect(parseDocument(bare).errors).to.deep.equal([]);
    expect(parseDocument(doc({ title: 1n, metrics: [metric({ name: Symbol('x') })] })).errors).to.deep.equal([
      err('title', 'expected a string, got 1n'),
      err('metrics[0].name', `expected ${TEXT}, got a symbol`),
    ]);
  });

  it('rejects an absurdly long array without walking it', () => {
    const points = new Array(2 ** 32 - 1);
    const started = performance.now();
    const result = parseDocument(withMetric({ points }));
    expect(performance.now() - started).to.be.lessThan(1000);
    expect(result.errors).to.deep.equal([
      err(
        'metrics[0].points',
        'expected at most 1000000 [date, value] points, got an array of 4294967295 items',
      ),
    ]);
  });

  it('reads sparse array holes as missing points', () => {
    const points: unknown[] = [];
    points[1] = ['2026-01-31', 1];
    expect(parseDocument(withMetric({ points })).errors).to.deep.equal([
      err('metrics[0].points[0]', 'expected a [date, value] pair, got nothing'),
    ]);
  });

  it('ignores deeply nested junk in unknown fields and reports deeply nested JSON', () => {
    let junk: unknown = 1;
    for (let i = 0; i < 100000; i++) junk = [junk];
    expect(parseDocument(doc({ junk })).errors).to.deep.equal([]);
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const result = parseDocument(deep);
    expect(result.document).to.equal(undefined);
    expect(result.errors).to.have.length(1);
    expect(result.errors[0].path).to.equal('');
  });

  it('keeps a long found string short in messages', () => {
    const [error] = parseDocument(withMetric({ kind: 'k'.repeat(500) })).errors;
    expect(error.message).to.equal(`expected "outcome" or "output", got "${'k'.repeat(60)}…"`);
  });
});

describe('read: paths', () => {
  it('joins keys and indexes into a JSON path', () => {
    expect(at('', 'metrics')).to.equal('metrics');
    expect(at('metrics', 1)).to.equal('metrics[1]');
    expect(at('metrics[1]', 'id')).to.equal('metrics[1].id');
    expect(at(at('metrics[0].points', 3), 0)).to.equal('metrics[0].points[3][0]');
    expect(at('', '$schema')).to.equal('$schema');
  });

  it('quotes keys that are not identifiers', () => {
    expect(at('metrics[0].format', 'a b')).to.equal('metrics[0].format["a b"]');
    expect(at('', '1a')).to.equal('["1a"]');
    expect(at('x', '')).to.equal('x[""]');
    expect(at('x', 'say "hi"')).to.equal('x["say \\"hi\\""]');
  });
});

describe('read: describeValue', () => {
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  const cases: [unknown, string][] = [
    [undefined, 'nothing'],
    [null, 'null'],
    ['', '""'],
    ['abc', '"abc"'],
    [0, '0'],
    [-0, '0'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
    [false, 'false'],
    [12n, '12n'],
    [Symbol('s'), 'a symbol'],
    [() => 1, 'a function'],
    [[], 'an array of 0 items'],
    [[1], 'an array of 1 item'],
    [[1, 2], 'an array of 2 items'],
    [{}, 'an object'],
    [Object.create(null), 'an object'],
    [new Date(0), 'an object'],
    [revoked.proxy, 'an object'],
  ];
  for (const [value, found] of cases) {
    it(`describes ${found}`, () => {
      expect(describeValue(value)).to.equal(found);
    });
  }

  it('cuts a long string after 60 characters (code points)', () => {
    expect(describeValue('x'.repeat(60))).to.equal(`"${'x'.repeat(60)}"`);
    expect(describeValue('😀'.repeat(61))).to.equal(`"${'😀'.repeat(60)}…"`);
  });
});

describe('read: reading fields and items', () => {
  it('reads own fields only, and reports one that throws once, at its path', () => {
    const issues: Issues = [];
    const obj = Object.create({ inherited: 1 }) as Record<string, unknown>;
    obj.own = 2;
    Object.defineProperty(obj, 'bad', {
      get() {
        throw new Error('boom');
      },
    });
    expect(readField(obj, 'own', 'x', issues)).to.equal(2);
    expect(readField(obj, 'inherited', 'x', issues)).to.equal(undefined);
    expect(readField(obj, 'missing', 'x', issues)).to.equal(undefined);
    expect(readField(obj, 'bad', 'x', issues)).to.equal(UNREADABLE);
    expect(issues).to.deep.equal([err('x.bad', 'expected a readable value, got an error: boom')]);
  });

  it('runs a normaliser on a field with the field path, and skips a field that throws', () => {
    const issues: Issues = [];
    const seen: string[] = [];
    const normalize: Normalizer<unknown> = (value, path) => {
      seen.push(path);
      return value;
    };
    const obj = { a: 1 };
    Object.defineProperty(obj, 'b', {
      get() {
        throw 'no';
      },
    });
    expect(field(obj, 'metrics[0]', 'a', normalize, issues)).to.equal(1);
    expect(field(obj, 'metrics[0]', 'b', normalize, issues)).to.equal(undefined);
    expect(seen).to.deep.equal(['metrics[0].a']);
    expect(issues).to.deep.equal([err('metrics[0].b', 'expected a readable value, got an error: no')]);
  });

  it('reads the items of an array, holes as undefined and throwing items as unreadable', () => {
    const issues: Issues = [];
    const list: unknown[] = [1];
    list[2] = 3;
    Object.defineProperty(list, 3, {
      get() {
        throw new Error('item');
      },
    });
    expect(items(list, 'nodes', 'nodes', issues)).to.deep.equal([1, undefined, 3, UNREADABLE]);
    expect(issues).to.deep.equal([err('nodes[3]', 'expected a readable value, got an error: item')]);
  });

  it('rejects a field that is not an array, or one longer than MAX_ITEMS', () => {
    const issues: Issues = [];
    expect(items({ length: 1 }, 'nodes', 'nodes', issues)).to.equal(undefined);
    expect(items(new Array(MAX_ITEMS + 1), 'm.points', 'points', issues)).to.equal(undefined);
    expect(items(new Array(MAX_ITEMS), 'ok', 'points', [])).to.have.length(MAX_ITEMS);
    expect(issues).to.deep.equal([
      err('nodes', 'expected an array of nodes, got an object'),
      err('m.points', `expected at most ${MAX_ITEMS} points, got an array of ${MAX_ITEMS + 1} items`),
    ]);
  });

  it('reads the id of a part silently, only when it is a string', () => {
    const throwing = {};
    Object.defineProperty(throwing, 'id', {
      get() {
        throw new Error('id');
      },
    });
    expect(readableId({ id: 'a' })).to.equal('a');
    expect(readableId({ id: 5 })).to.equal(undefined);
    expect(readableId({})).to.equal(undefined);
    expect(readableId('a')).to.equal(undefined);
    expect(readableId(null)).to.equal(undefined);
    expect(readableId(throwing)).to.equal(undefined);
  });
});
