import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** The outcome-kit tags, which Vue must leave to the browser instead of resolving as components. */
const outcomeKitTags = new Set(['kpi-trend', 'outcome-tree', 'output-vs-outcome', 'outcome-dashboard']);

/** The Vue example: `npx vite build demo/vue` (or `vite demo/vue` to run it). */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => outcomeKitTags.has(tag) } } })],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
