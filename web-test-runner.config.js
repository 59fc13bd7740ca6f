// @ts-check
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './scripts/find-chromium.js';
import { testEndpoints } from './test/server.js';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  // test/node, the layout tests (test/core/layout) and the translation tests run in Node, not here.
  files: ['test/**/*.test.ts', '!test/node/**', '!test/core/layout/**', '!test/translations/**'],
  nodeResolve: true,
  middleware: [testEndpoints],
  // One page at a time: Chromium stops animation frames in background tabs, which charts wait for.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  // Tests serve fixtures from this folder; keep the root as the repository.
  rootDir: '.',
};
