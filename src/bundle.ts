// The one-file bundle (dist/outcome-kit.js): every element, with every shipped language.
import './translations/all.js';

export * from './index.js';
