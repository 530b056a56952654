import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { displayWidth } from '../../lib/render/displayWidth.js';
import { nameLines } from '../../lib/render/nameLines.js';
import { renderMarkdown } from '../../lib/render/renderMarkdown.js';
import { renderTable } from '../../lib/render/renderTable.js';
import { wrapText } from '../../lib/render/wrapText.js';
import { foundingScenarios } from './fixtures.js';

/** Milliseconds `run` takes. */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// A name of 100,000 characters took 95 seconds to lay out as a table, and 18 as Markdown:
// the text was measured grapheme by grapheme with Intl.Segmenter, which takes time
// proportional to the whole text for each grapheme, and wrapping measured each line again
// for every word. Scenario files hold names of at most 200 characters; the library's
// renderers are held to linear time all the same.
describe('laying out long names', () => {
  const [selfHosted, managedProvider] = foundingScenarios();
  const longName = (name: string) => compare([{ ...selfHosted!, name }, managedProvider!], { months: 36 });

  it('measures 100,000 characters in well under a second', () => {
    assert.ok(timed(() => assert.equal(displayWidth('東'.repeat(50_000) + 'e\u0301'.repeat(50_000)), 150_000)) < 1_000);
  });

  it('wraps 20,000 words in well under a second', () => {
    let wrapped: string[] = [];
    assert.ok(timed(() => (wrapped = wrapText('word '.repeat(20_000).trim(), 80, '  '))) < 1_000);
    assert.equal(wrapped.length, 1_334);
  });

  it('breaks a word of 20,000 wide characters into lines in well under a second', () => {
    // Cutting the word one line at a time, measuring the rest again each time, took 9 seconds.
    let lines: string[] = [];
    assert.ok(timed(() => (lines = nameLines('東'.repeat(20_000), 50))) < 1_000);
    // 25 characters of 2 columns on the first line, 24 on each indented one: 1 + ⌈19,975 ÷ 24⌉ = 834 lines.
    assert.equal(lines.length, 834);
    assert.ok(lines.every((line) => displayWidth(line) <= 50));
  });

  it('renders a table and Markdown with a name of 100,000 characters in seconds, not minutes', () => {
    for (const name of ['x'.repeat(100_000), 'word '.repeat(20_000).trim(), '東'.repeat(50_000)]) {
      const comparison = longName(name);
      assert.ok(timed(() => renderTable(comparison)) < 5_000, 'table');
      assert.ok(timed(() => renderMarkdown(comparison)) < 5_000, 'markdown');
    }
  });
});
