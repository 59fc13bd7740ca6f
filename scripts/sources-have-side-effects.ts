import type { Plugin } from 'vite';

/**
 * package.json's `sideEffects` names the shipped files only, so Vite would treat the sources as
 * free of side effects and drop the `define` calls that the one-file bundle and the pages reach
 * through `import './index.js'`, and Storybook those of `import '../src/kpi-trend.js'`. The
 * sources keep theirs.
 */
export const sourcesHaveSideEffects: Plugin = {
  name: 'outcome-kit:sources-have-side-effects',
  transform(code, id) {
    return id.includes('/src/') ? { code, moduleSideEffects: true } : undefined;
  },
};
