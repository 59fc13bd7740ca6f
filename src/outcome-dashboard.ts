import { OutcomeDashboard } from './elements/outcome-dashboard/outcome-dashboard.js';

export { OutcomeDashboard };
export type { OutcomeContextValue } from './data/context.js';

if (!customElements.get('outcome-dashboard')) customElements.define('outcome-dashboard', OutcomeDashboard);
