import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayWidth, padToWidth, truncateToWidth } from '../../lib/render/displayWidth.js';

describe('displayWidth', () => {
  it('counts one column per character of Latin text', () => {
    assert.equal(displayWidth('Managed provider'), 16);
    assert.equal(displayWidth('—'), 1);
  });

  it('counts an accented letter once, precomposed or with a combining accent', () => {
    assert.equal(displayWidth('Café'), 4);
    assert.equal(displayWidth('Cafe\u0301'), 4);
  });

  it('counts two columns for East Asian wide characters and emoji', () => {
    assert.equal(displayWidth('東京'), 4);
    assert.equal(displayWidth('DC 🚀'), 5);
  });

  it('counts nothing for invisible format characters', () => {
    assert.equal(displayWidth('a\u200Bb'), 2);
  });

  // Text of these characters is measured without segmenting it; a wide character in front
  // makes displayWidth segment the same text, which must give the same columns.
  const oneColumnEach = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0xff], [0x2010, 0x2027], [0x2030, 0x205e], [0x20a0, 0x20c0], [0x2190, 0x22ff]].flatMap(([from, to]) =>
    Array.from({ length: (to as number) - (from as number) + 1 }, (_unused, i) => String.fromCodePoint((from as number) + i)),
  );

  it('counts one column for each punctuation mark, currency sign, arrow and operator of Latin text, as segmenting it does', () => {
    const text = oneColumnEach.join('');
    assert.equal([...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length, text.length);
    assert.equal(displayWidth(text), text.length);
    for (const character of oneColumnEach) assert.equal(displayWidth(`東${character}`), 3, `U+${character.codePointAt(0)?.toString(16)}`);
  });

  it('counts the soft hyphen, which is invisible, as nothing', () => {
    assert.equal(displayWidth('co\u00ADst'), 4);
  });

  it('still joins a combining accent to a dash or a quote before it', () => {
    assert.equal(displayWidth('—\u0301'), 1);
    assert.equal(displayWidth('“\u0301”'), 2);
  });
});

describe('truncateToWidth', () => {
  it('cuts text to the width, ending with …', () => {
    assert.equal(truncateToWidth('Managed provider with on-call', 12), 'Managed pro…');
  });

  it('cuts text with accents and dashes by the same columns', () => {
    assert.equal(truncateToWidth('Café — managed', 8), 'Café —…');
    assert.equal(truncateToWidth('Cafe\u0301 — managed', 8), 'Cafe\u0301 —…');
    assert.equal(truncateToWidth('Café', 1), '…');
  });

  it('drops the space a cut leaves before the …', () => {
    assert.equal(truncateToWidth('Managed provider with on-call', 9), 'Managed…');
  });

  it('leaves text that fits as it is', () => {
    assert.equal(truncateToWidth('Self-hosted', 12), 'Self-hosted');
    assert.equal(truncateToWidth('Self-hosted', 11), 'Self-hosted');
  });

  it('never splits a wide character or an accent from its letter', () => {
    assert.equal(truncateToWidth('東京大阪', 6), '東京…');
    assert.equal(truncateToWidth('Cafe\u0301 crème', 5), 'Cafe\u0301…');
  });
});

describe('padToWidth', () => {
  it('right-aligns numbers', () => {
    assert.equal(padToWidth('48,000.00', 12, 'right'), '   48,000.00');
  });

  it('left-aligns names', () => {
    assert.equal(padToWidth('Self-hosted', 14, 'left'), 'Self-hosted   ');
  });

  it('pads by terminal columns, not string length', () => {
    assert.equal(padToWidth('東京', 6, 'left'), '東京  ');
  });

  it('leaves text that is already as wide or wider as it is', () => {
    assert.equal(padToWidth('1,485,000.00', 10, 'right'), '1,485,000.00');
  });
});
