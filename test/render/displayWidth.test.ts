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
});

describe('truncateToWidth', () => {
  it('cuts text to the width, ending with …', () => {
    assert.equal(truncateToWidth('Managed provider with on-call', 12), 'Managed pro…');
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
