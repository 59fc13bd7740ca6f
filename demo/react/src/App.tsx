import { useState } from 'react';
import type {} from 'outcome-kit/react';
import type { OutcomeDocument } from 'outcome-kit/core';
import type { OutcomeSelectDetail, OutcomeSelectEvent } from 'outcome-kit/kpi-trend.js';
import example from '../../../fixtures/saas-outcomes.json';

const doc = example as OutcomeDocument;

/** What was chosen, in words. */
function describe(detail: OutcomeSelectDetail): string {
  if (detail.type === 'node') return `node ${detail.id}`;
  if (detail.type === 'point') return `point ${detail.index} of ${detail.metric}`;
  return `date ${detail.index}`;
}

export function App() {
  const [chosen, setChosen] = useState('nothing yet');
  const onSelect = (event: OutcomeSelectEvent) => setChosen(describe(event.detail));
  return (
    <main>
      <h1>Outcomes in a React app</h1>
      <p id="chosen">Chosen: {chosen}</p>
      <kpi-trend metric="nps" data={doc} noForecast={false} onoutcome-select={onSelect} />
      <outcome-tree data={doc} expandDepth={2} onoutcome-select={onSelect} />
    </main>
  );
}
