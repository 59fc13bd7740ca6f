// A page that imports the dashboard alone (its own test page: web-test-runner gives each file one).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/outcome-dashboard.js';
import { exampleDoc } from '../../helpers.js';

describe('<outcome-dashboard> imported alone', () => {
  it('draws in its default layout only the widgets the page defined, and each one once it is', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('outcome-dashboard');
    el.data = exampleDoc();
    wrapper.append(el);
    await el.updateComplete;
    const shown = () => [...el.shadowRoot!.querySelectorAll('.grid > :not(slot)')].map((w) => w.localName);
    expect(customElements.get('kpi-trend')).to.equal(undefined);
    expect(shown(), 'no undefined, empty tags').to.deep.equal([]);
    await import('../../../src/kpi-trend.js');
    await waitUntil(() => shown().length > 0, 'the cards appear once kpi-trend is defined');
    expect(new Set(shown())).to.deep.equal(new Set(['kpi-trend']));
    expect(shown()).to.have.length((exampleDoc().metrics as unknown[]).length);
  });
});
