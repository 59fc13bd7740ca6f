import { expect, fixture, html } from '@open-wc/testing';
import { tokens } from '../../src/styles/tokens.js';
import '../helpers.js';
import type { TestProbe } from '../helpers.js';

/** Every public colour token and the private token it feeds. */
const colourTokens = ['good', 'bad', 'neutral', 'accent', 'surface', 'text', 'grid'];
const css = tokens.cssText;

describe('design tokens', () => {
  for (const name of colourTokens) {
    it(`--outcome-color-${name} has a default in both themes and reaches --_${name}`, async () => {
      const declarations = css.match(
        new RegExp(`--_${name}: var\\(--outcome-color-${name}, #[0-9a-f]{6}\\)`, 'g'),
      );
      expect(declarations, 'a light and a dark default').to.have.length.of.at.least(2);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <test-probe .data=${{ version: 1, metrics: [] }}></test-probe>
        </div>`,
      );
      const probe = wrapper.querySelector<TestProbe>('test-probe')!;
      await probe.updateComplete;
      const base = probe.shadowRoot!.querySelector('[part="base"]')!;
      const before = getComputedStyle(base).getPropertyValue(`--_${name}`).trim();
      expect(before).to.match(/^#[0-9a-f]{6}$/);
      wrapper.style.setProperty(`--outcome-color-${name}`, 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).getPropertyValue(`--_${name}`).trim()).to.equal('rgb(1, 2, 3)');
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text and every signal colour at 4.5:1 or more on the surface in the ${theme} theme`, async () => {
      const probe = await fixture<TestProbe>(
        html`<test-probe theme=${theme} .data=${{ version: 1, metrics: [] }}></test-probe>`,
      );
      const style = getComputedStyle(probe.shadowRoot!.querySelector('[part="base"]')!);
      const surface = style.getPropertyValue('--_surface').trim();
      for (const name of ['text', 'good', 'bad', 'neutral', 'accent']) {
        const colour = style.getPropertyValue(`--_${name}`).trim();
        expect(contrast(colour, surface), `${name} ${colour} on ${surface}`).to.be.at.least(4.5);
      }
    });
  }
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
