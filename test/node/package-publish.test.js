// The package as npm would publish it: what the tarball holds, the metadata a registry page and a
// bundler read, and the two linters users run on it (publint, Are the Types Wrong?).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** @type {{ filename: string, files: { path: string }[] }} */
let packed;
let tarball = '';

before(async () => {
  // --ignore-scripts: dist/ is built by the test run already; prepack would build it again.
  const into = mkdtempSync(join(tmpdir(), 'outcome-kit-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], {
    cwd: root,
  });
  [packed] = JSON.parse(stdout);
  tarball = join(into, packed.filename);
});

const has = (path) => packed.files.some((f) => f.path === path);
/** A `sideEffects` or `exports` pattern (`./dist/cdn/*.js`) as a test on packed paths. */
const matcher = (pattern) =>
  new RegExp(`^${pattern.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);

describe('the published package', () => {
  it('holds the licence, the build, the schema and the manifest, and no source', () => {
    for (const path of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/index.js'])
      assert.ok(has(path), path);
    assert.ok(has('schema/outcome-kit.schema.json'));
    assert.ok(has('dist/cdn/kpi-trend.js'), 'the CDN build');
    assert.equal(packed.files.filter((f) => f.path.startsWith('src/')).length, 0, 'no src/ in the package');
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.equal(pkg.license, 'MIT');
  });

  it('names where it lives, and builds on prepack, never on install', () => {
    assert.match(pkg.repository.url, /^git\+https:\/\//);
    assert.ok(pkg.homepage && pkg.bugs?.url);
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      assert.equal(pkg.scripts[hook], undefined, `scripts.${hook} would run on a user's install`);
    assert.equal(pkg.scripts.prepack, 'npm run build');
  });

  it('lists only shipped files as having side effects, each of which is in the package', () => {
    // The ./src entries serve the repository's own Storybook and dev builds; src/ is not shipped.
    for (const pattern of pkg.sideEffects.filter((p) => !p.startsWith('./src/'))) {
      assert.ok(pattern.startsWith('./dist/'), `${pattern} is not a shipped file`);
      assert.ok(
        packed.files.some((f) => matcher(pattern).test(f.path)),
        `${pattern} matches nothing in the package`,
      );
    }
  });

  it('gives every JavaScript export its types, and every export a file that exists', () => {
    for (const [name, target] of Object.entries(pkg.exports)) {
      if (name.endsWith('.json')) {
        assert.ok(has(String(target).replace(/^\.\//, '')), name);
        continue;
      }
      const { types, default: code } = typeof target === 'string' ? { default: target } : target;
      if (name === './cdn/*.js') continue; // self-contained browser files, typed by the element entries
      assert.ok(types, `${name} has no types`);
      assert.ok(
        packed.files.some((f) => matcher(types).test(f.path)),
        `${name}: ${types} is not in the package`,
      );
      assert.ok(
        packed.files.some((f) => matcher(code).test(f.path)),
        `${name}: ${code} is not in the package`,
      );
    }
  });

  it('ships a manifest of modules that are in the package, with every default and definition', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const modules = manifest.modules.map((m) => m.path);
    for (const path of modules)
      assert.ok(has(path), `custom-elements.json names ${path}, not in the package`);
    const references = JSON.stringify(manifest).match(/"module":"[^"]*"/g) ?? [];
    for (const ref of references) assert.ok(modules.includes(JSON.parse(`{${ref}}`).module), ref);
    const elements = manifest.modules.flatMap((m) => m.declarations).filter((d) => d.customElement);
    assert.deepEqual(elements.map((e) => e.tagName).sort(), [
      'kpi-trend',
      'outcome-dashboard',
      'outcome-tree',
      'output-vs-outcome',
    ]);
    const definitions = manifest.modules
      .flatMap((m) => m.exports)
      .filter((e) => e.kind === 'custom-element-definition');
    for (const d of definitions) assert.match(d.name, /^[a-z]+(-[a-z]+)+$/, `definition named ${d.name}`);
    for (const element of elements) {
      const own = definitions.find((d) => d.name === element.tagName);
      assert.equal(own?.declaration.module, `dist/${element.tagName}.js`, element.tagName);
      for (const prop of element.cssProperties ?? [])
        assert.ok(prop.default, `${element.tagName} ${prop.name} has no default`);
      for (const event of element.events ?? [])
        assert.notEqual(event.type?.text ?? 'CustomEvent', 'CustomEvent', `${element.tagName} ${event.name}`);
    }
  });

  it('agrees with the README on the Node version', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const version = /^>=(\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
    assert.ok(version, `engines.node is ${pkg.engines.node}`);
    assert.ok(readme.includes(`Node ${version} or newer`), `README names Node ${version}`);
  });

  it('is clean for publint', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const bytes = readFileSync(tarball);
    const archive = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const { messages } = await publint({ strict: true, pack: { tarball: archive } });
    assert.deepEqual(
      messages.map((m) => formatMessage(m, pkg)),
      [],
    );
  });

  it('is clean for Are the Types Wrong? as an ESM-only package', async () => {
    const result = await run('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'json'], {
      cwd: root,
    }).catch((error) => error);
    const report = JSON.parse(result.stdout);
    const problems = Object.values(report.analysis?.problems ?? {}).flat();
    const kinds = [...new Set(problems.map((p) => `${p.kind} (${p.entrypoint}, ${p.resolutionKind})`))];
    const esm = kinds.filter((k) => !/node10|node16-cjs/.test(k));
    assert.deepEqual(esm, [], 'problems for ESM resolution');
    assert.equal(result.code ?? 0, 0, result.stderr);
  });
});
