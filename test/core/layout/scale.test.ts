import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clamp01, linear, niceDomain, round, textEms } from '../../../src/core/layout/scale.js';

describe('round', () => {
  it('rounds to 0.1', () => {
    assert.equal(round(43.14), 43.1);
    assert.equal(round(43.15), 43.2);
    assert.equal(round(-2.26), -2.3);
  });
});

describe('linear', () => {
  it('maps the domain onto the range, reversed ranges too, rounded to 0.1', () => {
    const y = linear(0, 10, 46, 4);
    assert.deepEqual([y(0), y(5), y(10), y(2.5)], [46, 25, 4, 35.5]);
  });

  it('maps a zero-width domain to the middle of the range, never dividing by zero', () => {
    assert.equal(linear(3, 3, 0, 100)(3), 50);
    assert.equal(linear(3, 3, 0, 100)(7), 50);
  });
});

describe('clamp01', () => {
  it('holds values to [0, 1]', () => {
    assert.deepEqual([-0.5, 0, 0.25, 1, 1.5].map(clamp01), [0, 0, 0.25, 1, 1]);
  });
});

describe('niceDomain', () => {
  it('ends, with finite ticks, for values near the limits of a double (found by the element fuzzing)', () => {
    for (const [lo, hi] of [
      [4, 1.5e308],
      [-1.5e308, 1.5e308],
      [0, Infinity],
      [1e300, 1e300 + 1e285],
    ]) {
      const { lo: a, hi: b, ticks } = niceDomain(lo, hi, 4);
      assert.ok(ticks.length >= 3 && ticks.length <= 1001, `${ticks.length} ticks for ${lo}..${hi}`);
      assert.ok([a, b, ...ticks].every(Number.isFinite), `${ticks} for ${lo}..${hi}`);
      assert.ok(a <= Math.min(lo, Number.MAX_VALUE) && b >= Math.min(hi, Number.MAX_VALUE));
    }
  });

  it('widens the range to round numbers, with at least three ticks, the top one at or above the data', () => {
    assert.deepEqual(niceDomain(0, 210, 4), { lo: 0, hi: 300, ticks: [0, 100, 200, 300] });
    assert.deepEqual(niceDomain(0, 16, 3), { lo: 0, hi: 20, ticks: [0, 10, 20] });
    assert.deepEqual(niceDomain(31, 45, 4), { lo: 30, hi: 45, ticks: [30, 35, 40, 45] });
    for (const [lo, hi] of [
      [0, 1],
      [-20, 20],
      [0.02, 0.03],
      [7, 7],
      [0, 0],
    ]) {
      const d = niceDomain(lo, hi, 4);
      assert.ok(d.ticks.length >= 3, `${lo}..${hi}: ${d.ticks}`);
      assert.ok(d.lo <= lo && d.hi >= hi, `${lo}..${hi} inside ${d.lo}..${d.hi}`);
    }
  });

  it('writes no floating-point noise', () => {
    assert.deepEqual(niceDomain(0, 0.3, 3).ticks, [0, 0.1, 0.2, 0.3]);
  });
});

describe('textEms', () => {
  it('counts CJK a full em, separators a third, capitals wider than digits', () => {
    assert.equal(textEms('万'), 1);
    assert.equal(textEms('1,0'), 1.8, 'two digits and a comma');
    assert.ok(textEms('MM') > textEms('00'));
  });

  it('ranks the long compact figures of the example above its short ones', () => {
    const long = ['10,32 Mio. €', '€1031.98万', '١٠٫٣٢ مليون €'].map(textEms);
    for (const ems of long) assert.ok(ems > 6 && ems < 9, `${ems}`);
    assert.ok(textEms('45') < 1.5);
  });
});
