/** src/core/parse/check-in.ts: a node's check-ins and its `shipped` date (DESIGN.md section 1). */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { DATE, doc, err, metric, withNodes } from './helpers.js';

const HEALTH = '"on-track", "at-risk" or "off-track"';
const SAY = 'expected at least one of health, confidence, progress or note, got none';

/** A goal with these check-ins (and other fields). */
const node = (checkIns: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'n',
  type: 'goal',
  title: 'N',
  checkIns,
  ...extra,
});

/** The errors of a document with one node holding these check-ins. */
const errorsOf = (
  checkIns: unknown,
  extra: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
) => parseDocument(doc({ nodes: [node(checkIns, extra)], ...top })).errors;

describe('parseDocument: check-ins', () => {
  it('keeps every known check-in field and drops unknown ones', () => {
    const full = {
      date: '2026-03-01',
      health: 'at-risk',
      confidence: 0.4,
      progress: 0.25,
      note: 'Slower than planned.',
      author: 'Ann',
      mood: 'grim',
    };
    const result = parseDocument(withNodes([node([full])]));
    expect(result.errors).to.deep.equal([]);
    const { mood: _mood, ...kept } = full;
    expect(_mood).to.equal('grim');
    expect(result.document?.nodes).to.deep.equal([node([kept])]);
  });

  it('accepts a check-in with only one of health, confidence, progress or note', () => {
    const one = [
      { date: '2026-03-01', health: 'on-track' },
      { date: '2026-03-02', confidence: 0 },
      { date: '2026-03-03', progress: 1 },
      { date: '2026-03-04', note: '' },
    ];
    for (const checkIn of one) expect(errorsOf([checkIn]), JSON.stringify(checkIn)).to.deep.equal([]);
  });

  it('accepts an empty list of check-ins and keeps it', () => {
    const result = parseDocument(withNodes([node([])]));
    expect(result.errors).to.deep.equal([]);
    expect(result.document?.nodes?.[0].checkIns).to.deep.equal([]);
  });

  it('reports checkIns that are not an array', () => {
    for (const [value, found] of [
      [{}, 'an object'],
      ['weekly', '"weekly"'],
      [null, 'null'],
    ] as const) {
      expect(errorsOf(value)).to.deep.equal([
        err('nodes[0].checkIns', `expected an array of check-ins, got ${found}`),
      ]);
    }
  });

  it('reports a check-in that is not an object, at its index', () => {
    expect(errorsOf([{ date: '2026-03-01', note: 'ok' }, 5, null, ['2026-03-01']])).to.deep.equal([
      err('nodes[0].checkIns[1]', 'expected a check-in object, got 5'),
      err('nodes[0].checkIns[2]', 'expected a check-in object, got null'),
      err('nodes[0].checkIns[3]', 'expected a check-in object, got an array of 1 item'),
    ]);
  });

  it('needs a date, in any document date form', () => {
    expect(errorsOf([{ note: 'no date' }])).to.deep.equal([
      err('nodes[0].checkIns[0].date', `expected ${DATE}, got nothing`),
    ]);
    expect(
      errorsOf([
        { date: '2026-03-01', note: 'a' },
        { date: '2026-03-02T09:30:00+02:00', note: 'b' },
        { date: Date.UTC(2026, 2, 3), note: 'c' },
      ]),
    ).to.deep.equal([]);
    expect(errorsOf([{ date: '2026-02-30', note: 'x' }])).to.deep.equal([
      err('nodes[0].checkIns[0].date', `expected ${DATE}, got "2026-02-30" (no such calendar day)`),
    ]);
    expect(errorsOf([{ date: '2026-03-01T10:00', note: 'x' }])).to.deep.equal([
      err(
        'nodes[0].checkIns[0].date',
        `expected ${DATE}, got "2026-03-01T10:00" (a date-time needs an offset: Z or ±hh:mm)`,
      ),
    ]);
    expect(errorsOf([{ date: 'last week', note: 'x' }])).to.deep.equal([
      err('nodes[0].checkIns[0].date', `expected ${DATE}, got "last week"`),
    ]);
  });

  it('takes no date after asOf; any time on the asOf day is not after it', () => {
    const top = { asOf: '2026-06-30' };
    expect(
      errorsOf(
        [
          { date: '2026-06-30', note: 'on the day' },
          { date: '2026-06-30T23:59:59Z', note: 'late on the day' },
          { date: '2026-06-01', note: 'before' },
          { date: '2026-07-01T01:00:00+02:00', note: 'still the asOf day in UTC' },
        ],
        {},
        top,
      ),
    ).to.deep.equal([]);
    expect(
      errorsOf(
        [
          { date: '2026-07-01', note: 'a day late' },
          { date: '2026-07-01T00:00:00Z', note: 'a moment late' },
          { date: Date.UTC(2026, 6, 1), note: 'epoch ms' },
        ],
        {},
        top,
      ),
    ).to.deep.equal([
      err('nodes[0].checkIns[0].date', 'expected a date not after asOf (2026-06-30), got "2026-07-01"'),
      err(
        'nodes[0].checkIns[1].date',
        'expected a date not after asOf (2026-06-30), got "2026-07-01T00:00:00Z"',
      ),
      err(
        'nodes[0].checkIns[2].date',
        `expected a date not after asOf (2026-06-30), got ${Date.UTC(2026, 6, 1)}`,
      ),
    ]);
  });

  it('takes any date without asOf, or when asOf itself is rejected', () => {
    expect(errorsOf([{ date: '2999-01-01', note: 'future' }])).to.deep.equal([]);
    expect(errorsOf([{ date: '2999-01-01', note: 'future' }], {}, { asOf: '2026-13-01' })).to.deep.equal([
      err('asOf', 'expected a date YYYY-MM-DD, got "2026-13-01" (no such calendar day)'),
    ]);
  });

  it('takes health as one of three words', () => {
    for (const health of ['on-track', 'at-risk', 'off-track'])
      expect(errorsOf([{ date: '2026-03-01', health }]), health).to.deep.equal([]);
    for (const [health, found] of [
      ['green', '"green"'],
      ['On-track', '"On-track"'],
      [1, '1'],
      [null, 'null'],
    ] as const) {
      expect(errorsOf([{ date: '2026-03-01', health }])).to.deep.equal([
        err('nodes[0].checkIns[0].health', `expected ${HEALTH}, got ${found}`),
      ]);
    }
  });

  it('takes confidence and progress from 0 to 1 inclusive', () => {
    expect(errorsOf([{ date: '2026-03-01', confidence: 0, progress: 1 }])).to.deep.equal([]);
    expect(errorsOf([{ date: '2026-03-01', confidence: 1, progress: 0 }])).to.deep.equal([]);
    for (const [value, found] of [
      [1.01, '1.01'],
      [-0.5, '-0.5'],
      [NaN, 'NaN'],
      ['0.5', '"0.5"'],
      [null, 'null'],
    ] as const) {
      expect(errorsOf([{ date: '2026-03-01', confidence: value, progress: value }])).to.deep.equal([
        err('nodes[0].checkIns[0].confidence', `expected a number from 0 to 1, got ${found}`),
        err('nodes[0].checkIns[0].progress', `expected a number from 0 to 1, got ${found}`),
      ]);
    }
  });

  it('takes no progress on a node measured by a metric, and checks its range too, as on a node', () => {
    const metrics = [metric()];
    const withMetric = (checkIns: unknown[]) =>
      parseDocument(withNodes([node(checkIns, { metric: 'm' })], metrics)).errors;
    expect(
      withMetric([{ date: '2026-03-01', health: 'on-track', confidence: 0.9, note: 'fine' }]),
    ).to.deep.equal([]);
    expect(withMetric([{ date: '2026-03-01', progress: 0.5 }])).to.deep.equal([
      err(
        'nodes[0].checkIns[0].progress',
        'expected no progress in a check-in of a node measured by a metric, got 0.5',
      ),
    ]);
    expect(withMetric([{ date: '2026-03-01', note: 'x', progress: 7 }])).to.deep.equal([
      err('nodes[0].checkIns[0].progress', 'expected a number from 0 to 1, got 7'),
      err(
        'nodes[0].checkIns[0].progress',
        'expected no progress in a check-in of a node measured by a metric, got 7',
      ),
    ]);
  });

  it('takes a note of at most 2,000 characters (code points), and author as a string', () => {
    const longest = '😀'.repeat(2000); // 4,000 UTF-16 units, 2,000 characters
    expect(errorsOf([{ date: '2026-03-01', note: longest, author: '' }])).to.deep.equal([]);
    expect(errorsOf([{ date: '2026-03-01', note: 'x'.repeat(2001) }])).to.deep.equal([
      err('nodes[0].checkIns[0].note', 'expected a string of at most 2000 characters, got 2001 characters'),
    ]);
    expect(errorsOf([{ date: '2026-03-01', note: 42, author: { name: 'Ann' } }])).to.deep.equal([
      err('nodes[0].checkIns[0].note', 'expected a string of at most 2000 characters, got 42'),
      err('nodes[0].checkIns[0].author', 'expected a string, got an object'),
    ]);
  });

  it('needs at least one of health, confidence, progress or note; author alone is not enough', () => {
    expect(errorsOf([{ date: '2026-03-01' }])).to.deep.equal([err('nodes[0].checkIns[0]', SAY)]);
    expect(errorsOf([{ date: '2026-03-01', author: 'Ann', mood: 'ok' }])).to.deep.equal([
      err('nodes[0].checkIns[0]', SAY),
    ]);
    // A field that is given but wrong is reported as wrong, not as missing.
    expect(errorsOf([{ date: '2026-03-01', health: 'meh' }])).to.deep.equal([
      err('nodes[0].checkIns[0].health', `expected ${HEALTH}, got "meh"`),
    ]);
  });

  it('reports two check-ins on one date on the later one in the file, naming the first', () => {
    expect(
      errorsOf([
        { date: '2026-03-08', note: 'b' },
        { date: '2026-03-01', note: 'a' },
        { date: '2026-03-01T00:00:00Z', note: 'the same instant' },
        { date: Date.UTC(2026, 2, 1), note: 'and again' },
        { date: '2026-03-01T12:00:00Z', note: 'later that day: another date' },
      ]),
    ).to.deep.equal([
      err(
        'nodes[0].checkIns[2].date',
        'expected one check-in per date, got a second on "2026-03-01T00:00:00Z" (also nodes[0].checkIns[1].date: "2026-03-01")',
      ),
      err(
        'nodes[0].checkIns[3].date',
        `expected one check-in per date, got a second on ${Date.UTC(2026, 2, 1)} (also nodes[0].checkIns[1].date: "2026-03-01")`,
      ),
    ]);
  });

  it('reports a repeated date together with the other problems of both check-ins, in file order', () => {
    expect(
      errorsOf([
        { date: '2026-03-01', health: 'great' },
        { date: '2026-03-02', note: 'fine' },
        { date: '2026-03-01', confidence: 2 },
      ]),
    ).to.deep.equal([
      err('nodes[0].checkIns[0].health', `expected ${HEALTH}, got "great"`),
      err(
        'nodes[0].checkIns[2].date',
        'expected one check-in per date, got a second on "2026-03-01" (also nodes[0].checkIns[0].date: "2026-03-01")',
      ),
      err('nodes[0].checkIns[2].confidence', 'expected a number from 0 to 1, got 2'),
    ]);
  });

  it('reports every problem of every check-in at once', () => {
    expect(
      errorsOf(
        [
          {},
          { date: '2026-07-04', health: 'green', confidence: -1, progress: 2, note: 1, author: 2 },
          'hello',
        ],
        {},
        { asOf: '2026-06-30' },
      ),
    ).to.deep.equal([
      err('nodes[0].checkIns[0].date', `expected ${DATE}, got nothing`),
      err('nodes[0].checkIns[0]', SAY),
      err('nodes[0].checkIns[1].date', 'expected a date not after asOf (2026-06-30), got "2026-07-04"'),
      err('nodes[0].checkIns[1].health', `expected ${HEALTH}, got "green"`),
      err('nodes[0].checkIns[1].confidence', 'expected a number from 0 to 1, got -1'),
      err('nodes[0].checkIns[1].progress', 'expected a number from 0 to 1, got 2'),
      err('nodes[0].checkIns[1].note', 'expected a string of at most 2000 characters, got 1'),
      err('nodes[0].checkIns[1].author', 'expected a string, got 2'),
      err('nodes[0].checkIns[2]', 'expected a check-in object, got "hello"'),
    ]);
  });

  it('returns the check-ins sorted by date, as given otherwise', () => {
    const given = [
      { date: '2026-03-15', note: 'c' },
      { date: Date.UTC(2026, 2, 1), note: 'a' },
      { date: '2026-03-08T10:00:00+01:00', health: 'on-track' },
    ];
    const result = parseDocument(withNodes([node(given)]));
    expect(result.errors).to.deep.equal([]);
    expect(result.document?.nodes?.[0].checkIns).to.deep.equal([given[1], given[2], given[0]]);
  });

  it('rejects the node with a bad check-in, like any node with a problem, and keeps the others', () => {
    const nodes = [
      { id: 'g', type: 'goal', title: 'G' },
      { id: 'o', parent: 'g', type: 'outcome', title: 'O', checkIns: [{ date: '2026-03-01' }] },
      { id: 'w', parent: 'o', type: 'output', title: 'W' },
    ];
    const result = parseDocument(withNodes(nodes));
    expect(result.errors).to.deep.equal([err('nodes[1].checkIns[0]', SAY)]);
    expect(result.documentErrors).to.deep.equal([]);
    expect(result.rejectedNodes).to.deep.equal([
      { index: 1, id: 'o', errors: [err('nodes[1].checkIns[0]', SAY)] },
    ]);
    expect(result.document?.nodes).to.deep.equal([nodes[0], nodes[2]]);
  });

  it('reports a check-in whose fields throw when read, at those fields, and goes on', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('descriptor');
        },
        get() {
          throw new Error('get');
        },
      },
    );
    const result = errorsOf([hostile, { date: '2026-03-01', note: 'fine' }]);
    const unreadable = 'expected a readable value, got an error: descriptor';
    expect(result.map((e) => e.path)).to.deep.equal([
      'nodes[0].checkIns[0].date',
      'nodes[0].checkIns[0].health',
      'nodes[0].checkIns[0].confidence',
      'nodes[0].checkIns[0].progress',
      'nodes[0].checkIns[0].note',
      'nodes[0].checkIns[0].author',
    ]);
    for (const e of result) expect(e.message).to.equal(unreadable);
  });

  it('reports an item of checkIns that throws when read once, at its index', () => {
    const list = [{ date: '2026-03-01', note: 'a' }, undefined];
    Object.defineProperty(list, 1, {
      get() {
        throw new Error('nope');
      },
    });
    expect(errorsOf(list)).to.deep.equal([
      err('nodes[0].checkIns[1]', 'expected a readable value, got an error: nope'),
    ]);
  });
});

describe('parseDocument: shipped', () => {
  const output = (extra: Record<string, unknown>) => ({ id: 'w', type: 'output', title: 'W', ...extra });

  it('takes shipped on an output, in any document date form, and keeps it as given', () => {
    for (const shipped of ['2026-03-03', '2026-03-03T17:00:00-05:00', Date.UTC(2026, 2, 3)]) {
      const result = parseDocument(withNodes([output({ shipped })]));
      expect(result.errors, String(shipped)).to.deep.equal([]);
      expect(result.document?.nodes?.[0].shipped).to.equal(shipped);
    }
  });

  it('takes a shipped date after asOf (only check-ins are bound to it)', () => {
    expect(
      parseDocument(doc({ asOf: '2026-06-30', nodes: [output({ shipped: '2026-07-01' })] })).errors,
    ).to.deep.equal([]);
  });

  it('reports a shipped value that is not a date', () => {
    for (const [shipped, found, note] of [
      ['soon', '"soon"', ''],
      ['2026-02-30', '"2026-02-30"', ' (no such calendar day)'],
      [true, 'true', ''],
      [null, 'null', ''],
    ] as const) {
      expect(parseDocument(withNodes([output({ shipped })])).errors).to.deep.equal([
        err('nodes[0].shipped', `expected ${DATE}, got ${found}${note}`),
      ]);
    }
  });

  it('takes no shipped date on a goal or an outcome, naming the type', () => {
    const result = parseDocument(
      withNodes([
        { id: 'g', type: 'goal', title: 'G', shipped: '2026-03-03' },
        { id: 'o', type: 'outcome', title: 'O', shipped: 'soon' },
      ]),
    );
    expect(result.errors).to.deep.equal([
      err('nodes[0].shipped', 'expected no shipped date on a goal (only outputs ship), got "2026-03-03"'),
      err('nodes[1].shipped', 'expected no shipped date on an outcome (only outputs ship), got "soon"'),
    ]);
    expect(result.rejectedNodes.map((p) => p.id)).to.deep.equal(['g', 'o']);
  });

  it('checks only the date when the type itself is wrong or missing', () => {
    expect(
      parseDocument(withNodes([{ id: 'x', type: 'task', title: 'X', shipped: '2026-03-03' }])).errors,
    ).to.deep.equal([err('nodes[0].type', 'expected "goal", "outcome" or "output", got "task"')]);
    expect(parseDocument(withNodes([{ id: 'x', title: 'X', shipped: 'soon' }])).errors).to.deep.equal([
      err('nodes[0].type', 'expected "goal", "outcome" or "output", got nothing'),
      err('nodes[0].shipped', `expected ${DATE}, got "soon"`),
    ]);
  });
});
