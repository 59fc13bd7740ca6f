/**
 * Words in the reader's language. Modelled on Shoelace's and Web Awesome's per-element localize
 * package (a registry of translations that merges a registration into the language it names and
 * re-renders every connected element), with what outcome-kit needs besides: the language is the
 * element's resolved locale (its `locale` attribute, the dashboard's, the document's, the nearest
 * `lang`, the browser's), matched by region, then language (`de-AT` → `de`), then another region
 * of the language (`pt` → `pt-BR`), and looked up key by key down to English; a shipped language
 * is loaded the first time an element needs it, so an app that shows English carries no other.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OutcomeTranslation, TermKey } from '../../translations/en.js';
import { inLocale } from '../../translations/plural.js';

/** A translation to register: a whole language, or some keys of one to override. */
export type TranslationInput = { $code: string; $name?: string; $dir?: 'ltr' | 'rtl' } & Partial<
  Omit<OutcomeTranslation, '$code' | '$name' | '$dir'>
>;

/** The parameters of a term's pattern (none for a plain string). */
export type TermArgs<K extends TermKey> = OutcomeTranslation[K] extends (...args: infer A) => string ? A : [];

/** Looks up a word in the resolved language: `t('status.met')`, `t('kpi.about', name)`. */
export type Term = <K extends TermKey>(key: K, ...args: TermArgs<K>) => string;

/**
 * Stands in for a placeholder that the template fills with markup (a `<time>`): the pattern
 * `t(key, SLOT)` is split at it, so the words around keep the language's order.
 */
export const SLOT = '\u{E000}';

/** The registered translations by lowercased code, each the merge of its registrations. */
const translations = new Map<string, Record<string, unknown>>();

/** Elements on the page, re-rendered when a translation is registered. */
const connected = new Set<ReactiveControllerHost>();

/** Counts registrations, so that words cached by an element can tell they are out of date. */
let revision = 0;

/** The shipped languages besides English, each its own module, loaded on first use. */
const SHIPPED: Record<string, () => Promise<{ default: OutcomeTranslation }>> = {
  de: () => import('../../translations/de.js'),
  fr: () => import('../../translations/fr.js'),
  es: () => import('../../translations/es.js'),
  'pt-br': () => import('../../translations/pt-BR.js'),
  ja: () => import('../../translations/ja.js'),
  'zh-cn': () => import('../../translations/zh-CN.js'),
  ar: () => import('../../translations/ar.js'),
};

/** Shipped languages asked for, each with its loading, which ends registered either way. */
const requested = new Map<string, Promise<void>>();

/**
 * Adds a language, or overrides some keys of one (`{ $code: 'en', 'status.met': 'Done' }`).
 * Elements already on the page re-render in it.
 */
export function registerTranslation(...list: TranslationInput[]): void {
  for (const t of list) {
    const code = t.$code.toLowerCase();
    translations.set(code, { ...translations.get(code), ...t });
  }
  revision++;
  for (const host of connected) host.requestUpdate();
}

/** The language and the region of a locale, lowercased: `['de', 'de-at']`. */
function codesOf(locale: string): [string, string] {
  const [language, ...rest] = locale.toLowerCase().split(/[-_]/);
  const region = rest.find((part) => part.length === 2 || /^\d{3}$/.test(part));
  return [language, region ? `${language}-${region}` : language];
}

/**
 * The code of `codes` that serves a locale: its region, its language, else (with `cousins`)
 * another region of its language.
 */
function match(locale: string, codes: Iterable<string>, cousins = true): string | undefined {
  const [language, regional] = codesOf(locale);
  const known = [...codes];
  const own = [regional, language].find((code) => known.includes(code));
  return own ?? (cousins ? known.find((c) => c.startsWith(`${language}-`)) : undefined);
}

/**
 * Text put into a right-to-left sentence, isolated (U+2068 … U+2069, as Fluent does), so that a
 * name in Latin script and the figure beside it keep their order: `Monthly logo churn -٣٣٪`.
 */
const isolate = (arg: unknown): unknown =>
  typeof arg === 'string' && arg && arg !== SLOT ? `\u2068${arg}\u2069` : arg;

/** A word in a locale: from its best match, else from the match's language, else from English. */
function lookup(locale: string, key: TermKey, args: unknown[]): string {
  const code = match(locale, translations.keys()) ?? 'en';
  const value = [code, codesOf(code)[0], 'en']
    .map((c) => translations.get(c)?.[key])
    .find((v) => v !== undefined);
  if (typeof value === 'function') {
    const rtl = translations.get(code)?.$dir === 'rtl';
    return inLocale(locale, () => value(...(rtl ? args.map(isolate) : args)) as string);
  }
  return (value as string | undefined) ?? key;
}

/** Words for code outside an element (the embed page): the same lookup, for one locale. */
export function termsFor(locale: string): Term {
  return (key, ...args) => lookup(locale, key, args);
}

/** The words of an element, in the language of its resolved locale. */
export class Localize implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
  }

  hostDisconnected(): void {
    connected.delete(this.host);
  }

  /** A word or a sentence: `t('status.met')`, `t('kpi.about', name)`. */
  readonly t: Term = (key, ...args) => lookup(this.locale(), key, args);

  /** Changes whenever the words looked up may change: another language, a new registration. */
  get key(): string {
    return `${match(this.locale(), translations.keys()) ?? 'en'}#${revision}`;
  }

  /**
   * While the words of the resolved locale are on their way (a shipped language not yet
   * registered, whose loading this starts), the loading; else undefined. The element shows its
   * skeleton meanwhile, and its `updateComplete` waits for the words.
   */
  get loading(): Promise<void> | undefined {
    const locale = this.locale();
    // Another region registered (`ja-XA`, a page's `pt-PT`) does not stand in for a shipped language.
    if (match(locale, translations.keys(), false)) return undefined;
    const code = match(locale, Object.keys(SHIPPED));
    if (!code || translations.has(code)) return undefined;
    let loading = requested.get(code);
    if (!loading) {
      loading = SHIPPED[code]().then(
        (module) => registerTranslation(module.default),
        // Not loaded (offline, blocked by a policy): an empty registration leaves the words English.
        () => registerTranslation({ $code: code }),
      );
      requested.set(code, loading);
    }
    return loading;
  }
}
