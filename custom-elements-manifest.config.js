// @ts-check
/** Generates custom-elements.json from the JSDoc of the element classes. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/core/**', 'src/cli.ts', 'src/embed/**'],
  litelement: true,
  // package.json already names the manifest; the freshness check writes elsewhere and must not touch it.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order the file system returns them, which differs between
      // checkouts; sorted by path, the manifest is the same everywhere and the freshness check holds.
      name: 'sort-modules',
      /** @param {{ customElementsManifest: { modules: { path: string }[] } }} context */
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
