import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { renderMarkdown } from '../../lib/render/renderMarkdown.js';
import { expectGolden } from '../golden/golden.js';
import { foundingScenarios, monthlyScenario } from './fixtures.js';

/** The pipes that separate cells: those not escaped with a backslash. */
const cellSeparators = (line: string) => line.match(/(?<!\\)\|/g)?.length ?? 0;

describe('renderMarkdown', () => {
  describe('the founding example over 36 months', () => {
    const markdown = renderMarkdown(compare(foundingScenarios(), { months: 36 }));

    it('writes a heading, the settings line, a right-aligned table and the sentences as a list', () => {
      assert.equal(
        markdown,
        [
          '# Cost comparison',
          '',
          '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted. Baseline: Self-hosted.',
          '',
          '| Scenario         |     Year 1 |     Year 2 |     Year 3 |        Total |   vs baseline |',
          '| :--------------- | ---------: | ---------: | ---------: | -----------: | ------------: |',
          '| Self-hosted      |  48,000.00 |  48,000.00 |  48,000.00 |   144,000.00 |             — |',
          '| Managed provider | 525,000.00 | 480,000.00 | 480,000.00 | 1,485,000.00 | +1,341,000.00 |',
          '',
          '- Managed provider never breaks even against Self-hosted within 36 months.',
          '- Managed provider commits you to 1,005,000.00 over 24 months (2009-05 to 2011-04); leaving after 12 months (end of 2010-04) costs 480,000.00.',
          '',
        ].join('\n'),
      );
    });

    it('matches test/golden/compare.md', () => {
      expectGolden('compare.md', markdown);
    });
  });

  it('adds an NPV column when discounted', () => {
    const markdown = renderMarkdown(compare(foundingScenarios(), { months: 36, discountRate: '8%' }));
    assert.match(markdown, /^\| Scenario {9}\| {5}Year 1 \| {5}Year 2 \| {5}Year 3 \| {8}Total \| {10}NPV \| {3}vs baseline \|$/m);
    assert.match(markdown, /\n\| :-{15} \| -{9}: \| -{9}: \| -{9}: \| -{11}: \| -{11}: \| -{12}: \|\n/);
  });

  it('shows totals only beyond ten years, where year columns would make an unreadable table', () => {
    // 132 months: 528,000.00 self-hosted; 45,000.00 + 132 × 40,000.00 = 5,325,000.00 managed
    const markdown = renderMarkdown(compare(foundingScenarios(), { months: 132 }));
    assert.deepEqual(markdown.split('\n').slice(4, 8), [
      '| Scenario         |        Total |   vs baseline |',
      '| :--------------- | -----------: | ------------: |',
      '| Self-hosted      |   528,000.00 |             — |',
      '| Managed provider | 5,325,000.00 | +4,797,000.00 |',
    ]);
    assert.match(renderMarkdown(compare(foundingScenarios(), { months: 120 })), /\| +Year 10 \|/);
  });

  describe('scenario names with Markdown syntax', () => {
    const names = ['Self | hosted', '=cmd *fast*', '- dash', '# hash', '1. first', 'a\nb <b>x</b>', 'under_score [link](x) `code` ~strike~ $x$ & AT&T'];
    const markdown = renderMarkdown(compare(names.map((name) => monthlyScenario(name, '4000')), { months: 12 }));
    const tableLines = markdown.split('\n').filter((line) => line.startsWith('|'));

    it('escapes them so they show as written, in the table and in the sentences', () => {
      assert.deepEqual(
        tableLines.slice(2).map((line) => line.split(/ +(?<!\\)\| +/)[0]),
        [
          '| Self \\| hosted',
          '| \\=cmd \\*fast\\*',
          '| \\- dash',
          '| \\# hash',
          '| 1\\. first',
          '| a b \\<b\\>x\\</b\\>',
          '| under\\_score \\[link\\](x) \\`code\\` \\~strike\\~ \\$x\\$ \\& AT\\&T',
        ],
      );
      assert.match(markdown, /^- \\- dash is never more expensive than Self \\\| hosted within 12 months\.$/m);
      assert.match(markdown, /^- 1\\\. first is never more expensive than Self \\\| hosted within 12 months\.$/m);
      assert.match(markdown, /Baseline: Self \\\| hosted\.\n/);
    });

    it('keeps every table row at the same number of cells', () => {
      assert.equal(tableLines.length, 2 + names.length);
      for (const line of tableLines) assert.equal(cellSeparators(line), 4, line);
    });
  });
});
