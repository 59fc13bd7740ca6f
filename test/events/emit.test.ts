import { expect, fixture, html } from '@open-wc/testing';
import { emit, outcomeEvent } from '../../src/events/emit.js';

describe('emit: the one way outcome-kit fires events', () => {
  it('fires a bubbling, composed event that a page listener hears from inside a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    const heard: CustomEvent[] = [];
    document.addEventListener('outcome-toggle', (e) => heard.push(e), { once: true });
    emit(inner, 'outcome-toggle', { id: 'g1', expanded: true });
    expect(heard).to.have.length(1);
    expect(heard[0].detail).to.deep.equal({ id: 'g1', expanded: true });
    expect(heard[0].composed && heard[0].bubbles).to.be.true;
    expect(heard[0].target, 'retargeted to the host').to.equal(host);
  });

  it('is not cancelable unless asked, and says when a listener prevented it', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(outcomeEvent('outcome-load', { document: { version: 1, metrics: [] }, source: 'data' }).cancelable)
      .to.be.false;
    el.addEventListener('outcome-select', (e) => e.preventDefault(), { once: true });
    const detail = { type: 'node', id: 'n', node: { id: 'n', type: 'goal', title: 'N' } } as const;
    expect(emit(el, 'outcome-select', detail, { cancelable: true })).to.be.false;
    expect(emit(el, 'outcome-select', detail, { cancelable: true }), 'no listener left').to.be.true;
  });
});
