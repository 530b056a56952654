import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportBlock } from '../../../lib/render/report/reportBlocks.js';
import { REPORT_TITLE, reportDocument, reportTitle } from '../../../lib/render/report/reportDocument.js';
import { revisitReport } from '../../../lib/report/revisitReport.js';
import { foundingReport, managedProvider, plainReport, revisit2010Report, selfHosted, selfHostedWithItHire } from './reportFixtures.js';

/** The headings of a document, indented by level: its outline. */
const outline = (blocks: readonly ReportBlock[]) => blocks.flatMap((block) => (block.type === 'heading' ? [`${'  '.repeat(block.level - 1)}${block.text}`] : []));

/** The text of the line of settings under the title. */
const preparedLine = (blocks: readonly ReportBlock[]) => (blocks[1]?.type === 'paragraph' ? blocks[1].runs[0]?.text : undefined);

describe('reportDocument', () => {
  it('opens with the title, the settings, the decision summary and the decision as recorded', () => {
    assert.deepEqual(reportDocument(foundingReport()).slice(0, 5), [
      { type: 'heading', level: 1, text: 'Revisit report: Self-hosted or Managed provider' },
      { type: 'paragraph', runs: [{ text: 'Prepared 2009-05-04 · Three years from May 2009 to April 2012 · USD, not discounted · baseline: Self-hosted · revisit: May 2010' }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'Keep Self-hosted; look again in May 2010.', strong: true },
          {
            text: ' Over three years Managed provider costs 1,341,000.00 more than Self-hosted. Changing one input at a time, it would become the cheaper option only if its Managed hosting fell below 2,750.00 a month (−93%) or Self-hosted’s Self-hosting rose above 495,000.00 a year (×10.3). Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2010 saves 432,000.00 over three years.',
          },
        ],
      },
      { type: 'paragraph', runs: [{ text: 'Decision recorded: ', strong: true }, { text: 'Not now: keep self-hosting and revisit in May 2010.' }] },
      { type: 'heading', level: 2, text: 'The options' },
    ]);
  });

  it('has, at the decision, the options, the chart, what signing commits you to, the thresholds, the assumptions and the method', () => {
    assert.deepEqual(outline(reportDocument(foundingReport())), [
      'Revisit report: Self-hosted or Managed provider',
      '  The options',
      '  Break-even',
      '  What signing commits you to',
      '    Managed provider',
      '  What would change the decision',
      '    Watch these: by total cost',
      '  Assumptions',
      '  How these numbers were made',
    ]);
  });

  it('adds, a year later, actual spending and what changed since the decision, after the thresholds', () => {
    assert.deepEqual(outline(reportDocument(revisit2010Report())), [
      'Revisit report: Self-hosted or Managed provider',
      '  The options',
      '  Break-even',
      '  What signing commits you to',
      '    Managed provider',
      '  What would change the decision',
      '    Watch these: by total cost',
      '  Actual spending against the plan',
      '    Self-hosted',
      '  What changed since the decision of 2009-05-04',
      '    Amounts, rates and terms',
      '    Thresholds watched',
      '    Totals then and now',
      '    The recorded forecast against actual spending',
      '  Assumptions',
      '  How these numbers were made',
    ]);
  });

  it('has no section on signing, and no recorded decision, for a single option without a decision written down', () => {
    const blocks = reportDocument(revisitReport([selfHosted], { months: 36 }));
    assert.deepEqual(outline(blocks), ['Revisit report: Self-hosted', '  The options', '  Break-even', '  What would change the decision', '    Watch these: by total cost', '  Assumptions', '  How these numbers were made']);
    assert.equal(blocks.filter((block) => block.type === 'paragraph' && block.runs[0]?.text === 'Decision recorded: ').length, 0);
  });

  describe('the line of settings', () => {
    it('leaves out the day when the report has none', () => {
      assert.equal(preparedLine(reportDocument(plainReport())), 'Three years from May 2009 to April 2012 · USD, not discounted · baseline: Self-hosted · revisit: May 2010');
    });

    it('gives the discount rate, the amortized view and a horizon that is not whole years', () => {
      assert.equal(
        preparedLine(reportDocument(plainReport({ months: 18, discountRate: '8%', view: 'amortized' }))),
        '18 months from May 2009 to October 2010 · USD, discounted at 8% a year, hardware amortized · baseline: Self-hosted · revisit: May 2010',
      );
    });
  });

  it('does not change the report it lays out', () => {
    const report = plainReport();
    const before = JSON.stringify(report);
    reportDocument(report);
    assert.equal(JSON.stringify(report), before);
  });
});

describe('reportTitle', () => {
  it('is "Revisit report: " and the options compared, joined by "or"', () => {
    assert.deepEqual(
      [reportTitle(plainReport()), reportTitle(revisitReport([selfHosted, managedProvider, selfHostedWithItHire], { months: 36 }))],
      ['Revisit report: Self-hosted or Managed provider', 'Revisit report: Self-hosted, Managed provider or Self-hosted + IT hire'],
    );
  });

  it('starts with REPORT_TITLE', () => {
    assert.equal(REPORT_TITLE, 'Revisit report');
  });
});
