// @ts-check
// Fails when custom-elements.json is not what the analyzer makes of the current JSDoc.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory.
const out = join('node_modules', '.cache', 'cem-check');
try {
  execFileSync('npx', ['cem', 'analyze', '--outdir', out, '--quiet'], { stdio: 'inherit' });
  const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: reported below
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(out, { recursive: true, force: true });
}
