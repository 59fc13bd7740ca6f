import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { OutcomeDashboard } from '../../src/outcome-dashboard.js';
import { docUrl, exampleDoc, recordEvents, serverStats, TestProbe, uniqueKey } from '../helpers.js';

const TITLE = 'Customer outcomes 2026';
/** Tags defined late, under fresh names, to control which element upgrades first. */
let tagCount = 0;

describe('context: widgets inside <outcome-dashboard>', () => {
  it('get the dashboard document, and only the dashboard fires outcome-load', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = recordEvents(wrapper, 'outcome-load');
    const dashboard = document.createElement('outcome-dashboard');
    dashboard.innerHTML = '<test-probe></test-probe><test-probe></test-probe>';
    dashboard.data = exampleDoc();
    wrapper.append(dashboard);
    const probes = [...dashboard.querySelectorAll('test-probe')];
    await waitUntil(() => probes.every((p) => p.shownTitle === TITLE));
    expect(probes.map((p) => p.shadowRoot!.querySelector('.source')!.textContent)).to.deep.equal([
      'context',
      'context',
    ]);
    expect(events.map((e) => e.target)).to.deep.equal([dashboard]);
  });

  it('fetch the document once however many widgets there are', async () => {
    const key = uniqueKey('once');
    const dashboard = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard src=${docUrl(key)}>
        <test-probe></test-probe><test-probe></test-probe><test-probe></test-probe>
      </outcome-dashboard>`,
    );
    const probes = [...dashboard.querySelectorAll('test-probe')];
    await waitUntil(() => probes.every((p) => p.shownTitle === TITLE));
    expect((await serverStats(key)).hits).to.equal(1);
  });

  it('works when the provider upgrades first', async () => {
    const probeTag = `late-probe-${++tagCount}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><outcome-dashboard .data=${exampleDoc()}></outcome-dashboard></div>`,
    );
    const dashboard = wrapper.querySelector('outcome-dashboard')!;
    dashboard.innerHTML = `<${probeTag}></${probeTag}>`;
    await dashboard.updateComplete;
    customElements.define(probeTag, class extends TestProbe {});
    const probe = dashboard.querySelector(probeTag) as TestProbe;
    await waitUntil(() => probe.shownTitle === TITLE, 'late consumer got nothing');
  });

  it('works when the consumers upgrade first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const dashTag = `late-dashboard-${++tagCount}`;
    wrapper.innerHTML = `<${dashTag}><test-probe></test-probe></${dashTag}>`;
    const probe = wrapper.querySelector('test-probe')!;
    await probe.updateComplete;
    const dashboard = wrapper.querySelector(dashTag) as OutcomeDashboard;
    dashboard.data = exampleDoc();
    customElements.define(dashTag, class extends OutcomeDashboard {});
    await waitUntil(() => probe.shownTitle === TITLE, 'early consumer never found its late provider');
  });

  it('reach widgets added after the document loaded', async () => {
    const dashboard = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}></outcome-dashboard>`,
    );
    const probe = document.createElement('test-probe');
    dashboard.append(probe);
    await waitUntil(() => probe.shownTitle === TITLE);
  });

  it('follow a new document when the dashboard gets one', async () => {
    const dashboard = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}><test-probe></test-probe></outcome-dashboard>`,
    );
    const probe = dashboard.querySelector('test-probe')!;
    await waitUntil(() => probe.shownTitle === TITLE);
    dashboard.data = { version: 1, title: 'Replaced', metrics: [] };
    await waitUntil(() => probe.shownTitle === 'Replaced');
  });

  it('keep a source of their own over the dashboard', async () => {
    const dashboard = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}>
        <test-probe .data=${{ version: 1, title: 'Own', metrics: [] }}></test-probe>
      </outcome-dashboard>`,
    );
    const probe = dashboard.querySelector('test-probe')!;
    await probe.updateComplete;
    expect(probe.shownTitle).to.equal('Own');
  });

  it('follow the dashboard locale and theme unless they set their own', async () => {
    const dashboard = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()} locale="de-DE" theme="dark">
        <test-probe></test-probe><test-probe locale="ja-JP" theme="light"></test-probe>
      </outcome-dashboard>`,
    );
    const [inherits, own] = [...dashboard.querySelectorAll('test-probe')];
    await waitUntil(() => inherits.shownTitle === TITLE && own.shownTitle === TITLE);
    expect(inherits.shadowRoot!.querySelector('.locale')!.textContent).to.equal('de-DE');
    expect(inherits.shadowRoot!.querySelector('[part="base"]')!.classList.contains('dark')).to.equal(true);
    expect(own.shadowRoot!.querySelector('.locale')!.textContent).to.equal('ja-JP');
    expect(own.shadowRoot!.querySelector('[part="base"]')!.classList.contains('light')).to.equal(true);
  });

  it('say in one line that the dashboard document is broken, without repeating its errors', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors = recordEvents(wrapper, 'outcome-error');
    wrapper.innerHTML = '<outcome-dashboard><test-probe></test-probe></outcome-dashboard>';
    const dashboard = wrapper.querySelector('outcome-dashboard')!;
    dashboard.data = { version: 3, metrics: [] };
    const probe = wrapper.querySelector('test-probe')!;
    await waitUntil(() => probe.shownState === 'error');
    expect(probe.shadowRoot!.textContent).to.contain('the dashboard’s document has errors');
    expect(errors.map((e) => e.target)).to.deep.equal([dashboard]);
  });
});

describe('moving widgets', () => {
  it('resumes a fetch aborted by a move', async () => {
    const key = uniqueKey('move');
    const first = await fixture<HTMLDivElement>(html`<div></div>`);
    const second = await fixture<HTMLDivElement>(html`<div></div>`);
    const probe = document.createElement('test-probe');
    probe.src = docUrl(key, { delay: 300 });
    first.append(probe);
    await waitUntil(async () => (await serverStats(key)).hits === 1);
    second.append(probe);
    await waitUntil(() => probe.shownTitle === TITLE, 'never loaded after the move');
  });

  it('stop showing a dashboard document once moved out of the dashboard', async () => {
    const dashboard = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard .data=${exampleDoc()}><test-probe></test-probe></outcome-dashboard>`,
    );
    const probe = dashboard.querySelector('test-probe')!;
    await waitUntil(() => probe.shownTitle === TITLE);
    const outside = await fixture<HTMLDivElement>(html`<div></div>`);
    outside.append(probe);
    await waitUntil(() => probe.shownState === 'idle', 'still shows the old dashboard document');
  });

  it('show "No data yet" inside an unrelated element that is never defined', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<never-defined-card><test-probe></test-probe></never-defined-card>';
    const probe = wrapper.querySelector('test-probe')!;
    await probe.updateComplete;
    expect(probe.shownState).to.equal('idle');
  });
});

describe('locale resolution', () => {
  it('prefers a widget document locale over the locale of a dashboard it does not take data from', async () => {
    const dashboard = await fixture<OutcomeDashboard>(
      html`<outcome-dashboard locale="de-DE" .data=${exampleDoc()}>
        <test-probe .data=${{ version: 1, locale: 'fr-FR', metrics: [] }}></test-probe>
      </outcome-dashboard>`,
    );
    const probe = dashboard.querySelector('test-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('.locale')!.textContent).to.equal('fr-FR');
  });

  it('uses the document locale, then the nearest lang', async () => {
    const withDoc = await fixture<TestProbe>(
      html`<test-probe .data=${{ version: 1, locale: 'fr-FR', metrics: [] }}></test-probe>`,
    );
    expect(withDoc.shadowRoot!.querySelector('.locale')!.textContent).to.equal('fr-FR');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="pt-BR"><test-probe .data=${{ version: 1, metrics: [] }}></test-probe></div>`,
    );
    const probe = wrapper.querySelector('test-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('.locale')!.textContent).to.equal('pt-BR');
  });
});
