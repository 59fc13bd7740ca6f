// The built package as an app's bundler sees it: each public entry, imported by its package name,
// must keep the `define` of its tags after tree-shaking, and the core must stay free of the DOM.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const app = mkdtempSync(join(tmpdir(), 'outcome-kit-app-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(root, join(app, 'node_modules', 'outcome-kit'), 'dir');

/** Bundles one line of app code, tree-shaken (not minified, so names stay readable), and returns it. */
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: app, loader: 'js' },
    absWorkingDir: app,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const TAGS = ['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome'];
const defines = (text, tag) => text.includes(`define("${tag}",`) && text.includes('customElements.define(');

describe('package entries after tree-shaking', () => {
  for (const tag of TAGS) {
    it(`import 'outcome-kit/${tag}.js' defines <${tag}> and nothing else`, async () => {
      const text = await bundle(`import 'outcome-kit/${tag}.js';`);
      assert.ok(defines(text, tag), `no define of ${tag} in the bundle`);
      for (const other of TAGS.filter((t) => t !== tag)) {
        assert.ok(!defines(text, other), `${other} should not be defined`);
      }
    });
  }

  it("import 'outcome-kit' defines every element", async () => {
    const text = await bundle(`import 'outcome-kit';`);
    for (const tag of TAGS) assert.ok(defines(text, tag), tag);
  });

  it("import { parseDocument } from 'outcome-kit/core' brings no element and no Lit", async () => {
    const text = await bundle(
      `import { parseDocument } from 'outcome-kit/core'; console.log(parseDocument);`,
    );
    assert.ok(!text.includes('customElements'), 'no custom element code');
    assert.ok(!text.includes('lit-html'), 'no Lit');
  });
});
