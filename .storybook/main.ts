import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The repository's tsconfig.json. Lit's decorators need `experimentalDecorators` and
 * `useDefineForClassFields: false`; Vite's TypeScript transform (Oxc in Vite 8) reads both from
 * here, so stories and elements compile exactly as `tsc` and the test runner compile them.
 */
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // No static dir: stories import their fixtures (fixtures/*.json) and `.storybook/mock-fetch.ts`
  // answers the `https://example.invalid/` URLs from those imports, so nothing is fetched.
  core: {
    // This machine (and CI) is offline; do not phone home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      tsconfig,
      // The repository's vite.config.ts (loaded by the Vite builder) points publicDir at the demo's
      // fixtures; Storybook serves nothing from there.
      publicDir: false,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Pre-bundle every lit entry the renderer and the stories import, so that dev mode loads
        // one copy of lit-html (else: "Multiple versions of Lit loaded").
        include: [
          ...(viteConfig.optimizeDeps?.include ?? []),
          'lit',
          'lit/directive-helpers.js',
          'lit/decorators.js',
          'lit/directives/if-defined.js',
          '@lit/context',
        ],
      },
      build: {
        ...viteConfig.build,
        // Storybook's own docs and a11y chunks are large; that is not ours to split.
        chunkSizeWarningLimit: 2048,
      },
    };
  },
};

export default config;
