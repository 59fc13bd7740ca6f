/**
 * The arguments of `outcome-kit review <file.json> [--since DATE] [--format markdown|json]`, read
 * strictly: an unknown flag, a missing or repeated value, a second file or a date that is not one
 * is a problem with a message saying which, never silently ignored.
 */
import { checkDate } from '../core/dates.js';

/** The formats `review` prints. */
export const REVIEW_FORMATS = ['markdown', 'json'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

/** What `review` was asked for. */
export interface ReviewOptions {
  file: string;
  /** A document date: `YYYY-MM-DD` or an ISO date-time with an offset. */
  since?: string;
  format: ReviewFormat;
  help: boolean;
}

/** The options, or the first problem found in the arguments. */
export function reviewOptions(args: string[]): ReviewOptions | { problem: string } {
  const values: { since?: string; format?: string } = {};
  const files: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const [flag, inlineValue] = arg.split(/=(.*)/s, 2);
    if (flag !== '--since' && flag !== '--format') return { problem: `unknown option ${flag}` };
    const name = flag.slice(2) as 'since' | 'format';
    const value = inlineValue ?? (args[i + 1]?.startsWith('--') ? undefined : args[++i]);
    if (value === undefined || value === '') return { problem: `${flag} needs a value` };
    if (values[name] !== undefined) return { problem: `${flag} is given twice` };
    values[name] = value;
  }
  if (help) return { file: '', format: 'markdown', help };
  if (files.length === 0) return { problem: 'no file given: name one outcome-kit document' };
  if (files.length > 1) return { problem: `one file at a time, got ${files.length}: ${files.join(', ')}` };
  const format = values.format ?? 'markdown';
  if (!(REVIEW_FORMATS as readonly string[]).includes(format)) {
    return { problem: `--format ${format}: expected markdown or json` };
  }
  if (values.since !== undefined) {
    const check = checkDate(values.since);
    if ('problem' in check) {
      return {
        problem: `--since ${values.since}: ${check.problem}; expected a date YYYY-MM-DD or an ISO date-time with an offset`,
      };
    }
  }
  return { file: files[0], since: values.since, format: format as ReviewFormat, help };
}
