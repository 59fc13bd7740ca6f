import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseDocument } from '../../../src/core/parse/index.js';
import { OutcomeDashboard } from '../../../src/outcome-dashboard.js';
import '../../../src/kpi-trend.js';
import '../../../src/outcome-tree.js';
import invalid from '../../../fixtures/invalid-many-errors.json' with { type: 'json' };
import { docUrl, exampleDoc, part, shadowText, uniqueKey, type TestProbe } from '../../helpers.js';

describe('<outcome-dashboard>: ready', () => {
  it('shows the title as a heading and the as-of date in the locale', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}></outcome-dashboard>`,
    );
    const title = part(el, 'title')!;
    expect(title.textContent!.trim()).to.equal('Customer outcomes 2026');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(part(el, 'as-of')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('As of September 30, 2026');
    expect(part(el, 'as-of')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-09-30');
  });

  it('formats the date in the locale attribute and takes a heading level', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard locale="de-DE" heading-level="3" .data=${exampleDoc()}></outcome-dashboard>`,
    );
    expect(part(el, 'as-of')!.textContent).to.contain('30. September 2026');
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
  });

  it('passes its since date to the widgets inside, unless a widget sets its own', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard since="2026-06-01" .data=${exampleDoc()}>
        <kpi-trend metric="nps"></kpi-trend>
        <kpi-trend metric="nps" since="2026-09-01"></kpi-trend>
        <outcome-tree></outcome-tree>
      </outcome-dashboard>`,
    );
    const [shared, own] = [...el.querySelectorAll('kpi-trend')];
    await shared.updateComplete;
    await own.updateComplete;
    const since = (card: Element) => card.shadowRoot!.querySelector('[part~="since"]')?.textContent ?? '';
    expect(since(shared).replace(/\s+/g, ' ')).to.contain('Since Jun 1, 2026');
    expect(since(own).replace(/\s+/g, ' ')).to.contain('Since Sep 1, 2026');
    const tree = el.querySelector('outcome-tree')!;
    await tree.updateComplete;
    expect(tree.shadowRoot!.textContent).to.contain('New since Jun 1, 2026');
  });

  it('shows today as the as-of date when the document has none', async () => {
    const doc = exampleDoc();
    delete doc.asOf;
    const el = await fixture<OutcomeDashboard>(html`<outcome-dashboard .data=${doc}></outcome-dashboard>`);
    const expected = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
    expect(part(el, 'as-of')!.textContent).to.contain(expected);
  });

  it('renders text from the document as text, never as HTML', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard
        .data=${{ version: 1, title: '<img src=x onerror=alert(1)>', metrics: [] }}
      ></outcome-dashboard>`,
    );
    expect(part(el, 'title')!.textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('lays its widgets out in a grid that wraps with the width', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}>
        ${[1, 2, 3, 4].map((n) => html`<article>Card ${n}</article>`)}
      </outcome-dashboard>`,
    );
    const columns = () => new Set([...el.querySelectorAll('article')].map((a) => a.offsetLeft)).size;
    el.style.width = '1200px';
    await waitUntil(() => columns() === 4, `expected 4 columns, got ${columns()}`);
    el.style.width = '300px';
    await waitUntil(() => columns() === 1, `expected 1 column, got ${columns()}`);
  });
});

describe('<outcome-dashboard>: states', () => {
  it('shows a busy skeleton while loading', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard src=${docUrl(uniqueKey('slow'), { delay: 300 })}></outcome-dashboard>`,
    );
    expect(part(el, 'skeleton')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => part(el, 'title'), 'never loaded');
    expect(part(el, 'skeleton')).to.equal(null);
  });

  it('says "No data yet" for a document with no metrics and no nodes', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${{ version: 1, title: 'Empty', metrics: [] }}></outcome-dashboard>`,
    );
    expect(part(el, 'empty')!.textContent).to.equal('No data yet');
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Empty');
  });

  it('says "No data yet" with no source at all', async () => {
    const el = await fixture<OutcomeDashboard>(html`<outcome-dashboard></outcome-dashboard>`);
    expect(part(el, 'empty')!.textContent).to.equal('No data yet');
  });

  it('lists the problems with their paths and hides the grid', async () => {
    const doc = {
      version: 1,
      locale: 'not a locale!',
      asOf: '2026-02-30',
      metrics: 'none',
      title: 5,
      nodes: {},
    };
    const { documentErrors } = parseDocument(doc);
    expect(documentErrors).to.have.length(5);
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${doc}><p>child</p></outcome-dashboard>`,
    );
    const items = [...part(el, 'error')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal(documentErrors.slice(0, 5).map((e) => `${e.path}: ${e.message}`));
    expect(shadowText(el)).not.to.contain('more problem');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect((part(el, 'grid') as HTMLElement).hidden).to.equal(true);
  });

  it('does not stop at a broken metric: it shares the document and lists those problems, closed', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${invalid}></outcome-dashboard>`,
    );
    expect(part(el, 'error')).to.equal(null);
    expect((part(el, 'grid') as HTMLElement).hidden).to.equal(false);
    const { errors } = parseDocument(invalid);
    const problems = part(el, 'problems') as HTMLDetailsElement;
    expect(problems.open).to.equal(false);
    expect(problems.querySelector('summary')!.textContent).to.contain(
      `${errors.length} problems in this document`,
    );
    const items = [...problems.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal(errors.map((e) => `${e.path}: ${e.message}`));
  });

  it('shows no problems disclosure for a clean document', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}></outcome-dashboard>`,
    );
    expect(part(el, 'problems')).to.equal(null);
  });

  it('lists five problems at most and counts the rest', async () => {
    const errors = Array.from({ length: 8 }, (_, i) => ({
      path: `metrics[${i}].name`,
      message: 'expected a string',
    }));
    const el = await fixture<TestProbe>(html`<test-probe .shownErrors=${errors}></test-probe>`);
    expect(part(el, 'error')!.querySelectorAll('li')).to.have.length(5);
    expect(shadowText(el)).to.contain('and 3 more problems');
    el.shownErrors = errors.slice(0, 6);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('and 1 more problem');
  });
});

describe('<outcome-dashboard>: theme', () => {
  it('paints no slab of its own when it follows the page', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}></outcome-dashboard>`,
    );
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('reflects theme and, forced into one, paints a page of that theme behind its cards', async () => {
    const el = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard theme="dark" .data=${exampleDoc()}></outcome-dashboard>`,
    );
    expect(el.getAttribute('theme')).to.equal('dark');
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(13, 17, 23)');
    expect(getComputedStyle(base).colorScheme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(246, 248, 250)');
    expect(getComputedStyle(base).colorScheme).to.equal('light');
  });

  it('takes colours from the page through --outcome-* tokens', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--outcome-dashboard-background: rgb(1, 2, 3)">
        <outcome-dashboard .data=${exampleDoc()}></outcome-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('outcome-dashboard')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('takes a font family list from --outcome-font', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--outcome-font: Georgia, serif">
        <outcome-dashboard .data=${exampleDoc()}></outcome-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('outcome-dashboard')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'title')!).fontFamily).to.equal('Georgia, serif');
  });

  it('inherits the font of the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="font-family: Georgia, serif">
        <outcome-dashboard .data=${exampleDoc()}></outcome-dashboard>
      </div>`,
    );
    const el = wrapper.querySelector('outcome-dashboard')!;
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'title')!).fontFamily).to.equal('Georgia, serif');
  });
});

describe('<outcome-dashboard>: accessibility', () => {
  const states: Record<string, () => ReturnType<typeof html>> = {
    ready: () => html`<outcome-dashboard .data=${exampleDoc()}><p>A widget</p></outcome-dashboard>`,
    loading: () =>
      html`<outcome-dashboard src=${docUrl(uniqueKey('a11y'), { delay: 2000 })}></outcome-dashboard>`,
    error: () => html`<outcome-dashboard .data=${{ version: 9, metrics: [] }}></outcome-dashboard>`,
    'ready with problems in parts': () => html`<outcome-dashboard .data=${invalid}></outcome-dashboard>`,
    empty: () =>
      html`<outcome-dashboard .data=${{ version: 1, title: 'Nothing', metrics: [] }}></outcome-dashboard>`,
  };
  for (const theme of ['light', 'dark']) {
    for (const [state, template] of Object.entries(states)) {
      it(`is accessible when ${state}, ${theme}`, async () => {
        const el = await fixture<OutcomeDashboard>(template());
        el.theme = theme as 'light' | 'dark';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('registration', () => {
  it('defines the tag once and a second copy of the module does not throw', async () => {
    expect(customElements.get('outcome-dashboard')).to.equal(OutcomeDashboard);
    const url = new URL('../../../src/outcome-dashboard.ts?second-copy', import.meta.url).href;
    await import(/* @vite-ignore */ url);
    expect(customElements.get('outcome-dashboard')).to.equal(OutcomeDashboard);
  });
});
