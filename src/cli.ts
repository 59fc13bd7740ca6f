import { readFile } from 'node:fs/promises';
import { parseDocument } from './core/parse.js';

const USAGE = `Usage: outcome-kit validate <file.json>...

Checks outcome-kit documents with the same rules as the elements.
Prints one "file: path: message" line per problem; exits 1 when any file has problems.`;

/** Output streams, so tests can capture what the CLI prints. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * Runs the command line and returns the exit code: 0 when every file is valid, 1 when any file
 * has problems or cannot be read, 2 for a usage error.
 */
export async function main(args: string[], io: Io = consoleIo): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command !== 'validate' || files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      io.out(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      failed++;
      continue;
    }
    const { errors } = parseDocument(text);
    for (const { path, message } of errors) io.out(`${file}: ${path || 'document'}: ${message}`);
    if (errors.length) failed++;
  }
  const total = files.length;
  io.err(
    failed
      ? `${failed} of ${total} ${total === 1 ? 'file has' : 'files have'} problems`
      : `${total} ${total === 1 ? 'file is' : 'files are'} valid`,
  );
  return failed ? 1 : 0;
}
