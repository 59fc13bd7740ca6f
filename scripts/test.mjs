// @ts-check
// `npm test`: every check the project has, in order, each run even when an earlier one failed,
// then one closing line `N passed, N failed` summed over every runner. Each test runner counts its
// own tests; each other check (manifest, types, lint, build) counts as one.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

/**
 * @typedef {{ name: string, command: string, args: string[], count?: (output: string) => Count | undefined, needs?: string }} Step
 * @typedef {{ passed: number, failed: number }} Count
 */

/** @param {RegExp} re @returns {(output: string) => Count | undefined} */
const lastMatch = (re) => (output) => {
  const matches = [...output.matchAll(re)];
  const last = matches.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
};

/** Node's test runner ends with `# pass N` and `# fail N` (or `ℹ pass N` with the spec reporter). */
const nodeCount = (/** @type {string} */ output) => {
  const pass = [...output.matchAll(/^(?:#|ℹ) pass (\d+)$/gm)].at(-1);
  const fail = [...output.matchAll(/^(?:#|ℹ) fail (\d+)$/gm)].at(-1);
  return pass && fail ? { passed: Number(pass[1]), failed: Number(fail[1]) } : undefined;
};

/** The layout tests, run in Node: Node 20's `--test` takes no globs, so they are listed here. */
const layoutTests = readdirSync('test/core/layout')
  .filter((file) => file.endsWith('.test.ts'))
  .sort()
  .map((file) => `test/core/layout/${file}`);

/** @type {Step[]} */
const steps = [
  { name: 'manifest is up to date', command: 'node', args: ['scripts/check-manifest.js'] },
  { name: 'type-check', command: 'npx', args: ['tsc', '-p', 'tsconfig.json'] },
  { name: 'type-check (Node code)', command: 'npx', args: ['tsc', '-p', 'tsconfig.node.json'] },
  { name: 'eslint', command: 'npx', args: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'prettier', command: 'npx', args: ['prettier', '--check', '.'] },
  {
    // no-missing-import is off: the dashboard's default layout names the widget tags without
    // importing them (it uses the elements the page defined, so its own entry stays small).
    name: 'lit-analyzer',
    command: 'npx',
    args: [
      'lit-analyzer',
      'src',
      '--strict',
      '--rules.no-invalid-css',
      'off',
      '--rules.no-missing-import',
      'off',
    ],
  },
  {
    name: 'layout tests (Node)',
    command: 'node',
    args: ['--import', 'tsx', '--test', '--test-reporter=tap', ...layoutTests],
    count: nodeCount,
  },
  {
    name: 'translation tests (Node)',
    command: 'node',
    args: ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/translations/translations.test.ts'],
    count: nodeCount,
  },
  {
    name: 'browser tests',
    command: 'npx',
    args: ['web-test-runner'],
    count: lastMatch(/(\d+) passed, (\d+) failed/g),
  },
  { name: 'build', command: 'npm', args: ['run', 'build', '--silent'] },
  {
    name: 'node tests',
    command: 'node',
    args: ['--test', '--test-reporter=tap', 'test/node/'],
    count: nodeCount,
    needs: 'build',
  },
  { name: 'storybook build', command: 'npm', args: ['run', 'build-storybook', '--silent'] },
  {
    name: 'story sweep',
    command: 'node',
    args: ['scripts/story-sweep.mjs'],
    count: lastMatch(/story sweep: (\d+) passed, (\d+) failed/g),
    needs: 'storybook build',
  },
];

/** @param {Step} step @returns {Promise<{ code: number, output: string }>} */
function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    const take = (/** @type {NodeJS.WriteStream} */ stream) => (/** @type {Buffer} */ chunk) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
  });
}

const total = { passed: 0, failed: 0 };
/** @type {string[]} */
const failedSteps = [];
const started = Date.now();

for (const step of steps) {
  if (step.needs && failedSteps.includes(step.needs)) {
    console.log(`\n=== ${step.name}: not run, because "${step.needs}" failed`);
    total.failed += 1;
    failedSteps.push(step.name);
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const t0 = Date.now();
  const { code, output } = await run(step);
  const counted = step.count?.(output);
  const count = counted ?? (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
  // A runner that exits non-zero with no failed test still failed (it crashed or found nothing).
  if (code !== 0 && count.failed === 0) count.failed = 1;
  total.passed += count.passed;
  total.failed += count.failed;
  if (code !== 0) failedSteps.push(step.name);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(
    `=== ${step.name}: ${code === 0 ? 'ok' : 'FAILED'} (${count.passed} passed, ${count.failed} failed, ${seconds}s)`,
  );
}

console.log(`\nAll checks took ${((Date.now() - started) / 1000).toFixed(0)}s.`);
if (failedSteps.length) console.log(`Failed: ${failedSteps.join(', ')}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
