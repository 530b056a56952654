import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { terminalText } from '../../lib/render/terminalText.js';

describe('terminalText', () => {
  it('turns line breaks and tabs into spaces', () => {
    assert.equal(terminalText('Managed\nprovider'), 'Managed provider');
    assert.equal(terminalText('a\r\nb\tc\u2028d'), 'a  b c d');
  });

  it('replaces escape sequences and other control characters with �', () => {
    assert.equal(terminalText('\u001b[31mRed'), '\uFFFD[31mRed');
    assert.equal(terminalText('bell\u0007'), 'bell\uFFFD');
  });

  it('replaces bidirectional overrides, which could reorder what the reader sees', () => {
    assert.equal(terminalText('abc\u202Efed'), 'abc\uFFFDfed');
  });

  it('leaves ordinary text, accents and wide characters alone', () => {
    assert.equal(terminalText('Café 東京 — Self-hosted'), 'Café 東京 — Self-hosted');
  });
});
