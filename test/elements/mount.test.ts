import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountDataWidgets } from '../../src/bundle.js';
import type { KpiTrend } from '../../src/kpi-trend.js';
import { docUrl, part, text, uniqueKey } from '../helpers.js';

describe('CMS-safe mount (data-outcome-widget)', () => {
  it('turns a div into its widget, every other data-* an attribute; the div keeps its place and classes', async () => {
    const page = await fixture<HTMLElement>(
      html`<section>
        <p>before</p>
        <div
          class="kpi-box wide"
          data-outcome-widget="kpi-trend"
          data-metric="nps"
          data-src=${docUrl(uniqueKey('mount'))}
          data-variant="compact"
        ></div>
        <p>after</p>
      </section>`,
    );
    mountDataWidgets(page);
    const div = page.querySelector('div')!;
    expect(div.className).to.equal('kpi-box wide');
    expect(div.previousElementSibling!.textContent).to.equal('before');
    const card = div.querySelector('kpi-trend') as KpiTrend;
    expect(card, 'the widget inside the div').to.exist;
    expect(card.getAttribute('metric')).to.equal('nps');
    expect(card.getAttribute('variant')).to.equal('compact');
    expect(card.hasAttribute('outcome-widget')).to.equal(false);
    await waitUntil(() => part(card, 'value'), 'the card loads its document', { timeout: 5000 });
    expect(text(part(card, 'value'))).to.equal('45 pts');
  });

  it('mounts divs added later, once, and leaves a div naming no widget alone', async () => {
    const page = await fixture<HTMLElement>(html`<main></main>`);
    const observer = mountDataWidgets(page);
    const late = document.createElement('div');
    late.dataset.outcomeWidget = 'outcome-tree';
    late.dataset.expandDepth = '2';
    const wrapper = document.createElement('article');
    wrapper.append(late);
    page.append(wrapper);
    await waitUntil(() => late.querySelector('outcome-tree'), 'the late div is mounted');
    expect(late.querySelector('outcome-tree')!.getAttribute('expand-depth')).to.equal('2');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const odd = document.createElement('div');
      odd.dataset.outcomeWidget = 'marquee';
      page.append(odd);
      await waitUntil(() => odd.hasAttribute('data-outcome-mounted'), 'the odd div is seen');
      expect(odd.children.length).to.equal(0);
      expect(String(warnings[0])).to.contain('data-outcome-widget="marquee" names no widget');
    } finally {
      console.warn = warn;
    }
    // Moving a mounted div does not mount it twice.
    page.append(late);
    await new Promise((done) => setTimeout(done, 0));
    expect(late.querySelectorAll('outcome-tree').length).to.equal(1);
    observer.disconnect();
  });
});
