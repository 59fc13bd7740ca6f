import { OutcomeDashboard } from './elements/outcome-dashboard/outcome-dashboard.js';
import { define } from './elements/internal/define.js';

export { OutcomeDashboard };
export { registerTranslation, type TranslationInput } from './elements/internal/localize.js';
export type * from './events/index.js';
export type { OutcomeContextValue } from './data/context.js';

define('outcome-dashboard', OutcomeDashboard);
