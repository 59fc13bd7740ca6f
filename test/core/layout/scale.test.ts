import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clamp01, linear, niceTicks, round } from '../../../src/core/layout/scale.js';

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

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten across the range', () => {
    assert.deepEqual(niceTicks(0, 210, 4), [0, 100, 200]);
    assert.deepEqual(niceTicks(0, 1, 4), [0, 0.5, 1]);
    assert.deepEqual(niceTicks(-20, 20, 4), [-20, -10, 0, 10, 20]);
  });

  it('writes no floating-point noise', () => {
    assert.deepEqual(niceTicks(0, 0.3, 3), [0, 0.1, 0.2, 0.3]);
  });
});
