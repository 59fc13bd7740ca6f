// @ts-check
// `npm run test:fuzz`: the element fuzzing of test/fuzz, long: FUZZ_RUNS documents per element
// (default 10,000), where `npm test` runs a few dozen.
import base from './web-test-runner.config.js';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);

export default {
  ...base,
  files: ['test/fuzz/**/*.test.ts'],
  testFramework: { config: { timeout: 0 } },
  testsFinishTimeout: 60 * 60 * 1000,
  /** @param {string} testFramework */
  testRunnerHtml: (testFramework) =>
    `<html><body><script>window.FUZZ_RUNS = ${runs};</script><script type="module" src="${testFramework}"></script></body></html>`,
};
