import { OutputVsOutcome } from './elements/output-vs-outcome/output-vs-outcome.js';
import { define } from './elements/internal/define.js';

export { OutputVsOutcome };

define('output-vs-outcome', OutputVsOutcome);
