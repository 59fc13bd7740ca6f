import '../index.js';
import { registerEveryLanguage } from '../translations/all.js';
import { termsFor } from '../elements/internal/localize.js';
import { isConfigured, readConfig, type EmbedConfig } from './config.js';

/**
 * The standalone embed page: one widget, or a dashboard of every widget, configured entirely by
 * the page's address, or without any configuration a help panel saying how to give one.
 * Attributes are set with `setAttribute` (only those the element observes), document text goes
 * through the same validation as everywhere, and nothing is written as HTML. One widget is given
 * the frame's height; in a frame, the page tells its parent its natural height.
 */
function build({ widget, attributes, json }: EmbedConfig): HTMLElement {
  const el = document.createElement(widget);
  const known =
    (customElements.get(widget) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
  for (const [name, value] of attributes) if (known.includes(name)) el.setAttribute(name, value);
  if (json !== undefined) (el as HTMLElement & { data?: unknown }).data = json;
  // A dashboard alone shows its own default layout: every metric, the linked pairs, the quadrant, the tree.
  return el;
}

/** The help's terms: each name as typed, the key of its meaning, and the code in that meaning. */
const HELP_TERMS: [string, ['embed.help.src' | 'embed.help.doc' | 'embed.help.widget', string[]]][] = [
  ['src', ['embed.help.src', ['src=outcomes.json']]],
  ['#doc=', ['embed.help.doc', ['npx outcome-kit embed-url file.json']]],
  [
    'widget',
    [
      'embed.help.widget',
      ['outcome-dashboard', 'kpi-trend', 'outcome-tree', 'output-vs-outcome', 'metric=nps', 'theme=dark'],
    ],
  ],
];

/** The example's query, appended to this page's own address. */
const EXAMPLE_QUERY = '?src=outcomes.json&widget=kpi-trend&metric=nps';

function fail(message: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = t('embed.errorTitle');
  box.append(title, ' ', message);
  return box;
}

/** A translated passage as DOM: its text as text, its `{0}`, `{1}`… as the given code, in `<code>`. */
function passage(tag: 'p' | 'dd', pattern: string, codes: string[] = []): HTMLElement {
  const el = document.createElement(tag);
  for (const [i, piece] of pattern.split(/\{(\d)\}/).entries()) {
    if (i % 2 === 0) el.append(piece);
    else el.append(code(codes[Number(piece)] ?? ''));
  }
  return el;
}

/** A name or value as code; one without spaces (`output-vs-outcome`) is kept on one line. */
function code(text: string): HTMLElement {
  const el = document.createElement('code');
  if (!text.includes(' ')) el.className = 'word';
  el.textContent = text;
  return el;
}

/** An address as code that may wrap before each `?`, `&` and `#` rather than anywhere. */
function address(text: string): HTMLElement {
  const el = document.createElement('code');
  for (const [i, part] of text.split(/(?=[?&#])/).entries()) {
    if (i > 0) el.append(document.createElement('wbr'));
    el.append(part);
  }
  return el;
}

/** The help shown when the address configures nothing: what `src`, `#doc=` and `widget` mean. */
function help(url: URL): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'embed-help';
  panel.setAttribute('aria-labelledby', 'embed-help-title');
  const title = document.createElement('h1');
  title.id = 'embed-help-title';
  title.textContent = t('embed.help.title');
  const terms = document.createElement('dl');
  for (const [name, meaning] of HELP_TERMS) {
    const dt = document.createElement('dt');
    dt.append(code(name));
    terms.append(dt, passage('dd', t(meaning[0]), meaning[1]));
  }
  const page = new URL(url);
  page.search = '';
  page.hash = '';
  const example = document.createElement('pre');
  example.append(address(page.href + EXAMPLE_QUERY));
  panel.append(
    title,
    passage('p', t('embed.help.intro')),
    terms,
    passage('p', t('embed.help.example')),
    example,
  );
  return panel;
}

/**
 * Posts `{ type: 'outcome-kit:resize', height }` to the parent whenever the natural height of the
 * page's content changes (and once at the start): the height it takes when not stretched to the
 * frame, in CSS pixels rounded up, so that a parent that listens can size the frame to fit. It
 * carries no data, so any parent may read it. Watches the content's boxes (a change of width
 * reflows it) and, inside a stretched widget, its rendering (which a stretched box hides).
 */
function reportHeight(main: HTMLElement): void {
  let last = 0;
  const measure = (): void => {
    if (!main.childElementCount) return;
    main.classList.add('measuring');
    const height = Math.ceil(main.getBoundingClientRect().height);
    main.classList.remove('measuring');
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'outcome-kit:resize', height }, '*');
  };
  const boxes = new ResizeObserver(measure);
  const renders = new MutationObserver(measure);
  const watch = (): void => {
    boxes.disconnect();
    renders.disconnect();
    boxes.observe(main);
    for (const child of main.children) {
      boxes.observe(child);
      const root = child.shadowRoot;
      if (root) {
        renders.observe(root, {
          childList: true,
          subtree: true,
          characterData: true,
          attributeFilter: ['class', 'hidden', 'open'],
        });
      }
    }
  };
  new MutationObserver(watch).observe(main, { childList: true });
  watch();
}

const main = document.querySelector<HTMLElement>('#embed')!;

/** Shows the page's content; one widget alone (`fills`) is given the frame's height. */
function show(content: HTMLElement, fills = false): void {
  main.classList.toggle('fills', fills);
  main.replaceChildren(content);
}

registerEveryLanguage();
const url = new URL(location.href);
// The page's language: the widget's `locale`, else the reader's; widgets without a locale of
// their own (or of their document) follow it, as the nearest `lang`.
const locale = url.searchParams.get('locale') || navigator.language || 'en';
const t = termsFor(locale);
document.documentElement.lang = locale;
document.documentElement.dir = t('$dir');
document.title = t('embed.pageTitle');
if (window.parent !== window) reportHeight(main);
if (!isConfigured(url)) show(help(url));
else {
  readConfig(url, t, locale).then(
    (config) => show(build(config), config.widget !== 'outcome-dashboard'),
    (error: unknown) => show(fail(error instanceof Error ? error.message : String(error))),
  );
}
