// Import the elements before React renders them: React 19 then sets `data` as a property.
// Rendered before the import, React would write data="[object Object]" as an attribute.
import 'outcome-kit/kpi-trend.js';
import 'outcome-kit/outcome-tree.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
