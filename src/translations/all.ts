/**
 * Every shipped language at once, for the one-file bundle and the embed page, which carry them all
 * so that no word waits for a download.
 */
import { registerTranslation } from '../elements/internal/localize.js';
import ar from './ar.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import ja from './ja.js';
import ptBR from './pt-BR.js';
import zhCN from './zh-CN.js';

/**
 * Registers every shipped language. Called, not run on import: package.json `sideEffects` lets
 * bundlers drop a bare `import './all.js'`.
 */
export function registerEveryLanguage(): void {
  registerTranslation(en, de, fr, es, ptBR, ja, zhCN, ar);
}
