// Running the built `outcome-kit` CLI as a user would, for the CLI tests: a child process on
// real files.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../bin/outcome-kit.js', import.meta.url));

/** The path of a file in `fixtures/`. */
export const fixture = (name) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/** Runs the CLI and returns its exit code and output, whatever the code. */
export async function cli(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}
