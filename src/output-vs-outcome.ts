import { OutputVsOutcome } from './elements/output-vs-outcome/output-vs-outcome.js';
import { define } from './elements/internal/define.js';

export { OutputVsOutcome };
export { registerTranslation, type TranslationInput } from './elements/internal/localize.js';
export type * from './events/index.js';

define('output-vs-outcome', OutputVsOutcome);
