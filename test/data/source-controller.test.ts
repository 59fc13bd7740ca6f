import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/outcome-dashboard.js';
import { DEFAULT_TIMEOUT_SECONDS, MIN_REFRESH_SECONDS } from '../../src/data/source-controller.js';
import type { OutcomeErrorEvent } from '../../src/events/outcome-error.js';
import type { OutcomeLoadEvent } from '../../src/events/outcome-load.js';
import '../helpers.js';
import {
  docUrl,
  exampleDoc,
  nextEvent,
  recordEvents,
  serverStats,
  shadowText,
  uniqueKey,
  type TestProbe,
} from '../helpers.js';

const TITLE = 'Customer outcomes 2026';

async function ready(probe: TestProbe): Promise<void> {
  await waitUntil(() => probe.shownState === 'ready' || probe.shownState === 'error', 'probe never settled');
}

describe('source: the data property', () => {
  it('renders an object at once and fires outcome-load with the source', async () => {
    const doc = exampleDoc();
    const el = document.createElement('test-probe');
    const load = nextEvent<OutcomeLoadEvent>(el, 'outcome-load');
    el.data = doc;
    document.body.append(el);
    const event = await load;
    expect(event.detail.source).to.equal('data');
    expect(event.detail.document.title).to.equal(TITLE);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.shownTitle).to.equal(TITLE);
    el.remove();
  });

  it('parses a JSON string', async () => {
    const el = await fixture<TestProbe>(
      html`<test-probe .data=${JSON.stringify(exampleDoc())}></test-probe>`,
    );
    expect(el.shownTitle).to.equal(TITLE);
  });

  it('shows the parser message at the document path for text that is not JSON', async () => {
    const el = document.createElement('test-probe');
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    el.data = '{ "version": 1, ';
    document.body.append(el);
    const { detail } = await error;
    expect(detail.errors[0].path).to.equal('');
    expect(detail.source).to.equal('data');
    expect(el.shownState).to.equal('error');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('document');
    el.remove();
  });

  it('names the version problem and its path for an unsupported version', async () => {
    const el = await fixture<TestProbe>(html`<test-probe .data=${{ version: 2, metrics: [] }}></test-probe>`);
    expect(el.shownState).to.equal('error');
    expect(shadowText(el)).to.match(/version: .*unsupported version/);
  });

  it('explains data="[object Object]", what a framework writes before the element is defined', async () => {
    // React sets an attribute on an element it does not know yet, and an object becomes that text.
    const el = document.createElement('test-probe');
    el.setAttribute('data', String({}));
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.errors[0].path).to.equal('data');
    expect(el.shownState).to.equal('error');
    expect(shadowText(el)).to.match(
      /data: got the attribute data="\[object Object\]".*import the element before rendering/,
    );
    // The framework's next render sets the property, which wins.
    el.data = exampleDoc();
    await waitUntil(() => el.shownState === 'ready');
    el.remove();
  });

  it('checks a large document in slices: the skeleton shows, the page keeps running, then the document', async () => {
    const points = Array.from({ length: 120_000 }, (_, i) => [Date.UTC(2020, 0, 1) + i * 60_000, i % 50]);
    const doc = { ...exampleDoc(), metrics: [{ id: 'big', name: 'Big', kind: 'outcome', points }] };
    const el = document.createElement('test-probe');
    const load = nextEvent<OutcomeLoadEvent>(el, 'outcome-load');
    el.data = doc;
    document.body.append(el);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await nextFrame();
    expect(el.shownState).to.equal('loading');
    await el.updateComplete;
    clearInterval(timer);
    expect(el.shownState).to.equal('ready');
    expect(ticks, 'the page never ran during the check').to.be.above(0);
    expect((await load).detail.document.metrics[0].points).to.have.length(120_000);
    el.remove();
  });

  it('re-renders when a new object is set, and falls back to src when data is cleared', async () => {
    const key = uniqueKey('fallback');
    const el = await fixture<TestProbe>(
      html`<test-probe
        .data=${{ version: 1, title: 'From data', metrics: [] }}
        src=${docUrl(key)}
      ></test-probe>`,
    );
    expect(el.shownTitle).to.equal('From data');
    expect((await serverStats(key)).hits, 'src is not fetched while data wins').to.equal(0);
    el.data = { version: 1, title: 'Second', metrics: [] };
    await el.updateComplete;
    expect(el.shownTitle).to.equal('Second');
    el.data = undefined;
    await waitUntil(() => el.shownTitle === TITLE);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.equal('src');
  });
});

describe('source: the src attribute', () => {
  it('shows a busy skeleton while loading, then the document, and fires outcome-load once', async () => {
    const key = uniqueKey('src');
    const el = document.createElement('test-probe');
    const events = recordEvents(el, 'outcome-load', 'outcome-error');
    el.src = docUrl(key, { delay: 150 });
    document.body.append(el);
    await el.updateComplete;
    expect(el.shownState).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')?.textContent).to.contain('Loading');
    await ready(el);
    expect(el.shownTitle).to.equal(TITLE);
    expect(events.map((e) => e.type)).to.deep.equal(['outcome-load']);
    expect(events[0].detail.source).to.equal('src');
    el.remove();
  });

  for (const status of [404, 500]) {
    it(`shows HTTP ${status} with the URL and fires outcome-error`, async () => {
      const url = `/__test__/status/${status}`;
      const el = document.createElement('test-probe');
      const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
      el.src = url;
      document.body.append(el);
      const { detail } = await error;
      expect(detail.errors).to.have.length(1);
      expect(detail.errors[0].path).to.equal('');
      expect(detail.errors[0].message).to.contain(`HTTP ${status}`).and.contain(url);
      await el.updateComplete;
      expect(shadowText(el)).to.contain(`HTTP ${status}`);
      el.remove();
    });
  }

  it('reports a response that is not JSON', async () => {
    const el = document.createElement('test-probe');
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    el.src = '/__test__/text';
    document.body.append(el);
    const { detail } = await error;
    expect(detail.errors[0].path).to.equal('');
    expect(detail.errors[0].message.toLowerCase()).to.contain('json');
    el.remove();
  });

  it('aborts the fetch when the element leaves the page, and fires nothing', async () => {
    const key = uniqueKey('abort');
    const el = document.createElement('test-probe');
    const events = recordEvents(el, 'outcome-load', 'outcome-error');
    el.src = docUrl(key, { delay: 2000 });
    document.body.append(el);
    await waitUntil(async () => (await serverStats(key)).hits === 1, 'request never arrived');
    el.remove();
    await waitUntil(async () => (await serverStats(key)).aborted === 1, 'request was not aborted');
    expect(events).to.have.length(0);
  });

  it('aborts the old fetch when src changes and shows only the new document', async () => {
    const slow = uniqueKey('slow');
    const fast = uniqueKey('fast');
    const el = document.createElement('test-probe');
    const events = recordEvents(el, 'outcome-load');
    el.src = docUrl(slow, { delay: 2000 });
    document.body.append(el);
    await waitUntil(async () => (await serverStats(slow)).hits === 1);
    el.src = docUrl(fast);
    await ready(el);
    await waitUntil(async () => (await serverStats(slow)).aborted === 1, 'old request was not aborted');
    expect(events).to.have.length(1);
    expect(el.shownTitle).to.equal(TITLE);
    el.remove();
  });

  it('keeps the last good data on screen, marked stale, when a refresh fails', async () => {
    const key = uniqueKey('flaky');
    const el = await fixture<TestProbe>(
      html`<test-probe src=${docUrl(key, { 'fail-after': 1 })}></test-probe>`,
    );
    await ready(el);
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    el.reload();
    const { detail } = await error;
    expect(detail.stale).to.equal(true);
    expect(detail.errors[0].message).to.contain('HTTP 500');
    await el.updateComplete;
    expect(el.shownState).to.equal('ready');
    expect(el.shownTitle).to.equal(TITLE);
    expect(el.shadowRoot!.querySelector('[part="stale"]')?.textContent).to.equal('Stale');
  });

  it('clears the stale mark when a later refresh succeeds', async () => {
    const key = uniqueKey('recover');
    const el = await fixture<TestProbe>(
      html`<test-probe src=${docUrl(key, { 'fail-after': 1 })}></test-probe>`,
    );
    await ready(el);
    el.reload();
    await nextEvent(el, 'outcome-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.exist;
    el.src = docUrl(key); // same server counter, no failure rule
    await nextEvent(el, 'outcome-load');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
  });

  describe('refresh timing', () => {
    const realSetTimeout = window.setTimeout;
    let scheduled: number[] = [];
    beforeEach(() => {
      scheduled = [];
      // Record the long delays the controller asks for; short ones (test utilities, the timeouts
      // these tests set) run as usual. A fetch's default timeout is no refresh: it is left out.
      window.setTimeout = ((fn: TimerHandler, delay?: number, ...rest: unknown[]) => {
        if (delay === DEFAULT_TIMEOUT_SECONDS * 1000) return 0;
        if ((delay ?? 0) > 1000) {
          scheduled.push(delay!);
          return 0;
        }
        return realSetTimeout(fn, delay, ...rest);
      }) as typeof window.setTimeout;
    });
    afterEach(() => {
      window.setTimeout = realSetTimeout;
    });

    it('re-fetches every refresh seconds, never more often than every 5 seconds', async () => {
      const el = await fixture<TestProbe>(
        html`<test-probe src=${docUrl(uniqueKey('t'))} refresh="1"></test-probe>`,
      );
      await ready(el);
      expect(scheduled).to.deep.equal([MIN_REFRESH_SECONDS * 1000]);
      el.refresh = 60;
      await el.updateComplete;
      expect(scheduled.at(-1)).to.equal(60000);
    });

    it('schedules the next refresh after one that hung until its timeout', async () => {
      const key = uniqueKey('hung-timer');
      const el = await fixture<TestProbe>(
        html`<test-probe src="/__test__/hang/${key}.json?good=1" refresh="5" timeout="0.3"></test-probe>`,
      );
      await ready(el);
      expect(scheduled).to.deep.equal([5000]);
      const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
      el.reload();
      expect((await error).detail.stale).to.equal(true);
      expect(scheduled).to.deep.equal([5000, 5000]);
    });

    it('does not poll without refresh', async () => {
      const el = await fixture<TestProbe>(html`<test-probe src=${docUrl(uniqueKey('n'))}></test-probe>`);
      await ready(el);
      expect(scheduled).to.deep.equal([]);
    });
  });
});

describe('source: network and size faults', () => {
  /** Mounts a probe on `src` and waits for its first outcome-error. */
  async function failing(attributes: Record<string, string>): Promise<{ el: TestProbe; message: string }> {
    const el = document.createElement('test-probe');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    document.body.append(el);
    const { detail } = await error;
    expect(detail.stale).to.equal(false);
    expect(detail.errors[0].path).to.equal('');
    await el.updateComplete;
    expect(el.shownState).to.equal('error');
    return { el, message: detail.errors[0].message };
  }

  it('gives up on a server that never answers after timeout seconds, and says so', async () => {
    const key = uniqueKey('hang');
    const { el, message } = await failing({ src: `/__test__/hang/${key}.json`, timeout: '0.3' });
    expect(message).to.contain('did not answer within 0.3 s');
    expect(shadowText(el)).to.contain('did not answer within 0.3 s');
    await waitUntil(async () => (await serverStats(key)).aborted === 1, 'the request was left open');
    el.remove();
  });

  it('gives up on a body that stops half way', async () => {
    const { el, message } = await failing({ src: '/__test__/half.json', timeout: '0.3' });
    expect(message).to.contain('/__test__/half.json').and.contain('did not answer within 0.3 s');
    el.remove();
  });

  it('marks the data stale on a hung refresh, and a later good refresh clears it', async () => {
    const key = uniqueKey('hung');
    const el = await fixture<TestProbe>(
      html`<test-probe src="/__test__/hang/${key}.json?good=1,3" timeout="0.3"></test-probe>`,
    );
    await ready(el);
    const error = nextEvent<OutcomeErrorEvent>(el, 'outcome-error');
    el.reload();
    const { detail } = await error;
    expect(detail.stale).to.equal(true);
    expect(detail.errors[0].message).to.contain('did not answer within 0.3 s');
    await el.updateComplete;
    expect(el.shownTitle).to.equal(TITLE);
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.exist;
    const load = nextEvent<OutcomeLoadEvent>(el, 'outcome-load');
    el.reload();
    await load;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
  });

  for (const [how, length] of [
    ['says its Content-Length', '1'],
    ['sends no Content-Length', '0'],
  ]) {
    it(`refuses a document over max-size when the server ${how}, naming the limit`, async () => {
      const src = `/__test__/big.json?bytes=300000&length=${length}`;
      const { el, message } = await failing({ src, 'max-size': '0.1' });
      expect(message).to.contain('larger than the 0.1 MB limit').and.contain('max-size');
      expect(shadowText(el)).to.contain('larger than the 0.1 MB limit');
      el.remove();
    });
  }

  it('reads a document under max-size', async () => {
    const el = await fixture<TestProbe>(
      html`<test-probe src=${'/__test__/big.json?bytes=300000&length=0'} max-size="1"></test-probe>`,
    );
    await ready(el);
    expect(el.shownState).to.equal('ready');
  });

  it("uses its dashboard's timeout and max-size when it sets none", async () => {
    const key = uniqueKey('dash-hang');
    const dashboard = await fixture(
      html`<outcome-dashboard timeout="0.3" max-size="0.1">
        <test-probe src="/__test__/hang/${key}.json"></test-probe>
        <test-probe src="/__test__/big.json?bytes=300000"></test-probe>
      </outcome-dashboard>`,
    );
    const [hung, big] = [...dashboard.querySelectorAll<TestProbe>('test-probe')];
    await waitUntil(() => hung.shownState === 'error' && big.shownState === 'error', 'never failed', {
      timeout: 3000,
    });
    expect(shadowText(hung)).to.contain('did not answer within 0.3 s');
    expect(shadowText(big)).to.contain('larger than the 0.1 MB limit');
  });
});

describe('source: an inline JSON script', () => {
  it('reads a child script and follows edits to it', async () => {
    const el = await fixture<TestProbe>(
      html`<test-probe>
        <script type="application/json">
          { "version": 1, "title": "Inline", "metrics": [] }
        </script>
      </test-probe>`,
    );
    expect(el.shownTitle).to.equal('Inline');
    el.querySelector('script')!.textContent = '{ "version": 1, "title": "Edited", "metrics": [] }';
    await waitUntil(() => el.shownTitle === 'Edited', 'edit not picked up');
  });

  it('loses to src', async () => {
    const el = await fixture<TestProbe>(
      html`<test-probe src=${docUrl(uniqueKey('p'))}>
        <script type="application/json">
          { "version": 1, "title": "Inline", "metrics": [] }
        </script>
      </test-probe>`,
    );
    await ready(el);
    expect(el.shownTitle).to.equal(TITLE);
  });
});

describe('source: no source at all', () => {
  it('says there is no data yet', async () => {
    const el = await fixture<TestProbe>(html`<test-probe></test-probe>`);
    expect(el.shownState).to.equal('idle');
    expect(shadowText(el)).to.contain('No data yet');
  });
});
