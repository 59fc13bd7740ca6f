import { OutcomeTree } from './elements/outcome-tree/outcome-tree.js';
import { define } from './elements/internal/define.js';

export { OutcomeTree };
export { registerTranslation, type TranslationInput } from './elements/internal/localize.js';
export type * from './events/index.js';

define('outcome-tree', OutcomeTree);
