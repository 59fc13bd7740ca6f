import { expect, fixture, html } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
import '../helpers.js';
import type { TestProbe } from '../helpers.js';

/** Every public colour token and the private token it feeds. */
const colourTokens = ['good', 'bad', 'neutral', 'accent', 'surface', 'text', 'grid'];
const css = tokens.cssText;

/** The colour a private token resolves to inside `base`, as the browser computes it (`rgb(…)`). */
function resolved(base: Element, token: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', `var(${token})`);
  base.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

async function probeOf(theme: 'light' | 'dark'): Promise<{ wrapper: HTMLDivElement; base: Element }> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><test-probe theme=${theme} .data=${{ version: 1, metrics: [] }}></test-probe></div>`,
  );
  const probe = wrapper.querySelector<TestProbe>('test-probe')!;
  await probe.updateComplete;
  return { wrapper, base: probe.shadowRoot!.querySelector('[part="base"]')! };
}

describe('design tokens', () => {
  for (const name of colourTokens) {
    it(`--outcome-color-${name} has a light and a dark default and reaches --_${name}`, async () => {
      expect(css).to.match(
        new RegExp(
          `--_${name}: var\\(--outcome-color-${name}, light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\)\\)`,
        ),
      );
      const light = await probeOf('light');
      const dark = await probeOf('dark');
      expect(resolved(light.base, `--_${name}`)).to.match(/^rgb\(/);
      expect(resolved(light.base, `--_${name}`), 'the themes differ').not.to.equal(
        resolved(dark.base, `--_${name}`),
      );
      light.wrapper.style.setProperty(`--outcome-color-${name}`, 'rgb(1, 2, 3)');
      expect(resolved(light.base, `--_${name}`)).to.equal('rgb(1, 2, 3)');
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text and every signal colour at 4.5:1 or more on the surface in the ${theme} theme`, async () => {
      const { base } = await probeOf(theme);
      const surface = resolved(base, '--_surface');
      for (const name of ['text', 'good', 'bad', 'neutral', 'accent']) {
        const colour = resolved(base, `--_${name}`);
        expect(contrast(colour, surface), `${name} ${colour} on ${surface}`).to.be.at.least(4.5);
      }
    });
  }
});

/** WCAG 2 contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
