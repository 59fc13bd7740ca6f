// Material Web's token tests, for outcome-kit: every private `--_*` token an element's styles read
// is defined (in its styles, the shared tokens, or set from its templates through cssProps), every
// private token an element defines is read, and every public `--outcome-<tag>-*` token its styles
// read is documented with @cssprop (and every documented one is read).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const names = (text, re) => new Set([...text.matchAll(re)].map((m) => m[1]));

/** `--_name: …` declarations in CSS, and `'--_name': …` keys set on elements by cssProps. */
const DEFINED = /(?:^|[\s{;'"])(--_[a-z0-9-]+)['"]?\s*:/g;
/** `var(--_name` reads. */
const READ = /var\(\s*(--_[a-z0-9-]+)/g;

const shared = read('src/styles/tokens.ts');
const internal = readdirSync(new URL('src/elements/internal/', root))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`src/elements/internal/${f}`))
  .join('\n');
const elements = readdirSync(new URL('src/elements/', root), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'internal')
  .map((d) => d.name);

/** An element's files: its styles, and everything else in its folder (templates, controllers). */
function elementSources(tag) {
  const dir = `src/elements/${tag}/`;
  const files = readdirSync(new URL(dir, root)).filter((f) => f.endsWith('.ts'));
  const styles = files
    .filter((f) => f.endsWith('.styles.ts'))
    .map((f) => read(dir + f))
    .join('\n');
  const code = files
    .filter((f) => !f.endsWith('.styles.ts'))
    .map((f) => read(dir + f))
    .join('\n');
  return { styles, code, main: read(`${dir}${tag}.ts`) };
}

for (const tag of elements) {
  const { styles, code, main } = elementSources(tag);
  const all = [shared, internal, styles, code].join('\n');

  test(`<${tag}>: every private token it reads is defined`, () => {
    const defined = names(all, DEFINED);
    const missing = [...names(styles, READ)].filter((t) => !defined.has(t));
    assert.deepEqual(missing, [], `read but defined nowhere: ${missing.join(', ')}`);
  });

  test(`<${tag}>: every private token it defines is read`, () => {
    const read_ = names([shared, styles].join('\n'), READ);
    const own = new Set([...names(styles, DEFINED), ...names(code, DEFINED)]);
    const unused = [...own].filter((t) => !read_.has(t));
    assert.deepEqual(unused, [], `defined but never read: ${unused.join(', ')}`);
  });

  test(`<${tag}>: its public --outcome-${tag.replace(/^outcome-/, '')}-* tokens are the documented ones`, () => {
    const prefix = `--outcome-${tag.replace(/^outcome-/, '')}-`;
    const re = new RegExp(`var\\(\\s*(${prefix}[a-z0-9-]+)`, 'g');
    const used = [...names(styles, re)].sort();
    const documented = [...names(main, new RegExp(`@cssprop \\[?(${prefix}[a-z0-9-]+)`, 'g'))].sort();
    assert.deepEqual(used, documented);
  });
}

test('every private token the shared styles define is read by some element', () => {
  const everything = [shared, internal, ...elements.map((t) => elementSources(t).styles)].join('\n');
  const readAnywhere = names(everything, READ);
  const unused = [...names(shared, DEFINED)].filter((t) => !readAnywhere.has(t));
  assert.deepEqual(unused, [], `defined in src/styles/tokens.ts but never read: ${unused.join(', ')}`);
});
