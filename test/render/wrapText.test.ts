import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wrapText } from '../../lib/render/wrapText.js';

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    assert.deepEqual(wrapText('Managed provider never breaks even.', 80), ['Managed provider never breaks even.']);
  });

  it('breaks at spaces and indents the lines after the first', () => {
    assert.deepEqual(wrapText('Managed provider never breaks even against Self-hosted within 36 months.', 40, '  '), [
      'Managed provider never breaks even',
      '  against Self-hosted within 36 months.',
    ]);
  });

  it('breaks after each sentence when the text does not fit on one line', () => {
    assert.deepEqual(wrapText('2 scenarios over 36 months. Baseline: Self-hosted.', 40, '  '), ['2 scenarios over 36 months.', '  Baseline: Self-hosted.']);
  });

  it('does not break inside an amount such as 1,005,000.00', () => {
    assert.deepEqual(wrapText('It commits you to 1,005,000.00 over 24 months.', 30), ['It commits you to 1,005,000.00', 'over 24 months.']);
  });

  it('gives a word longer than the width a line of its own', () => {
    assert.deepEqual(wrapText('a supercalifragilistic b', 10), ['a', 'supercalifragilistic', 'b']);
  });
});
