/**
 * Snapshot assertions for the layout tests, after Observable Plot's `test/plot-snapshot.js`: a
 * layout's output, every number rounded to 0.1, compared with `snapshots/<name>.json`.
 *
 * A missing snapshot fails, as does a different one, with a line diff. Run with
 * `UPDATE_SNAPSHOTS=1` to write missing snapshots and rewrite changed ones; review them in
 * `git diff` before committing.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = new URL('./snapshots/', import.meta.url);
const update = process.env.UPDATE_SNAPSHOTS === '1';

/** Keys whose string values are SVG path data: the numbers inside them are rounded too. */
const PATH_KEYS = new Set(['line', 'area', 'path', 'links']);

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A copy with every number rounded to 0.1 (and -0 as 0), the numbers in path strings too, and
 * undefined properties left out, as JSON does. NaN and infinities become strings, so that a
 * snapshot shows them rather than `null`.
 */
export function rounded(value: unknown, key = ''): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? round(value) + 0 : String(value);
  if (typeof value === 'string' && PATH_KEYS.has(key))
    return value.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi, (n) => String(round(Number(n)) + 0));
  if (Array.isArray(value)) return Array.from(value, (v) => (v === undefined ? null : rounded(v, key)));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, rounded(v, k)]),
    );
  return value;
}

/**
 * JSON with two-space indents, where an array or object of plain values that fits in 140
 * characters stays on one line: one point, bar or card per line, so diffs read by the item.
 */
export function serialize(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Array.isArray(value)
    ? value.map((v) => ['', v] as const)
    : Object.entries(value).map(([k, v]) => [`${JSON.stringify(k)}: `, v] as const);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (!entries.length) return open + close;
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    const line = `${open}${entries.map(([k, v]) => k + JSON.stringify(v)).join(', ')}${close}`;
    if (indent.length + line.length <= 140) return line;
  }
  const inner = `${indent}  `;
  const lines = entries.map(([k, v]) => inner + k + serialize(v, inner));
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}

/**
 * The lines that differ, with two lines of context: `-` lines of the snapshot and `+` lines of the
 * new output, each with its line number in its own file.
 */
export function lineDiff(expected: string, actual: string, limit = 60): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence, from the end, so the walk below goes forward.
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: { sign: ' ' | '-' | '+'; line: string; at: number }[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ sign: ' ', line: a[i], at: ++j });
      i++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1]))
      ops.push({ sign: '-', line: a[i], at: ++i });
    else ops.push({ sign: '+', line: b[j], at: ++j });
  }
  const near = (k: number) => ops.slice(Math.max(0, k - 2), k + 3).some((o) => o.sign !== ' ');
  const out: string[] = [];
  let skipped = false;
  ops.forEach((o, k) => {
    if (!near(k)) return void (skipped = true);
    if (skipped && out.length) out.push('  …');
    skipped = false;
    out.push(`${o.sign} ${String(o.at).padStart(4)} | ${o.line}`);
  });
  if (out.length <= limit) return out.join('\n');
  return [...out.slice(0, limit), `  … ${out.length - limit} more lines`].join('\n');
}

/** Compares a layout's output with `snapshots/<name>.json` (see the module comment). */
export function assertSnapshot(name: string, value: unknown): void {
  const file = new URL(`${name}.json`, folder);
  const path = fileURLToPath(file);
  const actual = `${serialize(rounded(value))}\n`;
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (expected === actual) return;
  if (update) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (expected === undefined)
    assert.fail(`No snapshot ${path}.\nRun with UPDATE_SNAPSHOTS=1 to write it, then review and commit it.`);
  assert.fail(
    `Snapshot ${path} differs (- snapshot, + now):\n` +
      `${lineDiff(expected, actual)}\nIf the change is meant, run with UPDATE_SNAPSHOTS=1 and review the diff.`,
  );
}
