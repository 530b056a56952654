import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportBlock } from '../../../lib/render/report/reportBlocks.js';
import { renderReportMarkdown } from '../../../lib/render/report/renderReportMarkdown.js';
import { reportDocument } from '../../../lib/render/report/reportDocument.js';
import { foundingReport } from './reportFixtures.js';

describe('renderReportMarkdown', () => {
  it('lays out blocks as headings, paragraphs and lists, separated by a blank line, ending with a newline', () => {
    const blocks: ReportBlock[] = [
      { type: 'heading', level: 1, text: 'Revisit report' },
      { type: 'paragraph', runs: [{ text: 'Keep Self-hosted; look again in May 2010.', strong: true }, { text: ' Over three years …' }] },
      { type: 'heading', level: 3, text: 'Managed provider' },
      { type: 'list', items: [[{ text: 'One.' }], [{ text: 'Decided then: ', strong: true }, { text: 'Not now.' }]] },
    ];
    assert.equal(
      renderReportMarkdown(blocks),
      '# Revisit report\n\n**Keep Self-hosted; look again in May 2010.** Over three years …\n\n### Managed provider\n\n- One.\n- **Decided then:** Not now.\n',
    );
  });

  it('pads a table’s columns, aligns amounts right, sets strong rows in bold (their width counted with the asterisks) and leaves empty cells empty', () => {
    const table: ReportBlock = {
      type: 'table',
      header: ['Month', 'Variance', 'Cumulative'],
      align: ['left', 'right', 'right'],
      rows: [
        ['May 2009', '+310.50', '+310.50'],
        ['Total', '+2,880.50', ''],
      ],
      strongRows: [1],
    };
    assert.equal(
      renderReportMarkdown([table]),
      ['| Month     |      Variance | Cumulative |', '| :-------- | ------------: | ---------: |', '| May 2009  |       +310.50 |    +310.50 |', '| **Total** | **+2,880.50** |            |', ''].join('\n'),
    );
  });

  it('escapes what a name could make Markdown of, in headings, text and table cells', () => {
    const blocks: ReportBlock[] = [
      { type: 'heading', level: 2, text: 'Cloud *spot*' },
      { type: 'paragraph', runs: [{ text: '# not a heading <b>' }] },
      { type: 'table', header: ['Scenario'], align: ['left'], rows: [['A | B']] },
    ];
    assert.equal(renderReportMarkdown(blocks), '## Cloud \\*spot\\*\n\n\\# not a heading \\<b\\>\n\n| Scenario |\n| :------- |\n| A \\| B   |\n');
  });

  describe('the chart', () => {
    const chart: ReportBlock = { type: 'chart', alt: 'Cumulative cost [of] each option' };

    it('is an image beside the file, its path encoded and its description escaped', () => {
      assert.equal(renderReportMarkdown([chart], { chartPath: 'revisit 2010.png' }), '![Cumulative cost \\[of\\] each option](revisit%202010.png)\n');
    });

    it('without a path, says where it would be written', () => {
      assert.equal(renderReportMarkdown([chart]), '_The chart is written beside the report when it is saved with `-o report.md`._\n');
    });
  });

  describe('given the report itself', () => {
    it('lays out the report’s document, as it does its blocks', () => {
      const report = foundingReport();
      const markdown = renderReportMarkdown(report, { chartPath: 'founding.png' });
      assert.equal(markdown, renderReportMarkdown(reportDocument(report), { chartPath: 'founding.png' }));
      assert.deepEqual(markdown.split('\n').slice(0, 3), ['# Revisit report: Self-hosted or Managed provider', '', 'Prepared 2009-05-04 · Three years from May 2009 to April 2012 · USD, not discounted · baseline: Self-hosted · revisit: May 2010']);
    });
  });
});
