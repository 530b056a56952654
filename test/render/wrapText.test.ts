import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { displayWidth } from '../../lib/render/displayWidth.js';
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

  it('measures words as a terminal draws them, wide characters two columns, whether the text is all one-column characters or not', () => {
    // Wrapped by the rules, each word measured on its own, apart from the code under test.
    const byTheRules = (text: string, width: number, indent: string): string[] => {
      const words = text.split(' ');
      const lines: string[] = [];
      let line = words[0] ?? '';
      for (const word of words.slice(1)) {
        const endsSentence = /[.!?]$/.test(line) && word !== '';
        if (!endsSentence && displayWidth(`${line} ${word}`) <= width) line += ` ${word}`;
        else {
          lines.push(line);
          line = indent + word;
        }
      }
      lines.push(line);
      return displayWidth(text) <= width ? [text] : lines;
    };
    const word = fc.stringMatching(/^(?:[a-z,.!?]|東|é|e\u0301|€){0,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), fc.integer({ min: 4, max: 40 }), fc.constantFrom('', '  '), (words, width, indent) => {
        const text = words.join(' ');
        assert.deepEqual(wrapText(text, width, indent), byTheRules(text, width, indent));
      }),
      { numRuns: 2000 },
    );
  });
});

