/**
 * The embed builder (dist/builder.html): an author pastes a document, uploads it or gives its
 * address; sees its problems as they type, each with its JSON path and line; picks a widget and
 * its options; sees it live through the real embed page at the size of an embed block; and
 * copies an embed address, an HTML snippet (tag or CMS-safe form), a standalone HTML file or the
 * review as Markdown. Everything is built with DOM calls and `textContent` (no HTML strings), so
 * the page runs under the strict policy of DESIGN.md section 3.
 */
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { defaultWindow, reviewMarkdown } from '../cli/review.js';
import { parseDocument } from '../core/parse/index.js';
import { reviewSince } from '../core/review.js';
import type { OutcomeDocument, ParseResult } from '../core/schema.js';
import { download, fileName } from '../elements/internal/export.js';
import { termsFor } from '../elements/internal/localize.js';
import { encodeDocument, type Widget } from '../embed/config.js';
import { registerEveryLanguage } from '../translations/all.js';
import example from '../../fixtures/saas-outcomes.json' with { type: 'json' };

registerEveryLanguage();

/** Embed fields (Notion's embed block, Confluence's iframe macro) are safe up to about this many characters. */
export const ADDRESS_LIMIT = 2000;

/** Typical embed blocks, for the preview. */
const SIZES = { notion: [700, 420], confluence: [760, 520], phone: [390, 600] } as const;
type Size = keyof typeof SIZES;

/** The languages offered besides the document's own. */
const LOCALES = [
  ['en-US', 'English'],
  ['de-DE', 'Deutsch'],
  ['fr-FR', 'Français'],
  ['es-ES', 'Español'],
  ['pt-BR', 'Português (Brasil)'],
  ['ja-JP', '日本語'],
  ['zh-CN', '简体中文'],
  ['ar-EG', 'العربية'],
] as const;

/** The attributes the builder offers, for each widget and for all. */
const OPTIONS: Record<Widget | 'all', readonly string[]> = {
  'kpi-trend': ['metric', 'variant'],
  'output-vs-outcome': ['view', 'output', 'outcome'],
  'outcome-tree': ['layout', 'root'],
  'outcome-dashboard': [],
  all: ['theme', 'locale', 'since', 'export-menu'],
};

const params = new URL(location.href).searchParams;
const locale = params.get('locale') || navigator.language || 'en';
const t = termsFor(locale);

// ---------------------------------------------------------------------------------------------
// State

interface State {
  /** The document's JSON text. */
  text: string;
  /** Where it came from: typed or pasted, a file, or an address (which the embed can then fetch). */
  from: 'paste' | 'upload' | 'url';
  /** The address it was loaded from, absolute; only with `from: 'url'`. */
  url?: string;
  widget: Widget;
  /** Attribute name → value; '' leaves the attribute out. */
  options: Record<string, string>;
  size: Size;
}

const state: State = { text: '', from: 'paste', widget: 'kpi-trend', options: {}, size: 'notion' };

/** The document checked: its problems with their lines, and the document when it can be used. */
interface Checked {
  problems: { path: string; message: string; line: number; offset: number; length: number }[];
  document?: OutcomeDocument;
  result?: ParseResult;
  /** Not JSON at all: the parser's message (English, like a compiler's) and the line it stopped at. */
  syntax?: { message: string; line: number };
}

/** A JSON path (`metrics[2].points[3][1]`) as the segments jsonc-parser walks. */
function segmentsOf(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/** The line of an offset in a text, from 1. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function check(text: string): Checked {
  if (!text.trim()) return { problems: [] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length || !tree) {
    let message = 'invalid JSON';
    try {
      JSON.parse(text);
    } catch (error) {
      // The browser's own "(line 1 column 34)", if any, gives way to the line in the reader's language.
      message = (error instanceof Error ? error.message : String(error)).replace(
        / \(line \d+ column \d+\)$/,
        '',
      );
    }
    const offset = errors[0]?.offset ?? 0;
    return { problems: [], syntax: { message, line: lineAt(text, offset) } };
  }
  const result = parseDocument(text);
  const problems = result.errors.map(({ path, message }) => {
    // The nearest part of the document the path reaches: a missing field points at its parent.
    const segments = segmentsOf(path);
    let at = tree;
    for (let cut = segments.length; cut > 0; cut--) {
      const node = findNodeAtLocation(tree, segments.slice(0, cut));
      if (node) {
        at = node;
        break;
      }
    }
    return { path, message, line: lineAt(text, at.offset), offset: at.offset, length: at.length };
  });
  return { problems, document: result.document ?? undefined, result };
}

// ---------------------------------------------------------------------------------------------
// DOM helpers: elements from calls, text as text

type Child = Node | string | false | undefined;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** A select of `choices` ([value, label]), with `value` chosen. */
function select(
  id: string,
  choices: readonly (readonly [string, string])[],
  value: string,
  onChange: (v: string) => void,
) {
  const el = h(
    'select',
    { id },
    ...choices.map(([v, label]) => h('option', { value: v, selected: v === value }, label)),
  );
  el.addEventListener('change', () => onChange(el.value));
  return el;
}

/** A labelled field; a wide one (a choice of names, which can be long) takes a row of its own. */
const field = (id: string, label: string, control: HTMLElement, wide = false) =>
  h('div', { class: wide ? 'field wide' : 'field' }, h('label', { for: id }, label), control);

/** Buttons acting as one choice (a segmented control), as radio buttons for assistive technology. */
function segmented<T extends string>(
  name: string,
  label: string,
  choices: readonly (readonly [T, string])[],
  value: T,
  onChange: (v: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'segmented' },
    h('legend', { class: 'visually-hidden' }, label),
    ...choices.map(([v, text]) => {
      const input = h('input', { type: 'radio', name, value: v, id: `${name}-${v}`, checked: v === value });
      input.addEventListener('change', () => input.checked && onChange(v));
      return h('label', { for: `${name}-${v}` }, input, h('span', {}, text));
    }),
  );
}

/** Copies a text, saying so on the button for a moment. */
function copyButton(text: () => string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'copy' }, t('builder.copy'));
  button.addEventListener('click', async () => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Without the clipboard API (an insecure page): select the text for the reader to copy.
      const area = button.parentElement?.querySelector('textarea, output');
      if (area instanceof HTMLTextAreaElement) area.select();
    }
    button.textContent = t('builder.copied');
    setTimeout(() => (button.textContent = t('builder.copy')), 1500);
  });
  return button;
}

// ---------------------------------------------------------------------------------------------
// What the page makes from the state

/** The widget's attributes: its options that are set. */
function attributes(): [string, string][] {
  return Object.entries(state.options).filter(([, v]) => v !== '');
}

/** The embed address: the document in the hash, or its address as `src`. */
async function embedAddress(checked: Checked): Promise<string> {
  const page = new URL('embed.html', location.href);
  const query = new URLSearchParams();
  if (state.url) query.set('src', state.url);
  query.set('widget', state.widget);
  for (const [name, value] of attributes()) query.set(name, value);
  const hash = state.url || !checked.document ? '' : `#doc=${await encodeDocument(state.text)}`;
  return `${page.origin}${page.pathname}?${query}${hash}`;
}

/** An attribute value in HTML. */
const quoted = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/** The document as inline JSON in a script, safe inside HTML (no `</script>`). */
const inlineJson = () => JSON.stringify(JSON.parse(state.text)).replace(/</g, '\\u003c');

const bundleAddress = () => new URL('outcome-kit.js', location.href).href;

/** The tag form: the bundle's script and the element, with the document's address or inline. */
function tagSnippet(): string {
  const attrs = attributes().map(([n, v]) => ` ${n}${v === 'true' ? '' : `=${quoted(v)}`}`);
  const src = state.url ? ` src=${quoted(state.url)}` : '';
  const body = state.url ? '' : `\n  <script type="application/json">${inlineJson()}</script>\n`;
  return (
    `<script type="module" src=${quoted(bundleAddress())}></script>\n` +
    `<${state.widget}${src}${attrs.join('')}>${body}</${state.widget}>`
  );
}

/** The CMS-safe form: a div with `data-*` attributes, which rich-text editors keep. */
function cmsSnippet(): string | undefined {
  if (!state.url) return undefined;
  const attrs = attributes().map(([n, v]) => ` data-${n}=${quoted(v)}`);
  return (
    `<script type="module" src=${quoted(bundleAddress())}></script>\n` +
    `<div data-outcome-widget=${quoted(state.widget)} data-src=${quoted(state.url)}${attrs.join('')}></div>`
  );
}

/** One HTML file with the library, the widget and its document inline: it opens from disk. */
async function standaloneFile(document: OutcomeDocument): Promise<string> {
  const response = await fetch(bundleAddress());
  if (!response.ok) throw new Error(`${response.status}`);
  const bundle = (await response.text()).replace(/<\/script/gi, '<\\/script');
  const attrs = attributes().map(([n, v]) => ` ${n}${v === 'true' ? '' : `=${quoted(v)}`}`);
  const title = (document.title ?? 'outcome-kit').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang=${quoted(state.options.locale || document.locale || 'en')}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; font-family: system-ui, sans-serif; }</style>
</head>
<body>
<${state.widget}${attrs.join('')}><script type="application/json">${inlineJson()}</script></${state.widget}>
<script type="module">${bundle}</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// The page

const root = document.querySelector<HTMLElement>('#builder')!;
document.documentElement.lang = locale;
document.documentElement.dir = t('$dir');
document.title = t('builder.pageTitle');

// Code reads left to right in every language.
const source = h('textarea', {
  id: 'document',
  class: 'code',
  dir: 'ltr',
  spellcheck: 'false',
  autocapitalize: 'off',
  rows: '16',
  'aria-describedby': 'problems',
});
const problemsBox = h('div', { id: 'problems', class: 'problems', role: 'status', 'aria-live': 'polite' });
const optionsBox = h('div', { class: 'options' });
const preview = h('iframe', { title: t('builder.preview.title'), class: 'preview-frame', hidden: true });
const previewEmpty = h('p', { class: 'hint preview-empty' }, t('builder.preview.nothing'));
const frameBox = h('div', { class: 'frame-box' }, preview, previewEmpty);
const useBox = h('div', { class: 'uses' });
const urlInput = h('input', {
  id: 'address',
  type: 'url',
  dir: 'ltr',
  placeholder: 'https://…/outcomes.json',
  class: 'grow',
});
const fileInput = h('input', { id: 'file', type: 'file', accept: '.json,application/json' });
const sourceNote = h('p', { class: 'hint', 'aria-live': 'polite' });

/** The source panes: paste, upload, address; the one chosen shows. */
const panes = {
  paste: h(
    'div',
    { class: 'pane' },
    field('document', t('builder.source.label'), source, true),
    (() => {
      const button = h('button', { type: 'button', class: 'secondary' }, t('builder.source.example'));
      button.addEventListener('click', () => {
        source.value = JSON.stringify(example, null, 2);
        state.from = 'paste';
        state.url = undefined;
        changed();
      });
      return h('div', { class: 'row' }, button);
    })(),
  ),
  upload: h('div', { class: 'pane' }, field('file', t('builder.source.file'), fileInput, true)),
  url: h(
    'div',
    { class: 'pane' },
    field(
      'address',
      t('builder.source.address'),
      h(
        'div',
        { class: 'row' },
        urlInput,
        (() => {
          const button = h('button', { type: 'button' }, t('builder.source.load'));
          button.addEventListener('click', () => void loadAddress());
          return button;
        })(),
      ),
      true,
    ),
    h('p', { class: 'hint' }, t('builder.source.cors')),
  ),
};

source.addEventListener('input', () => {
  // Typing makes the document the page's own: it is no longer the one at the address.
  state.from = 'paste';
  state.url = undefined;
  changed();
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  source.value = await file.text();
  state.from = 'upload';
  state.url = undefined;
  changed();
});

async function loadAddress(): Promise<void> {
  const address = urlInput.value.trim();
  if (!address) return;
  sourceNote.textContent = t('builder.source.loading');
  try {
    const url = new URL(address, location.href).href;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    source.value = await response.text();
    state.from = 'url';
    state.url = url;
    sourceNote.textContent = '';
    changed();
  } catch (error) {
    sourceNote.textContent = t(
      'builder.source.failed',
      error instanceof Error ? error.message : String(error),
    );
  }
}

/** The options of the chosen widget, with the ids the document offers. */
function renderOptions(document: OutcomeDocument | undefined): void {
  const o = state.options;
  const metrics = (document?.metrics ?? []).map((m) => [m.id, `${m.name} (${m.id})`] as const);
  const byKind = (kind: string) => [
    ...metrics.filter(([id]) => document?.metrics.find((m) => m.id === id)?.kind === kind),
    ...metrics.filter(([id]) => document?.metrics.find((m) => m.id === id)?.kind !== kind),
  ];
  const set = (name: string) => (value: string) => {
    o[name] = value;
    changed();
  };
  // Defaults from the document, so that the first preview already shows something.
  const first = (name: string, choices: readonly (readonly [string, string])[]) => {
    if (!choices.some(([v]) => v === o[name])) o[name] = choices[0]?.[0] ?? '';
    return o[name];
  };
  const fields: HTMLElement[] = [];
  if (state.widget === 'kpi-trend') {
    fields.push(
      field(
        'metric',
        t('builder.option.metric'),
        select('metric', metrics, first('metric', metrics), set('metric')),
        true,
      ),
    );
    const variants = [
      ['', t('builder.option.card')],
      ['compact', t('builder.option.compact')],
    ] as const;
    fields.push(
      field(
        'variant',
        t('builder.option.variant'),
        select('variant', variants, o.variant ?? '', set('variant')),
      ),
    );
  } else if (state.widget === 'output-vs-outcome') {
    const views = [
      ['', t('builder.option.timeline')],
      ['quadrant', t('builder.option.quadrant')],
    ] as const;
    fields.push(field('view', t('builder.option.view'), select('view', views, o.view ?? '', set('view'))));
    if (o.view !== 'quadrant') {
      const outputs = byKind('output');
      const outcomes = byKind('outcome');
      fields.push(
        field(
          'output',
          t('builder.option.output'),
          select('output', outputs, first('output', outputs), set('output')),
          true,
        ),
      );
      fields.push(
        field(
          'outcome',
          t('builder.option.outcome'),
          select('outcome', outcomes, first('outcome', outcomes), set('outcome')),
          true,
        ),
      );
    } else {
      delete o.output;
      delete o.outcome;
    }
  } else if (state.widget === 'outcome-tree') {
    const layouts = [
      ['', t('builder.option.list')],
      ['map', t('builder.option.map')],
    ] as const;
    fields.push(
      field('layout', t('builder.option.layout'), select('layout', layouts, o.layout ?? '', set('layout'))),
    );
    const roots = [
      ['', t('builder.option.everything')] as const,
      ...(document?.nodes ?? []).filter((n) => n.type !== 'output').map((n) => [n.id, n.title] as const),
    ];
    fields.push(
      field('root', t('builder.option.root'), select('root', roots, o.root ?? '', set('root')), true),
    );
  }
  const themes = [
    ['', t('builder.option.themeAuto')],
    ['light', t('builder.option.light')],
    ['dark', t('builder.option.dark')],
  ] as const;
  fields.push(
    field('theme', t('builder.option.theme'), select('theme', themes, o.theme ?? '', set('theme'))),
  );
  const locales = [['', t('builder.option.localeDocument')] as const, ...LOCALES];
  fields.push(
    field('locale', t('builder.option.locale'), select('locale', locales, o.locale ?? '', set('locale'))),
  );
  const since = h('input', { id: 'since', type: 'date', value: o.since ?? '' });
  since.addEventListener('change', () => set('since')(since.value));
  fields.push(field('since', t('builder.option.since'), since));
  // A boolean attribute: on as `true` (present), off as '' (left out).
  const menu = h('input', { id: 'export-menu', type: 'checkbox', checked: o['export-menu'] === 'true' });
  menu.addEventListener('change', () => set('export-menu')(menu.checked ? 'true' : ''));
  fields.push(
    h(
      'div',
      { class: 'field check' },
      menu,
      h('label', { for: 'export-menu' }, t('builder.option.exportMenu')),
    ),
  );
  optionsBox.replaceChildren(...fields);
}

function renderProblems(checked: Checked): void {
  if (checked.syntax) {
    problemsBox.className = 'problems bad';
    problemsBox.replaceChildren(
      h(
        'p',
        {},
        t('builder.problems.notJson'),
        ' ',
        h('span', { lang: 'en', dir: 'ltr' }, checked.syntax.message),
        ` (${t('builder.problems.line', checked.syntax.line)})`,
      ),
    );
    return;
  }
  if (!checked.result) {
    problemsBox.className = 'problems';
    problemsBox.replaceChildren(h('p', { class: 'hint' }, t('builder.problems.empty')));
    return;
  }
  const doc = checked.document;
  if (!checked.problems.length && doc) {
    problemsBox.className = 'problems good';
    problemsBox.replaceChildren(
      h('p', {}, t('builder.problems.none', doc.metrics.length, doc.nodes?.length ?? 0)),
    );
    return;
  }
  problemsBox.className = doc ? 'problems some' : 'problems bad';
  const items = checked.problems.map((p) => {
    const button = h(
      'button',
      { type: 'button', class: 'problem' },
      h('span', { class: 'line' }, t('builder.problems.line', p.line)),
      h('code', {}, p.path || 'document'),
      h('span', { lang: 'en' }, p.message),
    );
    button.addEventListener('click', () => {
      source.focus();
      source.setSelectionRange(p.offset, p.offset + p.length);
    });
    return h('li', {}, button);
  });
  problemsBox.replaceChildren(
    h('p', {}, doc ? t('builder.problems.count', checked.problems.length) : t('builder.problems.unusable')),
    h('ul', {}, ...items),
  );
}

/** A use of the widget: a heading, a hint, the text to copy. */
function use(title: string, hint: string | undefined, text: string, rows = 3, extra?: Node): HTMLElement {
  const id = `use-${Math.random().toString(36).slice(2, 8)}`;
  const area = h('textarea', {
    id,
    class: 'code',
    dir: 'ltr',
    readonly: true,
    rows: String(rows),
    spellcheck: 'false',
  });
  area.value = text;
  return h(
    'section',
    { class: 'use' },
    h(
      'div',
      { class: 'use-head' },
      h('h3', {}, h('label', { for: id }, title)),
      copyButton(() => area.value),
    ),
    hint && h('p', { class: 'hint' }, hint),
    area,
    extra,
  );
}

let version = 0;

async function renderUses(checked: Checked): Promise<void> {
  const mine = ++version;
  const doc = checked.document;
  if (!doc) {
    useBox.replaceChildren(h('p', { class: 'hint' }, t('builder.use.nothing')));
    preview.hidden = true;
    previewEmpty.hidden = false;
    return;
  }
  const address = await embedAddress(checked);
  if (mine !== version) return;
  // The preview: the real embed page, at the size of an embed block.
  const [width, height] = SIZES[state.size];
  frameBox.style.setProperty('--frame-width', `${width}px`);
  frameBox.style.setProperty('--frame-height', `${height}px`);
  const previewAddress = address.replace('?', `?v=${mine}&`);
  if (preview.src !== previewAddress) preview.src = previewAddress;
  preview.hidden = false;
  previewEmpty.hidden = true;

  const notes: Node[] = [];
  if (!state.url) notes.push(h('p', { class: 'hint' }, t('builder.use.private')));
  if (address.length > ADDRESS_LIMIT) {
    notes.push(
      h('p', { class: 'warning', role: 'note' }, t('builder.use.long', address.length, ADDRESS_LIMIT)),
    );
  }
  const cms = cmsSnippet();
  const downloadButton = h('button', { type: 'button' }, t('builder.use.download'));
  const fileNote = h('p', { class: 'hint', 'aria-live': 'polite' });
  downloadButton.addEventListener('click', async () => {
    try {
      download(fileName(doc.title ?? '', 'outcome-kit', 'html'), await standaloneFile(doc), 'text/html');
      fileNote.textContent = '';
    } catch {
      fileNote.textContent = t('builder.use.fileMissing');
    }
  });
  const since = state.options.since || defaultWindow(doc).since;
  const review = reviewMarkdown(doc, reviewSince(doc, since));
  useBox.replaceChildren(
    use(t('builder.use.address'), t('builder.use.addressHint'), address, 3, h('div', {}, ...notes)),
    use(t('builder.use.html'), undefined, tagSnippet(), 4),
    cms
      ? use(t('builder.use.cms'), undefined, cms, 3)
      : h(
          'section',
          { class: 'use' },
          h('h3', {}, t('builder.use.cms')),
          h('p', { class: 'hint' }, t('builder.use.cmsNeedsAddress')),
        ),
    h(
      'section',
      { class: 'use' },
      h('div', { class: 'use-head' }, h('h3', {}, t('builder.use.file')), downloadButton),
      h('p', { class: 'hint' }, t('builder.use.fileHint')),
      fileNote,
    ),
    use(t('builder.use.review'), t('builder.use.reviewHint'), review, 8),
  );
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** After every change: check the document now, render the rest once typing pauses. */
function changed(): void {
  state.text = source.value;
  const checked = check(state.text);
  renderProblems(checked);
  renderOptions(checked.document);
  clearTimeout(timer);
  timer = setTimeout(() => void renderUses(checked), 250);
}

const widgetChoice = segmented(
  'widget',
  t('builder.widget.kind'),
  // The card first: what most embeds show.
  (
    [
      'kpi-trend',
      'output-vs-outcome',
      'outcome-tree',
      'outcome-dashboard',
    ] as const satisfies readonly Widget[]
  ).map((w) => [w, t(`builder.widget.${w}`)] as const),
  state.widget,
  (widget) => {
    state.widget = widget;
    // Options of the widget before (a card's metric) mean nothing to this one.
    for (const name of Object.keys(state.options)) {
      if (!OPTIONS[widget].includes(name) && !OPTIONS.all.includes(name)) delete state.options[name];
    }
    changed();
  },
);

const sizeChoice = segmented(
  'size',
  t('builder.size.label'),
  (Object.keys(SIZES) as Size[]).map(
    // Width × height kept left to right (U+2066 … U+2069), which a right-to-left page would swap.
    (s) => [s, `${t(`builder.size.${s}`)} · \u2066${SIZES[s][0]}×${SIZES[s][1]}\u2069`] as const,
  ),
  state.size,
  (size) => {
    state.size = size;
    changed();
  },
);

const sourceChoice = segmented(
  'from',
  t('builder.step.document'),
  [
    ['paste', t('builder.source.paste')],
    ['upload', t('builder.source.upload')],
    ['url', t('builder.source.url')],
  ] as const,
  'paste',
  (from) => {
    panes.upload.hidden = from !== 'upload';
    panes.url.hidden = from !== 'url';
  },
);

const step = (n: number, title: string, ...children: Child[]) =>
  h(
    'section',
    { class: 'step', 'aria-labelledby': `step-${n}` },
    h('h2', { id: `step-${n}` }, h('span', { class: 'number' }, String(n)), title),
    ...children,
  );

root.replaceChildren(
  h(
    'header',
    { class: 'top' },
    h(
      'div',
      { class: 'brand' },
      h('span', { class: 'mark', 'aria-hidden': 'true' }),
      h('span', {}, 'outcome-kit'),
    ),
    h('h1', {}, t('builder.title')),
    h('p', { class: 'pitch' }, t('builder.pitch')),
  ),
  h(
    'main',
    { class: 'layout' },
    h(
      'div',
      { class: 'column' },
      step(
        1,
        t('builder.step.document'),
        sourceChoice,
        panes.upload,
        panes.url,
        sourceNote,
        panes.paste,
        problemsBox,
      ),
      step(2, t('builder.step.widget'), widgetChoice, optionsBox),
    ),
    h(
      'div',
      { class: 'column' },
      step(3, t('builder.step.preview'), sizeChoice, frameBox),
      step(4, t('builder.step.use'), useBox),
    ),
  ),
);
panes.upload.hidden = true;
panes.url.hidden = true;
changed();
