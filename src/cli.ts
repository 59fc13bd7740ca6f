import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { parseDocument } from './core/parse/index.js';
import { reviewSince } from './core/review.js';
import { reviewOptions } from './cli/args.js';
import { defaultWindow, reviewJson, reviewMarkdown, sinceProblem } from './cli/review.js';

const REVIEW_USAGE = `Usage: outcome-kit review <file.json> [--since DATE] [--format markdown|json]`;

const REVIEW_HELP = `review     Prints what changed since a date as Markdown, to paste into a Confluence or Notion
           page or a chat: a heading per goal, a line per outcome with its status, progress and
           change, the new check-ins, the outputs shipped with what moved since, the flags.
           --since DATE   start of the window, YYYY-MM-DD (default: the document's checkInEvery
                          days before its asOf or today, else 30 days)
           --format json  the same review as data (default: markdown)`;

const USAGE = `Usage: outcome-kit validate <file.json>...
       outcome-kit embed-url <file.json> [name=value]...
       outcome-kit review <file.json> [--since DATE] [--format markdown|json]

validate   Checks outcome-kit documents with the same rules as the elements.
           Prints one "file: path: message" line per problem; exits 1 when any file has problems.
embed-url  Prints the address part to append to dist/embed.html for a Notion or Confluence
           embed that carries the whole document in its hash (which never reaches a server),
           e.g. widget=kpi-trend metric=nps theme=dark.
${REVIEW_HELP}`;

/** Output streams, so tests can capture what the CLI prints. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * Runs the command line and returns the exit code: 0 when every file is valid, 1 when any file
 * has problems or cannot be read, 2 for a usage error (an unknown option, a bad `--since`).
 */
export async function main(args: string[], io: Io = consoleIo): Promise<number> {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command === 'embed-url' && files.length > 0) return embedUrl(files[0], files.slice(1), io);
  if (command === 'review') return review(files, io);
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

/**
 * `embed-url <file> [name=value]...`: `?name=value…#doc=` + base64url(deflate-raw(JSON)), the form
 * dist/embed.html reads. Refuses a document with problems, listing them as `validate` does.
 */
async function embedUrl(file: string, pairs: string[], io: Io): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.out(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  const { errors } = parseDocument(text);
  if (errors.length) {
    for (const { path, message } of errors) io.out(`${file}: ${path || 'document'}: ${message}`);
    return 1;
  }
  const query = new URLSearchParams(
    pairs.map((pair) => pair.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  const compact = JSON.stringify(JSON.parse(text));
  const doc = deflateRawSync(Buffer.from(compact)).toString('base64url');
  io.out(`${query.size ? `?${query}` : ''}#doc=${doc}`);
  return 0;
}

/**
 * `review <file> [--since DATE] [--format markdown|json]`: the review on stdout, ready to paste or
 * pipe. Problems go to stderr, so a redirected review never holds them: the document's problems
 * as `validate` prints them (exit 1), a usage problem with the usage line (exit 2).
 */
async function review(args: string[], io: Io): Promise<number> {
  const options = reviewOptions(args);
  if ('problem' in options) return usageError(options.problem, io);
  if (options.help) {
    io.out(`${REVIEW_USAGE}\n\n${REVIEW_HELP}`);
    return 0;
  }
  const { file } = options;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  const { document, errors } = parseDocument(text);
  if (errors.length || !document) {
    for (const { path, message } of errors) io.err(`${file}: ${path || 'document'}: ${message}`);
    return 1;
  }
  const since = options.since ?? defaultWindow(document).since;
  const late = sinceProblem(document, since);
  if (late) return usageError(`--since ${late}`, io);
  const result = reviewSince(document, since);
  io.out(
    options.format === 'json'
      ? JSON.stringify(reviewJson(document, result), null, 2)
      : reviewMarkdown(document, result),
  );
  return 0;
}

/** A usage problem of `review`: what is wrong, then how it is used; exit 2. */
function usageError(problem: string, io: Io): number {
  io.err(`outcome-kit review: ${problem}`);
  io.err(REVIEW_USAGE);
  return 2;
}
