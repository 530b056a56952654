import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actualsSection, actualsSentences } from '../../../lib/render/report/actualsSection.js';
import { foundingReport, plainReport, revisit2010Report, selfHostedActuals } from './reportFixtures.js';

/** The founding report over 36 months, with Self-hosted's actual spending from May 2009. */
const withActuals = (amounts: readonly string[], file?: string) => plainReport({ actuals: { csv: selfHostedActuals(amounts), ...(file === undefined ? {} : { file }) } });

describe('the section on actual spending against the plan', () => {
  it('shows, a year later, plan against actual month by month and item by item, the re-forecast and the notes', () => {
    assert.deepEqual(actualsSection(revisit2010Report()), [
      { type: 'heading', level: 2, text: 'Actual spending against the plan' },
      {
        type: 'paragraph',
        runs: [
          {
            text: 'Actual spending from scenarios/actuals/self-hosted-2009-05-to-2010-04.csv, through April 2010. Variance is actual minus plan: positive means more was spent than planned.',
          },
        ],
      },
      { type: 'heading', level: 3, text: 'Self-hosted' },
      {
        type: 'table',
        header: ['Month', 'Plan', 'Actual', 'Variance', 'Cumulative variance'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: [
          ['May 2009', '4,000.00', '4,000.00', '0.00', '0.00'],
          ['June 2009', '4,000.00', '4,000.00', '0.00', '0.00'],
          ['July 2009', '4,000.00', '4,310.50', '+310.50', '+310.50'],
          ['August 2009', '4,000.00', '4,000.00', '0.00', '+310.50'],
          ['September 2009', '4,000.00', '4,000.00', '0.00', '+310.50'],
          ['October 2009', '4,000.00', '4,000.00', '0.00', '+310.50'],
          ['November 2009', '4,000.00', '5,850.00', '+1,850.00', '+2,160.50'],
          ['December 2009', '4,000.00', '4,000.00', '0.00', '+2,160.50'],
          ['January 2010', '4,000.00', '4,180.00', '+180.00', '+2,340.50'],
          ['February 2010', '4,000.00', '4,180.00', '+180.00', '+2,520.50'],
          ['March 2010', '4,000.00', '4,180.00', '+180.00', '+2,700.50'],
          ['April 2010', '4,000.00', '4,180.00', '+180.00', '+2,880.50'],
          ['Total', '48,000.00', '50,880.50', '+2,880.50', ''],
        ],
        strongRows: [12],
      },
      {
        type: 'table',
        header: ['Item', 'Plan', 'Actual', 'Variance'],
        align: ['left', 'right', 'right', 'right'],
        rows: [
          ['Self-hosting', '48,000.00', '49,030.50', '+1,030.50'],
          ['Not itemised', '0.00', '1,850.00', '+1,850.00'],
        ],
      },
      {
        type: 'paragraph',
        runs: [
          { text: 'Re-forecast: ', strong: true },
          {
            text: 'actual spending from May 2009 through April 2010 and the plan from May 2010 to April 2013 come to 194,880.50, against a plan of 192,000.00 for the same four years (+2,880.50).',
          },
        ],
      },
      { type: 'list', items: [[{ text: '1,850.00 was paid without an item (rows with an empty item): it counts in the monthly totals, against no item of the plan.' }]] },
    ]);
  });

  it('names no file when the actuals came from none', () => {
    assert.deepEqual(actualsSection(withActuals(['4000', '4000']))[1], {
      type: 'paragraph',
      runs: [{ text: 'Actual spending, through June 2009. Variance is actual minus plan: positive means more was spent than planned.' }],
    });
  });

  it('warns that hardware months differ by design in the amortized view', () => {
    const report = withActuals(['4000'], 'spend.csv');
    const amortized = { ...report, comparison: { ...report.comparison, settings: { ...report.comparison.settings, view: 'amortized' as const } } };
    assert.deepEqual(actualsSection(amortized)[1], {
      type: 'paragraph',
      runs: [
        {
          text: 'Actual spending from spend.csv, through May 2009. Variance is actual minus plan: positive means more was spent than planned. The plan is in the amortized view, which spreads hardware over its life; actual spending is cash, so hardware months differ by design.',
        },
      ],
    });
  });

  it('is left out without actuals', () => {
    assert.deepEqual(actualsSection(foundingReport()), []);
  });
});

describe('actualsSentences, for the decision summary', () => {
  it('says a year later how far spending is from the plan, and that the last three months ran above it', () => {
    assert.deepEqual(actualsSentences(revisit2010Report()), [
      'From May 2009 through April 2010, Self-hosted has cost 50,880.50, 2,880.50 (6.0%) more than planned. In the last three months it ran 180.00 a month (4.5%) above plan: the plan ahead may be low.',
    ]);
  });

  it('says when spending ran below the plan, and which option is cheaper with actual spending to date and the plan after', () => {
    assert.deepEqual(actualsSentences(withActuals(['3000', '3000', '3000', '3000'])), [
      'From May 2009 through August 2009, Self-hosted has cost 12,000.00, 4,000.00 (25.0%) less than planned. In the last three months it ran 1,000.00 a month (25.0%) below plan: the plan ahead may be high.',
      'With actual spending to date and the plan after, Self-hosted is still the cheaper option.',
    ]);
  });

  it('says when actual spending makes another option the cheaper one', () => {
    assert.deepEqual(actualsSentences(withActuals(['1500000'])), [
      'From May 2009 through May 2009, Self-hosted has cost 1,500,000.00, 1,496,000.00 (37400.0%) more than planned.',
      'With actual spending to date and the plan after, Managed provider becomes the cheaper option.',
    ]);
  });

  it('says when spending was exactly as planned', () => {
    assert.deepEqual(actualsSentences(withActuals(['4000', '4000', '4000']))[0], 'From May 2009 through July 2009, Self-hosted has cost 12,000.00, exactly as planned.');
  });

  it('counts the months without rows, which count as nothing spent', () => {
    const oneMissing = plainReport({ actuals: { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,4000\n2009-07,Self-hosted,4000\n' } });
    const twoMissing = plainReport({ actuals: { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,4000\n2009-08,Self-hosted,4000\n' } });
    assert.deepEqual(
      [actualsSentences(oneMissing)[0], actualsSentences(twoMissing)[0]],
      [
        'From May 2009 through July 2009, Self-hosted has cost 8,000.00, 4,000.00 (33.3%) less than planned (1 month has no rows and count as nothing spent).',
        'From May 2009 through August 2009, Self-hosted has cost 8,000.00, 8,000.00 (50.0%) less than planned (2 months have no rows and count as nothing spent).',
      ],
    );
  });

  it('says nothing without actuals', () => {
    assert.deepEqual(actualsSentences(foundingReport()), []);
  });
});
