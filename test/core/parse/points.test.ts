/** src/core/parse/points.ts: the [date, value] points of a metric. */
import { expect } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { points } from '../../../src/core/parse/points.js';
import type { Issues } from '../../../src/core/parse/read.js';
import type { ParseResult } from '../../../src/core/schema.js';
import { DATE, err, withMetric } from './helpers.js';

describe('parseDocument: points', () => {
  const pointsOf = (points: unknown): ParseResult => parseDocument(withMetric({ points }));

  it('sorts points by time and keeps each date exactly as given', () => {
    const points = [
      [1769990400000, 3],
      ['2026-01-31', 1],
      ['2026-02-01T10:00:00+02:00', null],
      ['2026-02-01T12:00:00Z', 2],
    ];
    expect(pointsOf(points).document?.metrics[0].points).to.deep.equal([
      ['2026-01-31', 1],
      ['2026-02-01T10:00:00+02:00', null],
      ['2026-02-01T12:00:00Z', 2],
      [1769990400000, 3],
    ]);
  });

  it('accepts an empty list and a list of gaps', () => {
    expect(pointsOf([]).document?.metrics[0].points).to.deep.equal([]);
    expect(pointsOf([['2026-01-31', null]]).errors).to.deep.equal([]);
  });

  it('accepts the date forms: calendar day, date-time with offset, epoch milliseconds', () => {
    const dates = [
      '2024-02-29',
      '2026-01-31T10:00Z',
      '2026-01-31T10:00:01.5+05:30',
      '2026-01-31T10:00:02.123456789-03:00',
      0,
      -86400000,
      8.64e15,
    ];
    expect(pointsOf(dates.map((d, i) => [d, i])).errors).to.deep.equal([]);
  });

  it('rejects dates that are not real, lack an offset, or are not dates', () => {
    const cases: [unknown, string][] = [
      ['2026-13-01', '"2026-13-01" (no such calendar day)'],
      ['2026-02-30', '"2026-02-30" (no such calendar day)'],
      ['2025-02-29', '"2025-02-29" (no such calendar day)'],
      ['2026-01-31T24:00:00Z', '"2026-01-31T24:00:00Z" (no such time of day)'],
      ['2026-01-31T10:00:00+24:00', '"2026-01-31T10:00:00+24:00" (no such offset)'],
      ['2026-01-31T10:00:00', '"2026-01-31T10:00:00" (a date-time needs an offset: Z or ±hh:mm)'],
      ['2026-1-31', '"2026-1-31"'],
      ['31/01/2026', '"31/01/2026"'],
      ['2026-01-31t10:00:00z', '"2026-01-31t10:00:00z"'],
      [NaN, 'NaN (not a finite number)'],
      [Infinity, 'Infinity (not a finite number)'],
      [8.64e15 + 1, '8640000000000001 (beyond ±8.64e15 ms, the range of a Date)'],
      [null, 'null'],
      [true, 'true'],
    ];
    for (const [date, found] of cases) {
      expect(pointsOf([[date, 1]]).errors, String(date)).to.deep.equal([
        err('metrics[0].points[0][0]', `expected ${DATE}, got ${found}`),
      ]);
    }
  });

  it('takes values that are finite numbers or null', () => {
    for (const [value, found] of [
      ['abc', '"abc"'],
      [NaN, 'NaN'],
      [-Infinity, '-Infinity'],
      [undefined, 'nothing'],
      [{}, 'an object'],
      ['1', '"1"'],
    ] as const) {
      expect(pointsOf([['2026-01-31', value]]).errors, String(value)).to.deep.equal([
        err('metrics[0].points[0][1]', `expected a finite number or null, got ${found}`),
      ]);
    }
  });

  it('takes each point as a [date, value] pair', () => {
    expect(pointsOf([['2026-01-31'], ['2026-01-31', 1, 2], { date: '2026-01-31' }, 5]).errors).to.deep.equal([
      err('metrics[0].points[0]', 'expected a [date, value] pair, got an array of 1 item'),
      err('metrics[0].points[1]', 'expected a [date, value] pair, got an array of 3 items'),
      err('metrics[0].points[2]', 'expected a [date, value] pair, got an object'),
      err('metrics[0].points[3]', 'expected a [date, value] pair, got 5'),
    ]);
  });

  it('rejects two points at the same instant, whatever the date form', () => {
    const points = [
      ['2026-01-31', 1],
      ['2026-02-01', 2],
      ['2026-01-31T00:00:00Z', 3],
      [Date.UTC(2026, 1, 1), 4],
      ['2026-01-31T02:00:00+02:00', 5],
    ];
    expect(pointsOf(points).errors).to.deep.equal([
      err(
        'metrics[0].points[2][0]',
        'duplicate instant "2026-01-31T00:00:00Z" (also metrics[0].points[0][0]: "2026-01-31")',
      ),
      err(
        'metrics[0].points[3][0]',
        'duplicate instant 1769904000000 (also metrics[0].points[1][0]: "2026-02-01")',
      ),
      err(
        'metrics[0].points[4][0]',
        'duplicate instant "2026-01-31T02:00:00+02:00" (also metrics[0].points[0][0]: "2026-01-31")',
      ),
    ]);
  });

  it('catches a collision even when the first point has a bad value', () => {
    expect(
      pointsOf([
        ['2026-01-31', 'x'],
        ['2026-01-31', 1],
      ]).errors.map((e) => e.path),
    ).to.deep.equal(['metrics[0].points[0][1]', 'metrics[0].points[1][0]']);
  });

  it('requires points as an array', () => {
    expect(pointsOf(undefined).errors).to.deep.equal([
      err('metrics[0].points', 'expected an array of [date, value] points, got nothing'),
    ]);
    expect(pointsOf('2026-01-31').errors).to.deep.equal([
      err('metrics[0].points', 'expected an array of [date, value] points, got "2026-01-31"'),
    ]);
  });
});

describe('points: the normaliser on its own', () => {
  const check = (value: unknown) => {
    const issues: Issues = [];
    return { points: points(value, 'p', issues), issues };
  };

  it('returns new pairs, in time order, with paths under the path given', () => {
    const given = [
      ['2026-01-02', 2],
      ['2026-01-01', null],
    ];
    const { points: checked, issues } = check(given);
    expect(issues).to.deep.equal([]);
    expect(checked).to.deep.equal([
      ['2026-01-01', null],
      ['2026-01-02', 2],
    ]);
    expect(checked![1]).to.not.equal(given[0]);
    expect(check([['x', 1]]).issues).to.deep.equal([err('p[0][0]', `expected ${DATE}, got "x"`)]);
  });

  it('returns undefined when any point has a problem, and reports them all', () => {
    const { points: checked, issues } = check([['2026-01-01', 1], ['2026-01-01', 'x'], [5]]);
    expect(checked).to.equal(undefined);
    expect(issues.map((e) => e.path)).to.deep.equal(['p[1][1]', 'p[1][0]', 'p[2]']);
  });
});
