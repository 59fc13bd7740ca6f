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
      // The analyzer describes the sources, which the package does not ship. Users import the
      // elements from dist/<tag>.js (or the whole set from dist/index.js): the manifest lists those
      // modules only, each with its class and the definition of its tag. Internal modules are left
      // out, and references into them keep their name without a module.
      name: 'public-modules',
      /** @param {{ customElementsManifest: { modules: any[] } }} context */
      packageLinkPhase({ customElementsManifest }) {
        /** @type {any[]} */
        const elements = customElementsManifest.modules
          .flatMap((m) => m.declarations ?? [])
          .filter((d) => d.customElement && d.tagName);
        const modules = elements.map((element) => {
          const path = `dist/${element.tagName}.js`;
          return {
            kind: 'javascript-module',
            path,
            declarations: [stripModules(element)],
            exports: exportsOf([element], () => path),
          };
        });
        modules.push({
          kind: 'javascript-module',
          path: 'dist/index.js',
          declarations: [],
          exports: exportsOf(elements, (element) => `dist/${element.tagName}.js`),
        });
        customElementsManifest.modules = modules;
      },
    },
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

/**
 * The exports of a public module: each element's class and the definition of its tag.
 * @param {any[]} elements
 * @param {(element: any) => string} moduleOf
 */
function exportsOf(elements, moduleOf) {
  return elements.flatMap((element) => {
    const declaration = { name: element.name, module: moduleOf(element) };
    return [
      { kind: 'js', name: element.name, declaration },
      { kind: 'custom-element-definition', name: element.tagName, declaration },
    ];
  });
}

/**
 * A copy of `value` without `module` fields, which name source files (`inheritedFrom`,
 * `superclass`, type references).
 * @param {any} value
 * @returns {any}
 */
function stripModules(value) {
  if (Array.isArray(value)) return value.map(stripModules);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'module')
      .map(([key, v]) => [key, stripModules(v)]),
  );
}
