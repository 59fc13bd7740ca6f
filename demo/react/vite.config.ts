import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The React example: `npx vite build demo/react` (or `vite demo/react` to run it). */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
