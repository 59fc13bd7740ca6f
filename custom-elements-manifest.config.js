// @ts-check
/** Generates custom-elements.json from the JSDoc of the element classes. */
export default {
  globs: ['src/**/*.ts'],
  // Words (src/translations) are data, not elements: the manifest would list every sentence.
  exclude: ['src/core/**', 'src/cli.ts', 'src/embed/**', 'src/translations/**', 'src/bundle.ts'],
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
