import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvSafeText, csvTextOf } from '../../lib/csv/csvSafeText.js';

describe('csvSafeText', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    assert.equal(csvSafeText('=HYPERLINK("http://x","click")'), '\'=HYPERLINK("http://x","click")');
    assert.equal(csvSafeText('+1+2'), "'+1+2");
    assert.equal(csvSafeText('-2+3'), "'-2+3");
    assert.equal(csvSafeText('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvSafeText('\t=1'), "'\t=1");
    assert.equal(csvSafeText('\r=1'), "'\r=1");
  });

  it('protects a formula after leading spaces, which a spreadsheet drops before reading it', () => {
    assert.deepEqual([' =1+1', '  +1', ' \u00a0-1', '\u3000@SUM(A1)'].map(csvSafeText), ["' =1+1", "'  +1", "' \u00a0-1", "'\u3000@SUM(A1)"]);
    assert.equal(csvSafeText('  Self-hosted'), '  Self-hosted');
  });

  it('also protects the fullwidth ＝ ＋ － ＠ that Apple Numbers reads as formulas', () => {
    assert.deepEqual(['＝1', '＋1', '－1', '＠1'].map(csvSafeText), ["'＝1", "'＋1", "'－1", "'＠1"]);
  });

  it('leaves other text as it is, including those characters later in the text', () => {
    assert.equal(csvSafeText('Self-hosted'), 'Self-hosted');
    assert.equal(csvSafeText('Managed provider = cheaper?'), 'Managed provider = cheaper?');
    assert.equal(csvSafeText(''), '');
  });

  it('is undone by csvTextOf, which leaves every other text as it is', () => {
    const texts = ['=HYPERLINK("x")', '-Legacy rack', '+Remote hands', '@SUM(A1)', ' =1+1', '＝1', "'quoted", "'", 'Self-hosted', ''];
    assert.deepEqual(texts.map((text) => csvTextOf(csvSafeText(text))), texts);
    // An apostrophe before text that is no formula is the text's own.
    assert.equal(csvTextOf("'quoted"), "'quoted");
  });
});
