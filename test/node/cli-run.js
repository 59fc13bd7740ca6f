// Running the built `outcome-kit` CLI as a user would, for the CLI tests: a child process on
// real files.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const bin = fileURLToPath(new URL('../../bin/outcome-kit.js', import.meta.url));

/** The path of a file in `fixtures/`. */
export const fixture = (name) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));

/**
 * Runs the CLI and returns its exit code and output, whatever the code. A last argument
 * `{ input }` is written to its standard input.
 */
export function cli(...args) {
  const last = args.at(-1);
  const input = typeof last === 'object' ? args.pop().input : '';
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}
