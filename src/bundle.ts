// The one-file bundle (dist/outcome-kit.js): every element, with every shipped language, and the
// CMS-safe mount of `data-outcome-widget` divs.
import { mountDataWidgets } from './mount.js';
import { registerEveryLanguage } from './translations/all.js';

registerEveryLanguage();
if (typeof document !== 'undefined') mountDataWidgets(document);

export * from './index.js';
export { mountDataWidgets } from './mount.js';
