// The layering rules of eslint.config.js fail where they should: imports point one way
// (elements -> data -> core), no element folder imports another, and events leave through emit().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The messages ESLint gives for `code` as if it were the file at `filePath`. */
async function problems(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.message);
}

const cases = [
  [
    'src/core/probe.ts',
    "import { SourceController } from '../data/source-controller.js';",
    /core is DOM-free/,
  ],
  ['src/core/probe.ts', "import { KpiTrend } from '../elements/kpi-trend/kpi-trend.js';", /core is DOM-free/],
  ['src/core/probe.ts', "import { html } from 'lit';", /core is DOM-free/],
  [
    'src/data/probe.ts',
    "import { KpiTrend } from '../elements/kpi-trend/kpi-trend.js';",
    /data never imports elements/,
  ],
  [
    'src/elements/outcome-tree/probe.ts',
    "import { KPI_WORDS } from '../kpi-trend/kpi-trend.text.js';",
    /never imports another element folder/,
  ],
  [
    'src/elements/outcome-tree/probe.ts',
    "import { KPI_WORDS } from '../../elements/kpi-trend/kpi-trend.text.js';",
    /never imports another element folder/,
  ],
  ['src/elements/kpi-trend/probe.ts', "new CustomEvent('outcome-select');", /emit\(\)/],
  ['src/data/probe.ts', "new CustomEvent('outcome-load');", /emit\(\)/],
];

for (const [filePath, code, expected] of cases) {
  test(`${filePath}: «${code}» is refused`, async () => {
    const messages = await problems(filePath, `${code}\nexport {};\n`);
    assert.ok(
      messages.some((m) => expected.test(m)),
      `expected a message matching ${expected}, got ${JSON.stringify(messages)}`,
    );
  });
}

test('imports that follow the layers pass', async () => {
  const allowed = [
    ['src/elements/outcome-tree/probe.ts', "import { signedChange } from '../internal/shared.text.js';"],
    ['src/elements/kpi-trend/probe.ts', "import { summarizeMetric } from '../../core/summary.js';"],
    ['src/data/probe.ts', "import { parseDocument } from '../core/index.js';"],
  ];
  for (const [filePath, code] of allowed) {
    const messages = await problems(
      filePath,
      `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)[1]}];\n`,
    );
    assert.deepEqual(messages, [], `${filePath}: ${code}`);
  }
});
