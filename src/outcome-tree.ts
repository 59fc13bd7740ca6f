import { OutcomeTree } from './elements/outcome-tree/outcome-tree.js';
import { define } from './elements/internal/define.js';

export { OutcomeTree };

define('outcome-tree', OutcomeTree);
