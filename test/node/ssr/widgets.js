// The page both sides render: the server (test/node/ssr.test.js, with @lit-labs/ssr) and the
// browser, which hydrates it. One template, so that both sides render the same.
import { html } from 'lit';

/** A document no element can show: `metrics` is not an array. */
export const BROKEN = { version: 1, metrics: 3 };

/** A metric of 60,000 points: large enough that a browser would check it in slices. */
export const LARGE = {
  version: 1,
  metrics: [
    {
      id: 'big',
      name: 'Sixty thousand points',
      kind: 'outcome',
      points: Array.from({ length: 60_000 }, (_, i) => [Date.UTC(2020, 0, 1) + i * 60_000, i % 50]),
    },
  ],
};

/**
 * Every element with its document as a property, a card that names no metric of the document,
 * an unusable document, a dashboard sharing its document with a card inside, and a large document.
 * @param {unknown} doc
 */
export const widgets = (doc) => html`
  <kpi-trend .data=${doc} metric="nps"></kpi-trend>
  <kpi-trend .data=${doc} metric="churn" variant="compact"></kpi-trend>
  <kpi-trend .data=${doc} metric="nps" locale="de-DE"></kpi-trend>
  <kpi-trend .data=${doc} metric="arr" locale="ar-EG"></kpi-trend>
  <output-vs-outcome .data=${doc} output="features" outcome="nps"></output-vs-outcome>
  <output-vs-outcome .data=${doc}></output-vs-outcome>
  <outcome-tree .data=${doc}></outcome-tree>
  <kpi-trend .data=${doc} metric="nope"></kpi-trend>
  <kpi-trend .data=${BROKEN}></kpi-trend>
  <outcome-dashboard .data=${doc}><kpi-trend metric="arr"></kpi-trend></outcome-dashboard>
  <kpi-trend .data=${LARGE} metric="big"></kpi-trend>
`;
