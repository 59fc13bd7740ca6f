// The React 19 and Vue 3 example apps (demo/react, demo/vue) as their developers would use the
// package: they type-check with the shipped types and no declaration of their own (Vue with
// strictTemplates), mistakes fail the check, and the built apps render and receive outcome-select.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openStrict, startStrictPages } from './strict-page.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a tool from node_modules/.bin; resolves with its exit code and output, never rejects. */
async function tool(name, args) {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin', name), args, { cwd: root });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    return { code: error.code ?? 1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

/** A tsconfig that checks only `file`, with the settings of `app`'s own tsconfig. */
function configFor(app, file) {
  const dir = mkdtempSync(join(tmpdir(), 'outcome-kit-types-'));
  const path = join(dir, 'tsconfig.json');
  writeFileSync(
    path,
    JSON.stringify({ extends: join(root, app, 'tsconfig.json'), include: [join(root, file)] }),
  );
  return path;
}

/** The lines of `file` that the checker reported an error on. */
const errorLines = (output, file) =>
  [...output.matchAll(new RegExp(`${file.replace(/[.]/g, '\\.')}\\((\\d+),\\d+\\): error TS`, 'g'))].map(
    (m) => Number(m[1]),
  );

/** Each framework's app, its checker, and a file of mistakes with the lines that must fail. */
const FRAMEWORKS = [
  {
    name: 'React 19',
    app: 'demo/react',
    checker: 'tsc',
    mistakes: 'test/node/framework-types/react-errors.tsx',
    failing: [5, 6, 7, 8],
  },
  {
    name: 'Vue 3 (strictTemplates)',
    app: 'demo/vue',
    checker: 'vue-tsc',
    mistakes: 'test/node/framework-types/VueErrors.vue',
    failing: [8, 9, 10, 11],
  },
];

describe('framework types', () => {
  for (const { name, app, checker, mistakes, failing } of FRAMEWORKS) {
    it(`the ${name} app type-checks with the shipped types and no declaration of its own`, async () => {
      const { code, output } = await tool(checker, ['-p', `${app}/tsconfig.json`]);
      assert.equal(code, 0, output);
    });

    it(`${name}: a wrong property type, an unknown property, a wrong handler and a read-only property each fail`, async () => {
      const { code, output } = await tool(checker, ['-p', configFor(app, mistakes)]);
      assert.notEqual(code, 0);
      assert.deepEqual([...new Set(errorLines(output, mistakes))], failing, output);
    });
  }
});

describe('framework apps in the browser', () => {
  /** @type {Awaited<ReturnType<typeof startStrictPages>>} */
  let pages;
  before(async () => {
    for (const app of ['react', 'vue']) {
      const { code, output } = await tool('vite', ['build', `demo/${app}`, '--logLevel', 'error']);
      assert.equal(code, 0, output);
    }
    pages = await startStrictPages((path) => {
      const [, app, ...rest] = path.split('/');
      if (!['react', 'vue'].includes(app)) return undefined;
      return join(root, 'demo', app, 'dist', rest.join('/') || 'index.html');
    });
  });
  after(() => pages?.close());

  for (const app of ['react', 'vue']) {
    it(`${app}: the card and the tree render from the app's data, and a chosen node reaches the app`, async () => {
      const { tab, problems } = await openStrict(pages.browser, `${pages.origin}/${app}/`);
      await tab.waitForFunction(() =>
        document.querySelector('kpi-trend')?.shadowRoot?.querySelector('[part="value"]'),
      );
      const value = await tab.$eval(
        'kpi-trend',
        (el) => el.shadowRoot?.querySelector('[part="value"]')?.textContent,
      );
      assert.match(value ?? '', /45/);
      // `data` arrived as a property, not as the attribute "[object Object]".
      assert.equal(await tab.$eval('kpi-trend', (el) => el.getAttribute('data')), null);
      await tab.waitForFunction(() =>
        document.querySelector('outcome-tree')?.shadowRoot?.querySelector('[role="treeitem"]'),
      );
      await tab.evaluate(() =>
        /** @type {HTMLElement} */ (
          document.querySelector('outcome-tree')?.shadowRoot?.querySelector('[role="treeitem"] .label')
        )?.click(),
      );
      await tab.waitForFunction(
        () => !document.querySelector('#chosen')?.textContent?.includes('nothing yet'),
      );
      assert.match(await tab.$eval('#chosen', (el) => el.textContent ?? ''), /^Chosen: node \S+/);
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }
});
