import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakEvenChart } from '../../../lib/render/charts/breakEvenChart.js';
import { readChartFonts } from '../../../lib/io/readChartFonts.js';
import { renderPng } from '../../../lib/render/renderPng.js';
import { renderSvg } from '../../../lib/render/renderSvg.js';
import { darkPixels, decodePng, foundingComparison, svgSize } from './chartFixtures.js';

const fonts = await readChartFonts({ woff2: false });

describe('renderPng', () => {
  describe('the break-even chart of the founding example', async () => {
    const spec = breakEvenChart(foundingComparison(), { revisit: '2010-05' });
    const svg = await renderSvg(spec);
    const png = await renderPng(svg, { fonts });
    const image = decodePng(png);

    it('is twice the SVG’s size by default, sharp on screens and in print', () => {
      const size = svgSize(svg);
      assert.deepEqual([image.width, image.height], [size.width * 2, size.height * 2]);
    });

    it('is not blank: a good share of it is ink', () => {
      const ink = darkPixels(image, { x: 0, y: 0, width: image.width, height: image.height });
      assert.ok(ink > 5000, `${ink} dark pixels`);
    });

    it('draws the title’s text where the title is, in the fonts that come with costmodel', () => {
      // The title is set at the top left, 18 px bold: at scale 2, about 36 px high from y = 24.
      const title = darkPixels(image, { x: 24, y: 20, width: 800, height: 44 });
      assert.ok(title > 2000, `${title} dark pixels in the title`);
      // …while the left margin is empty paper.
      assert.equal(darkPixels(image, { x: 0, y: 0, width: 20, height: image.height }), 0);
    });

    it('gives identical bytes for identical input', async () => {
      assert.deepEqual(await renderPng(svg, { fonts }), png);
      assert.deepEqual(await renderPng(spec, { fonts }), png);
    });
  });

  it('renders at the scale asked for', async () => {
    const image = decodePng(await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="5" y="30" font-size="24">$4K</text></svg>', { fonts, scale: 1 }));
    assert.deepEqual([image.width, image.height], [100, 40]);
    assert.ok(darkPixels(image, { x: 0, y: 0, width: 100, height: 40 }) > 50, 'the text is drawn even with no font-family named');
  });

  it('refuses a scale that is not a sensible positive number', async () => {
    for (const scale of [0, -1, Number.NaN, 9]) await assert.rejects(renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { fonts, scale }), RangeError);
  });

  it('refuses to draw without fonts, rather than dropping every label', async () => {
    // @ts-expect-error: a caller in plain JavaScript may leave the fonts out
    await assert.rejects(renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', {}), /give the fonts to draw text in/);
  });
});
