// @ts-check
/** Generates custom-elements.json from the JSDoc of the element classes. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/core/**', 'src/cli.ts', 'src/embed/**'],
  litelement: true,
  // package.json already names the manifest; the freshness check writes elsewhere and must not touch it.
  packagejson: false,
};
