/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { useEffect } from 'storybook/preview-api';
import { registerTranslation } from '../src/elements/internal/localize.js';
import { pseudoTranslation } from '../src/translations/pseudo.js';
import { installMockFetch } from './mock-fetch.js';

// Before any story renders: `https://example.invalid/…` is answered in the page (see mock-fetch.ts).
// Called, not imported for its side effect: package.json `sideEffects` would let the bundler drop
// a bare `import './mock-fetch.js'`.
installMockFetch();

// ---------------------------------------------------------------------------------------------
// Custom elements manifest: controls and API docs come from the elements' JSDoc.
// `custom-elements.json` is generated (`npm run analyze`); a glob keeps Storybook usable (with a
// warning) when it has not been generated yet instead of failing to build.
// ---------------------------------------------------------------------------------------------

interface ManifestMember {
  name?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
}
interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: { name?: string }[];
  members?: ManifestMember[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/**
 * The manifest without private, protected and static members: Storybook would otherwise list
 * internals (`source`, `provider`, `renderHeader`…) among the properties and controls.
 */
function publicApi(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (m) => !m.static && (m.privacy ?? 'public') === 'public' && !m.name?.startsWith('#'),
        ),
      })),
    })),
  };
}

const manifestModules = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest: Manifest | undefined = Object.values(manifestModules)[0];
if (manifest) {
  setCustomElementsManifest(publicApi(manifest));
} else {
  console.warn(
    'outcome-kit Storybook: custom-elements.json is missing, so docs and controls are incomplete. ' +
      'Run `npm run analyze` and restart Storybook.',
  );
}

/** Tags of outcome-kit elements that take the attribute `name`, from the manifest. */
function tagsWithAttribute(name: string): Set<string> {
  return new Set(
    (manifest?.modules ?? [])
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName && d.attributes?.some((a) => a.name === name))
      .map((d) => d.tagName!.toLowerCase()),
  );
}

/** Tags of outcome-kit elements that take a `theme` attribute. */
const themedTags = tagsWithAttribute('theme');

// ---------------------------------------------------------------------------------------------
// Theme toolbar: `auto` leaves elements to follow prefers-color-scheme; `light` and `dark` set
// the `theme` attribute on every outcome-kit element that the story did not give one itself,
// and switch the canvas (its `color-scheme`, so `Canvas`/`CanvasText`) to match.
// ---------------------------------------------------------------------------------------------

type ThemeGlobal = 'auto' | 'light' | 'dark';

/** Marks a `theme` attribute the decorator set, so it can take it back. */
const THEME_MARK = 'data-sb-theme';

/** Whether an element takes the property `name`: by the manifest's `tags`, else by its class. */
function takes(el: Element, name: string, tags: Set<string>): boolean {
  const tag = el.localName;
  if (!tag.includes('-')) return false;
  if (tags.has(tag)) return true;
  // Without a manifest: any defined Lit element that declares the property.
  const ctor = customElements.get(tag) as { elementProperties?: Map<PropertyKey, unknown> } | undefined;
  return ctor?.elementProperties?.has(name) ?? false;
}

const takesTheme = (el: Element) => takes(el, 'theme', themedTags);

function applyTheme(root: ParentNode, theme: ThemeGlobal, viewMode: string): void {
  // Only the story canvas follows the theme; a docs page keeps Storybook's own look.
  if (viewMode === 'story') {
    document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
  }
  for (const el of root.querySelectorAll('*')) {
    if (!takesTheme(el)) continue;
    const ours = el.hasAttribute(THEME_MARK);
    if (theme === 'auto') {
      if (ours) {
        el.removeAttribute('theme');
        el.removeAttribute(THEME_MARK);
      }
    } else if (ours || !el.hasAttribute('theme')) {
      el.setAttribute('theme', theme);
      el.setAttribute(THEME_MARK, '');
    }
  }
}

const withTheme: Decorator = (story, context) => {
  const theme = (context.globals['theme'] as ThemeGlobal | undefined) ?? 'auto';
  const root = context.canvasElement as ParentNode | undefined;
  // Effects run once the story has rendered; no dependency list, so re-renders are themed too.
  useEffect(() => {
    if (root) applyTheme(root, theme, context.viewMode);
  });
  return story();
};

// ---------------------------------------------------------------------------------------------
// Locale toolbar: `story` leaves every element as the story made it; any other value sets the
// `locale` attribute of every outcome-kit element (a story's own included: the point is to see
// the story in another language), and `story` again puts back what the story had.
// ---------------------------------------------------------------------------------------------

// The pseudo-locale (`ja-XA`): every translated word in ⟦ ⟧, so an untranslated one stands out.
registerTranslation(pseudoTranslation());

type LocaleGlobal = 'story' | (string & {});

/** Marks a `locale` attribute the decorator set; its value is the locale the decorator set. */
const LOCALE_MARK = 'data-sb-locale';

/** Tags of outcome-kit elements that take a `locale` attribute. */
const localizedTags = tagsWithAttribute('locale');

/** The story's own `locale` attribute (null: none) of each element whose locale the decorator set. */
const storyLocales = new WeakMap<Element, string | null>();

const takesLocale = (el: Element) => takes(el, 'locale', localizedTags);

function applyLocale(root: ParentNode, locale: LocaleGlobal): void {
  for (const el of root.querySelectorAll('*')) {
    if (!takesLocale(el)) continue;
    const ours = el.getAttribute(LOCALE_MARK);
    if (locale === 'story') {
      if (ours === null) continue;
      const own = storyLocales.get(el);
      // Unless the story set another locale meanwhile, which stays.
      if (el.getAttribute('locale') === ours) {
        if (own == null) el.removeAttribute('locale');
        else el.setAttribute('locale', own);
      }
      el.removeAttribute(LOCALE_MARK);
      storyLocales.delete(el);
      continue;
    }
    // Not ours yet, or the story changed it since (a control): that is the story's own now.
    const current = el.getAttribute('locale');
    if (ours === null || current !== ours) storyLocales.set(el, current);
    el.setAttribute('locale', locale);
    el.setAttribute(LOCALE_MARK, locale);
  }
}

const withLocale: Decorator = (story, context) => {
  const locale = (context.globals['locale'] as LocaleGlobal | undefined) ?? 'story';
  const root = context.canvasElement as ParentNode | undefined;
  // As withTheme: after every render, so re-rendered elements get the locale too.
  useEffect(() => {
    if (root) applyLocale(root, locale);
  });
  return story();
};

// The story canvas follows the scheme, as a page that embeds the widgets would: dark in dark mode.
// A background picked in the toolbar (the backgrounds addon) still wins.
const canvasStyle = document.createElement('style');
canvasStyle.textContent = `
  html:has(> body.sb-show-main) { color-scheme: light dark; }
  body.sb-show-main { background-color: Canvas; color: CanvasText; }
  /* The widgets inherit the page's font, as in a portal page; not the browser's default serif. */
  body.sb-show-main, .docs-story { font-family: system-ui, sans-serif; }
`;
document.head.append(canvasStyle);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme, withLocale],
  globalTypes: {
    theme: {
      description: 'outcome-kit theme: the `theme` attribute of every element',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'auto', icon: 'mirror', title: 'Auto (prefers-color-scheme)' },
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'outcome-kit locale: the `locale` attribute of every element',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'story', title: "The story's own" },
          { value: 'en-US', right: 'en-US', title: 'English' },
          { value: 'de-DE', right: 'de-DE', title: 'Deutsch' },
          { value: 'fr-FR', right: 'fr-FR', title: 'Français' },
          { value: 'es-ES', right: 'es-ES', title: 'Español' },
          { value: 'pt-BR', right: 'pt-BR', title: 'Português' },
          { value: 'ja-JP', right: 'ja-JP', title: '日本語' },
          { value: 'zh-CN', right: 'zh-CN', title: '简体中文' },
          { value: 'ar-EG', right: 'ar-EG', title: 'العربية' },
          { value: 'ja-XA', right: 'ja-XA', title: 'Pseudo (⟦marked⟧ words)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'auto',
    locale: 'story',
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        grey: { name: 'Light grey', value: '#f3f4f6' },
        dark: { name: 'Dark', value: '#15171c' },
      },
    },
    a11y: {
      // Run axe after every story and report violations as failures (DESIGN.md: WCAG 2.2 AA,
      // "axe-core reports nothing"), in the a11y panel and in the test widget.
      test: 'error',
    },
  },
};

export default preview;
