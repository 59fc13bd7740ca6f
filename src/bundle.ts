// The one-file bundle (dist/outcome-kit.js): every element, with every shipped language.
import { registerEveryLanguage } from './translations/all.js';

registerEveryLanguage();

export * from './index.js';
