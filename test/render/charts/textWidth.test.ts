import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { shortLabelExpr, truncateToWidth, wrapToWidth } from '../../../lib/render/charts/fitText.js';
import { isBoldWeight, textWidth } from '../../../lib/render/charts/textWidth.js';
import { advanceWidths, sourceSansWidthsFile } from './sourceSansWidthsFile.js';

describe('the Source Sans 3 width table', () => {
  it('is what test/render/charts/generateSourceSansWidths.ts makes from the installed fonts (regenerate it if this fails)', () => {
    const committed = readFileSync(new URL('../../../lib/render/charts/sourceSansWidths.ts', import.meta.url), 'utf8');
    assert.equal(committed, sourceSansWidthsFile());
  });

  it('reads advance widths from a TrueType font: the space of Source Sans 3 Regular is 200 units of 1000', () => {
    const font = readFileSync(new URL('../../../node_modules/source-sans/TTF/SourceSans3-Regular.ttf', import.meta.url));
    const widths = advanceWidths(font);
    assert.equal(widths.unitsPerEm, 1000);
    assert.equal(widths.widthOf(0x20), 200);
    assert.equal(widths.widthOf(0x10ffff), undefined);
  });
});

describe('textWidth', () => {
  it('measures text in pixels at a font size, from the font units', () => {
    // S 534 + e 496 + l 255 + f 292 + - 311 + h 544 + o 542 + s 419 + t 338 + e 496 + d 555 = 4782 units
    assert.equal(textWidth('Self-hosted', 12), 57.4);
    assert.equal(textWidth('Self-hosted', 24), 114.8);
  });

  it('measures bold text wider than regular', () => {
    assert.ok(textWidth('Managed provider', 13, 'bold') > textWidth('Managed provider', 13, 'regular'));
  });

  it('gives nothing for empty text and a full em for a glyph it does not know', () => {
    assert.equal(textWidth('', 12), 0);
    assert.equal(textWidth('東', 12), 12);
  });

  it('knows the currency symbols and typographic punctuation the charts write', () => {
    for (const character of ['€', '£', '¥', '₹', '–', '…', '·', '’']) assert.ok(textWidth(character, 10) < 10, character);
  });
});

describe('isBoldWeight', () => {
  it('reads CSS font weights: bold, bolder and 600 upwards are bold', () => {
    assert.deepEqual(['bold', 'bolder', 600, '700', 'normal', 400, '500', undefined, null].map(isBoldWeight), [true, true, true, true, false, false, false, false, false]);
  });
});

describe('wrapToWidth', () => {
  it('breaks text at spaces into lines that each fit', () => {
    const text = 'Managed provider never breaks even with Self-hosted within 36 months: by Apr 2012 it costs $1,341,000 more.';
    const lines = wrapToWidth(text, 250, { fontSize: 13 });
    assert.ok(lines.length > 1);
    assert.equal(lines.join(' '), text);
    for (const line of lines) assert.ok(textWidth(line, 13) <= 250, line);
  });

  it('keeps text that fits on one line as it is', () => {
    assert.deepEqual(wrapToWidth('Cumulative cost', 400, { fontSize: 18, weight: 'bold' }), ['Cumulative cost']);
  });

  it('cuts a single word wider than a line instead of overflowing', () => {
    const [line] = wrapToWidth('Supercalifragilisticexpialidocious', 60, { fontSize: 12 });
    assert.ok(line?.endsWith('…'));
    assert.ok(textWidth(line ?? '', 12) <= 60);
  });
});

describe('truncateToWidth', () => {
  it('returns text that fits unchanged', () => {
    assert.equal(truncateToWidth('Self-hosted', 100, { fontSize: 12 }), 'Self-hosted');
  });

  it('ends text that does not fit with an ellipsis, within the width', () => {
    const short = truncateToWidth('A managed provider whose name runs on and on', 100, { fontSize: 12 });
    assert.equal(short, 'A managed provi…');
    assert.ok(textWidth(short, 12) <= 100);
  });
});

describe('shortLabelExpr', () => {
  it('is undefined when every name fits', () => {
    assert.equal(shortLabelExpr(['Self-hosted', 'Managed provider'], 200, { fontSize: 12 }), undefined);
  });

  it('maps only the names that do not fit to their shortened form, as a Vega expression', () => {
    assert.equal(
      shortLabelExpr(['Self-hosted', 'A managed provider whose name runs on and on'], 100, { fontSize: 12 }),
      '{"A managed provider whose name runs on and on":"A managed provi…"}[datum.label] || datum.label',
    );
  });
});
