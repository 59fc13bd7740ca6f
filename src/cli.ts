import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { parseDocument } from './core/parse/index.js';
import { reviewSince } from './core/review.js';
import { reviewOptions } from './cli/args.js';
import { WIDGETS } from './embed/config.js';
import { defaultWindow, reviewJson, reviewMarkdown, sinceProblem } from './cli/review.js';

const REVIEW_USAGE = `Usage: outcome-kit review <file.json> [--since DATE] [--format markdown|json]`;

const REVIEW_HELP = `review     Prints what changed since a date as Markdown, to paste into a Confluence or Notion
           page or a chat: a heading per goal, a line per outcome with its status, progress and
           change, the new check-ins, the outputs shipped with what moved since, the flags.
           --since DATE   start of the window, YYYY-MM-DD (default: the document's checkInEvery
                          days before its asOf or today, else 30 days)
           --format json  the same review as data (default: markdown)`;

const USAGE = `Usage: outcome-kit validate <file.json | directory | ->... [--format text|json]
       outcome-kit embed-url <file.json | -> [name=value]...
       outcome-kit review <file.json | -> [--since DATE] [--format markdown|json]
       outcome-kit --version

validate   Checks outcome-kit documents with the same rules as the elements. A directory is
           searched for *.json files; - reads standard input. Prints one "file: path: message"
           line per problem, or with --format json one JSON report for CI.
embed-url  Prints the address part to append to dist/embed.html for a Notion or Confluence
           embed that carries the whole document in its hash (which never reaches a server),
           e.g. widget=kpi-trend metric=nps theme=dark.
${REVIEW_HELP}

Exit codes: 0 every document is valid, 1 a document has problems or cannot be read, 2 usage.
Each command takes --help.`;

const VALIDATE_USAGE = `Usage: outcome-kit validate <file.json | directory | ->... [--format text|json]`;
const EMBED_USAGE = `Usage: outcome-kit embed-url <file.json | -> [name=value]...`;
const COMMANDS = ['validate', 'embed-url', 'review'];

/** Output streams, so tests can capture what the CLI prints. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * Runs the command line and returns the exit code: 0 when every file is valid, 1 when any file
 * has problems or cannot be read, 2 for a usage error (an unknown command or option, a bad
 * `--since`, a `name=value` that is not one). Never throws: anything unexpected is one line.
 */
export async function main(args: string[], io: Io = consoleIo): Promise<number> {
  try {
    return await command(args, io);
  } catch (error) {
    io.err(`outcome-kit: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function command(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    // dist/cli.js (and src/cli.ts) sit one folder below package.json. Not `new URL(…, import.meta.url)`,
    // which the build would turn into an asset.
    const pkg = JSON.parse(
      await readFile(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8'),
    );
    io.out(String(pkg.version));
    return 0;
  }
  if (name === 'validate') return validate(rest, io);
  if (name === 'embed-url') return embedUrl(rest, io);
  if (name === 'review') return review(rest, io);
  if (name === undefined) {
    io.err(USAGE);
    return 2;
  }
  io.err(`outcome-kit: unknown command '${name}'. Commands: ${COMMANDS.join(', ')}. See outcome-kit --help`);
  return 2;
}

/** A usage problem of a command: what is wrong, then how the command is used; exit 2. */
function usage(command: string, problem: string, line: string, io: Io): number {
  io.err(`outcome-kit ${command}: ${problem}`);
  io.err(line);
  return 2;
}

/** Standard input, read to its end. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A file's text (`-`: standard input), or why it cannot be read, in words. */
async function readText(file: string): Promise<{ text: string } | { problem: string }> {
  if (file === '-') return { text: await readStdin() };
  try {
    return { text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : 'cannot read the file';
    return { problem };
  }
}

/** The documents named: files as given, directories searched for `*.json`, `-` for stdin. */
async function expand(paths: string[]): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = (await readdir(path, { recursive: true }))
      .filter((name) => name.endsWith('.json') && !name.split(sep).includes('node_modules'))
      .sort()
      .map((name) => join(path, name));
    if (found.length) files.push(...found);
    else empty.push(path);
  }
  return { files, empty };
}

/** `validate <file | directory | ->... [--format text|json]`. */
async function validate(args: string[], io: Io): Promise<number> {
  const paths: string[] = [];
  let format = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      io.out(VALIDATE_USAGE);
      return 0;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag !== '--format') return usage('validate', `unknown option ${flag}`, VALIDATE_USAGE, io);
    const value = inline ?? args[++i];
    if (value !== 'text' && value !== 'json') {
      return usage('validate', `--format ${value ?? ''}: expected text or json`, VALIDATE_USAGE, io);
    }
    format = value;
  }
  if (paths.length === 0) return usage('validate', 'no file given', VALIDATE_USAGE, io);
  const { files, empty } = await expand(paths);
  const report: { file: string; valid: boolean; problems: { path: string; message: string }[] }[] = [];
  for (const dir of empty)
    report.push({
      file: dir,
      valid: false,
      problems: [{ path: '', message: 'no .json file in this directory' }],
    });
  for (const file of files) {
    const read = await readText(file);
    const problems =
      'problem' in read
        ? [{ path: '', message: read.problem }]
        : parseDocument(read.text).errors.map(({ path, message }) => ({ path, message }));
    report.push({ file, valid: problems.length === 0, problems });
  }
  const failed = report.filter((r) => !r.valid).length;
  const total = report.length;
  if (format === 'json') {
    io.out(JSON.stringify({ files: report, valid: total - failed, invalid: failed }, null, 2));
    return failed ? 1 : 0;
  }
  for (const { file, problems } of report)
    for (const { path, message } of problems) io.out(`${file}: ${path || 'document'}: ${message}`);
  io.err(
    failed
      ? `${failed} of ${total} ${total === 1 ? 'file has' : 'files have'} problems`
      : `${total} ${total === 1 ? 'file is' : 'files are'} valid`,
  );
  return failed ? 1 : 0;
}

/**
 * `embed-url <file | -> [name=value]...`: `?name=value…#doc=` + base64url(deflate-raw(JSON)), the
 * form dist/embed.html reads. Refuses a document with problems, listing them as `validate` does,
 * a pair that is not `name=value`, and a widget the embed page does not show.
 */
async function embedUrl(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(EMBED_USAGE);
    return 0;
  }
  const [file, ...pairs] = args;
  if (file === undefined) return usage('embed-url', 'no file given', EMBED_USAGE, io);
  const query = new URLSearchParams();
  for (const pair of pairs) {
    const match = /^([a-z][a-z0-9-]*)=(.*)$/is.exec(pair);
    if (!match) return usage('embed-url', `'${pair}' is not name=value (like metric=nps)`, EMBED_USAGE, io);
    const [, name, value] = match;
    if (name === 'widget' && !(WIDGETS as readonly string[]).includes(value)) {
      return usage(
        'embed-url',
        `unknown widget '${value}': expected one of ${WIDGETS.join(', ')}`,
        EMBED_USAGE,
        io,
      );
    }
    query.append(name, value);
  }
  const read = await readText(file);
  if ('problem' in read) {
    io.err(`${file}: ${read.problem}`);
    return 1;
  }
  const { errors } = parseDocument(read.text);
  if (errors.length) {
    for (const { path, message } of errors) io.out(`${file}: ${path || 'document'}: ${message}`);
    return 1;
  }
  const compact = JSON.stringify(JSON.parse(read.text));
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
  const read = await readText(file);
  if ('problem' in read) {
    io.err(`${file}: ${read.problem}`);
    return 1;
  }
  const { document, errors } = parseDocument(read.text);
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
const usageError = (problem: string, io: Io): number => usage('review', problem, REVIEW_USAGE, io);
