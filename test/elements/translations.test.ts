import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerTranslation } from '../../src/index.js';
import type { OutcomeTranslation } from '../../src/translations/en.js';
import en from '../../src/translations/en.js';
import type { KpiTrend } from '../../src/kpi-trend.js';
import type { OutcomeTree } from '../../src/outcome-tree.js';
import type { OutputVsOutcome } from '../../src/output-vs-outcome.js';
import '../../src/outcome-dashboard.js';
import { exampleDoc, mount, part, text } from '../helpers.js';

/** Attributes whose words a screen reader announces or a pointer shows. */
const SPOKEN = ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'alt'];

/**
 * Every piece of text an element shows or announces, from its shadow root down: text (not styles,
 * not `<code>` paths, not problem messages marked `lang="en"`) and the spoken attributes.
 */
function uiTexts(el: Element): string[] {
  const texts: string[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const node of root.querySelectorAll('*')) {
      for (const name of SPOKEN) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
      if (node.closest('style, code, [lang="en"]')) continue;
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE && child.textContent!.trim())
          texts.push(child.textContent!.trim());
      }
    }
  };
  walk(el.shadowRoot!);
  return texts;
}

/** Every string of a document (names, titles, units, notes, ids): content, not UI words. */
function documentStrings(doc: unknown): string[] {
  if (typeof doc === 'string') return [doc];
  if (Array.isArray(doc)) return doc.flatMap(documentStrings);
  if (doc && typeof doc === 'object') {
    return Object.entries(doc).flatMap(([k, v]) => [k, ...documentStrings(v)]);
  }
  return [];
}

/** The locale's month names, long and short, as `Intl` writes them in dates: numbers and dates aside. */
function monthNames(locale: string): string[] {
  return ['long', 'short'].flatMap((month) =>
    Array.from(
      { length: 12 },
      (_, i) =>
        new Intl.DateTimeFormat(locale, { month: month as 'long' | 'short', day: 'numeric', timeZone: 'UTC' })
          .formatToParts(Date.UTC(2026, i, 15))
          .find((p) => p.type === 'month')!.value,
    ),
  );
}

/** The Latin words (three letters or more) of a text, lowercased, once the document's strings are out. */
function latinWords(text: string, content: string[]): string[] {
  let rest = text;
  for (const s of [...content].sort((a, b) => b.length - a.length)) if (s) rest = rest.split(s).join(' ');
  return (rest.match(/\p{Script=Latin}{3,}/gu) ?? []).map((w) => w.toLowerCase());
}

/** A pattern's words, with sample arguments: counts, else placeholder strings, else lists. */
function sampled(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'function') return [];
  const f = value as (...args: unknown[]) => unknown;
  return [1, 3].flatMap((n) => {
    for (const sample of [n, '·', ['·']]) {
      try {
        return [String(f(...Array.from({ length: f.length }, () => sample)))];
      } catch {
        // This pattern needs another kind of argument.
      }
    }
    return [];
  });
}

/** The English UI vocabulary a translation does not share: words that must not show in it. */
function englishOnly(translation: OutcomeTranslation): Set<string> {
  const words = (t: OutcomeTranslation) =>
    new Set(
      Object.entries(t)
        .filter(([k]) => !k.startsWith('$'))
        .flatMap(([, v]) => sampled(v))
        .flatMap((s) => latinWords(s, [])),
    );
  const theirs = words(translation);
  // Names typed as they are in every language: tokens of the embed page and technical words.
  const tokens = ['outcome', 'kit', 'json', 'ctrl', 'notion', 'confluence', 'checkinevery', 'doc'];
  return new Set([...words(en)].filter((w) => !theirs.has(w) && !tokens.includes(w)));
}

/** A dashboard-less card, tree and comparison in a locale, each rendered in its language. */
async function widgets(locale: string) {
  const doc = exampleDoc();
  const card = (await mount(
    'kpi-trend',
    doc,
    `metric="nps" locale="${locale}" since="2026-06-30"`,
  )) as KpiTrend;
  const tree = (await mount('outcome-tree', doc, `locale="${locale}" since="2026-06-30"`)) as OutcomeTree;
  const vs = (await mount(
    'output-vs-outcome',
    doc,
    `output="features" outcome="nps" locale="${locale}"`,
  )) as OutputVsOutcome;
  const quadrant = (await mount(
    'output-vs-outcome',
    doc,
    `view="quadrant" locale="${locale}"`,
  )) as OutputVsOutcome;
  // A dashboard alone lays out every widget in its own shadow root: its header, cards, timelines, tree.
  const dashboard = await mount('outcome-dashboard', doc, `locale="${locale}" since="2026-06-30"`);
  await Promise.all(
    [...dashboard.shadowRoot!.querySelectorAll('kpi-trend, outcome-tree, output-vs-outcome')].map(
      (w) => (w as KpiTrend).updateComplete,
    ),
  );
  return { doc, all: [card, tree, vs, quadrant, dashboard], card, tree, vs, quadrant };
}

const SHIPPED: [locale: string, module: () => Promise<{ default: OutcomeTranslation }>, status: string][] = [
  ['de-DE', () => import('../../src/translations/de.js'), 'Erreicht'],
  ['fr-FR', () => import('../../src/translations/fr.js'), 'Atteint'],
  ['es-ES', () => import('../../src/translations/es.js'), 'Alcanzado'],
  ['pt-BR', () => import('../../src/translations/pt-BR.js'), 'Atingido'],
  ['ja-JP', () => import('../../src/translations/ja.js'), '達成'],
  ['zh-CN', () => import('../../src/translations/zh-CN.js'), '已达成'],
  ['ar-EG', () => import('../../src/translations/ar.js'), 'تحقق المستهدف'],
];

describe('translations: loading on first use', () => {
  // First in this file, so that no other test has loaded German yet.
  it('shows the skeleton while a shipped language loads, then its words; updateComplete waits', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<kpi-trend metric="nps" locale="de-AT"></kpi-trend>';
    const card = wrapper.querySelector('kpi-trend') as KpiTrend;
    // Whether the skeleton showed at any render before the words came.
    let skeleton = false;
    const seen = new MutationObserver(() => (skeleton ||= !!part(card, 'skeleton')));
    seen.observe(card.shadowRoot!, { childList: true, subtree: true });
    card.data = exampleDoc();
    await card.updateComplete;
    seen.disconnect();
    expect(skeleton, 'skeleton while German loads').to.equal(true);
    expect(part(card, 'skeleton')).to.equal(null);
    // de-AT has no words of its own: German serves it.
    expect(text(part(card, 'status'))).to.equal('Erreicht');
  });
});

describe('translations: a registered region beside a shipped language', () => {
  // Before the tests below load Spanish.
  it('does not stand in for the shipped language, which still loads for its own locales', async () => {
    registerTranslation({ $code: 'es-MX', 'status.met': 'Logrado' });
    const mx = await mount('kpi-trend', exampleDoc(), 'metric="nps" locale="es-MX"');
    expect(text(part(mx, 'status'))).to.equal('Logrado');
    const es = await mount('kpi-trend', exampleDoc(), 'metric="nps" locale="es-ES"');
    expect(text(part(es, 'status'))).to.equal('Alcanzado');
  });
});

describe('translations: every shipped language', () => {
  for (const [locale, module, met] of SHIPPED) {
    it(`${locale}: a dashboard, a card, the tree and the verdict show no English UI word`, async () => {
      const translation = (await module()).default;
      const { doc, all, card } = await widgets(locale);
      expect(text(part(card, 'status'))).to.equal(met);
      const forbidden = englishOnly(translation);
      const content = [...documentStrings(doc), ...monthNames(locale), 'features', 'nps', 'quadrant'];
      const script = /^(ja|zh|ar)/.test(locale);
      for (const el of all) {
        for (const piece of uiTexts(el)) {
          const words = latinWords(piece, content);
          // Japanese, Chinese and Arabic words hold no Latin letter at all, beside the document's.
          const english = script
            ? words.filter((w) => !['ctrl'].includes(w))
            : words.filter((w) => forbidden.has(w));
          expect(english, `${el.localName}: "${piece}"`).to.deep.equal([]);
        }
      }
    });
  }

  it('de-DE: sentences follow German word order and plural forms', async () => {
    const { vs, tree } = await widgets('de-DE');
    expect(text(part(vs, 'verdict'))).to.match(/^Jan\.? 2025\s?–\s?Sept?\.? 2026: /);
    expect(text(part(vs, 'verdict'))).not.to.contain('output is');
    const summary = part(tree, 'summary');
    expect(text(summary)).to.match(/\d/);
  });
});

describe('translations: long words', () => {
  it('de-DE: every flag pill of the list keeps to one line, whatever the width', async () => {
    for (const width of [760, 1000, 1200, 1500]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      wrapper.innerHTML = '<outcome-tree locale="de-DE" expand-depth="3"></outcome-tree>';
      const tree = wrapper.querySelector('outcome-tree') as OutcomeTree;
      tree.data = exampleDoc();
      await tree.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      await tree.updateComplete;
      const badges = [...tree.shadowRoot!.querySelectorAll<HTMLElement>('[part~="badge"]')];
      expect(badges.length, `${width} px: flags shown`).to.be.greaterThan(0);
      for (const badge of badges) {
        const lineHeight = parseFloat(getComputedStyle(badge).lineHeight) || badge.offsetHeight;
        expect(badge.getClientRects().length, `${width} px: "${text(badge)}" on one line`).to.equal(1);
        expect(badge.offsetHeight, `${width} px: "${text(badge)}" one line high`).to.be.below(
          lineHeight * 1.9,
        );
      }
    }
  });
});

describe('translations: matching a locale', () => {
  const status = async (locale: string) =>
    text(part(await mount('kpi-trend', exampleDoc(), `metric="nps" locale="${locale}"`), 'status'));

  it('matches by language, then by another region of the language, then falls back to English', async () => {
    expect(await status('pt')).to.equal('Atingido');
    expect(await status('pt-PT')).to.equal('Atingido');
    expect(await status('zh-TW')).to.equal('已达成');
    expect(await status('fr-CA')).to.equal('Atteint');
    expect(await status('nl-NL')).to.equal('Met');
  });

  it('without a locale attribute, follows the document, then the nearest lang', async () => {
    const doc = exampleDoc();
    delete doc.locale;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><kpi-trend metric="nps"></kpi-trend></div>`,
    );
    const card = wrapper.querySelector('kpi-trend') as KpiTrend;
    card.data = doc;
    await card.updateComplete;
    expect(text(part(card, 'status'))).to.equal('Alcanzado');
    card.data = { ...doc, locale: 'ja-JP' };
    await card.updateComplete;
    expect(text(part(card, 'status'))).to.equal('達成');
  });
});

describe('translations: registerTranslation', () => {
  it('adds a language at run time: elements already on the page re-render in it, English fills the gaps', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps" locale="nl-NL"');
    expect(text(part(card, 'status'))).to.equal('Met');
    registerTranslation({ $code: 'nl', $name: 'Nederlands', 'status.met': 'Gehaald' });
    await card.updateComplete;
    expect(text(part(card, 'status'))).to.equal('Gehaald');
    // Keys the new language lacks come from English.
    expect(part(card, 'chart')!.getAttribute('aria-label')).to.equal('Net Promoter Score, values over time');
  });

  it('overrides some keys of a language, which the next render shows', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps" locale="fr-FR"');
    registerTranslation({ $code: 'fr', 'status.met': 'Réussi' });
    await card.updateComplete;
    expect(text(part(card, 'status'))).to.equal('Réussi');
    const fr = (await import('../../src/translations/fr.js')).default;
    registerTranslation({ $code: 'fr', 'status.met': fr['status.met'] });
    await card.updateComplete;
    expect(text(part(card, 'status'))).to.equal('Atteint');
  });
});

describe('translations: Arabic, right to left', () => {
  it('an element in Arabic lays itself out right to left, and back when the language changes', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps" locale="ar-EG"');
    expect(card.getAttribute('dir')).to.equal('rtl');
    expect(card.matches(':dir(rtl)')).to.equal(true);
    card.locale = 'en-US';
    await card.updateComplete;
    expect(card.hasAttribute('dir')).to.equal(false);
  });

  it('keeps a dir the page gave it', async () => {
    const card = await mount('kpi-trend', exampleDoc(), 'metric="nps" locale="ar-EG" dir="ltr"');
    expect(card.getAttribute('dir')).to.equal('ltr');
  });

  it('mirrors the quadrant axis and the tree keys', async () => {
    const quadrant = await mount('output-vs-outcome', exampleDoc(), 'view="quadrant" locale="ar-EG"');
    const axis = [...quadrant.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    expect(axis.some((a) => a.includes('←'))).to.equal(true);
    const tree = (await mount('outcome-tree', exampleDoc(), 'locale="ar-EG"')) as OutcomeTree;
    const treeEl = tree.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
    treeEl.focus();
    const expanded = () =>
      tree.shadowRoot!.querySelector('[role="treeitem"][aria-expanded]')!.getAttribute('aria-expanded');
    const before = expanded();
    // In a right-to-left tree, ArrowLeft goes inward (opens), ArrowRight outward (closes).
    await sendKeys({ press: before === 'true' ? 'ArrowRight' : 'ArrowLeft' });
    await tree.updateComplete;
    expect(expanded()).to.equal(before === 'true' ? 'false' : 'true');
  });

  it('isolates the names and figures it puts into an Arabic sentence, so that each keeps its order', async () => {
    const vs = await mount(
      'output-vs-outcome',
      exampleDoc(),
      'output="tickets" outcome="churn" locale="ar-EG"',
    );
    const verdict = part(vs, 'verdict')!.textContent!;
    expect(verdict).to.contain('\u2068Support tickets closed\u2069');
    expect(verdict).to.contain('\u2068Monthly logo churn\u2069');
    const en = await mount(
      'output-vs-outcome',
      exampleDoc(),
      'output="tickets" outcome="churn" locale="en-US"',
    );
    expect(part(en, 'verdict')!.textContent).not.to.match(/[\u2068\u2069]/);
  });

  it('keeps an English problem message and its path left to right in an Arabic frame', async () => {
    const card = await mount(
      'kpi-trend',
      { version: 1, title: 5, metrics: 'none' },
      'metric="nps" locale="ar-EG"',
    );
    const item = card.shadowRoot!.querySelector('li')!;
    expect(item.matches(':dir(rtl)')).to.equal(true);
    expect(item.querySelector('code')!.matches(':dir(ltr)')).to.equal(true);
    expect(item.querySelector('[lang="en"]')!.matches(':dir(ltr)')).to.equal(true);
  });

  it('writes Arabic plural forms: two is a dual, not a plural', async () => {
    const ar = (await import('../../src/translations/ar.js')).default;
    const two = ar['frame.moreProblems'](2);
    const three = ar['frame.moreProblems'](3);
    expect(two).not.to.equal(three.replace('3', '2'));
    expect(two).not.to.match(/\d/);
  });
});

describe('translations: dashboard', () => {
  it('a dashboard in German says its date and its widgets in German', async () => {
    const doc = exampleDoc();
    const dashboard = await fixture<HTMLElement>(
      html`<outcome-dashboard locale="de-DE" .data=${doc}></outcome-dashboard>`,
    );
    await waitUntil(() => part(dashboard, 'as-of')?.textContent?.includes('Stand'), 'German as-of line', {
      timeout: 3000,
    });
    expect(text(part(dashboard, 'as-of'))).to.match(/^Stand: \d+\. \p{L}+ 2026$/u);
  });
});
