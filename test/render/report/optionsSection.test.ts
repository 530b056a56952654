import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { revisitReport } from '../../../lib/report/revisitReport.js';
import { breakEvenSection, optionsSection } from '../../../lib/render/report/optionsSection.js';
import { foundingReport, revisit2010Report, scenarioWith, selfHosted } from './reportFixtures.js';

/** 10,000.00 once and 3,000.00 a month: it catches up with self-hosting's 4,000.00 a month in month 10. */
const cheapProvider = scenarioWith('Cheap provider', [
  { name: 'Setup', kind: 'one-time', amount: '10000' },
  { name: 'Hosting', kind: 'recurring', amount: '3000', every: 'month' },
]);

describe('the options section of the revisit report', () => {
  it('shows the comparison table, with a year column for each of three years and when each option breaks even, then the sentences of compare', () => {
    assert.deepEqual(optionsSection(foundingReport()), [
      { type: 'heading', level: 2, text: 'The options' },
      {
        type: 'table',
        header: ['Scenario', 'Year 1', 'Year 2', 'Year 3', 'Total', 'vs baseline', 'Breaks even'],
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
        rows: [
          ['Self-hosted', '48,000.00', '48,000.00', '48,000.00', '144,000.00', '—', '—'],
          ['Managed provider', '525,000.00', '480,000.00', '480,000.00', '1,485,000.00', '+1,341,000.00', 'never'],
        ],
      },
      {
        type: 'list',
        items: [
          [{ text: 'Managed provider never breaks even against Self-hosted within 36 months.' }],
          [{ text: 'Managed provider commits you to 1,005,000.00 over 24 months (2009-05 to 2011-04); leaving after 12 months (end of 2010-04) costs 480,000.00.' }],
        ],
      },
    ]);
  });

  it('names the month an option breaks even, by number and by name', () => {
    const [, table] = optionsSection(revisitReport([selfHosted, cheapProvider], { months: 36 }));
    assert.deepEqual(table?.type === 'table' && table.rows[1], ['Cheap provider', '46,000.00', '36,000.00', '36,000.00', '118,000.00', '-26,000.00', 'month 10 (February 2010)']);
  });

  it('leaves out the years for a horizon of one year, or of more than five', () => {
    const headers = [12, 60, 72].map((months) => {
      const table = optionsSection(revisitReport([selfHosted, cheapProvider], { months, revisit: '2009-11' }))[1];
      return table?.type === 'table' ? table.header : [];
    });
    assert.deepEqual(headers, [
      ['Scenario', 'Total', 'vs baseline', 'Breaks even'],
      ['Scenario', 'Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5', 'Total', 'vs baseline', 'Breaks even'],
      ['Scenario', 'Total', 'vs baseline', 'Breaks even'],
    ]);
  });

  it('says first, a year later, that the option not taken can only be signed now', () => {
    assert.deepEqual(optionsSection(revisit2010Report())[1], {
      type: 'paragraph',
      runs: [
        {
          text: 'As of May 2010, Managed provider (written to start in May 2009) was not taken, so it can only start now: it is analysed as signed in May 2010, its payments moved by the same months. The analysis looks ahead from May 2010; what was spent before is under actual spending.',
        },
      ],
    });
  });

  it('speaks of several options moved in the plural', () => {
    const report = revisit2010Report();
    const moved = [
      { scenario: 'Managed provider', from: '2009-05', to: '2010-05' },
      { scenario: 'Cheap provider', from: '2009-09', to: '2010-05' },
    ];
    assert.deepEqual(optionsSection({ ...report, moved })[1], {
      type: 'paragraph',
      runs: [
        {
          text: 'As of May 2010, Managed provider (written to start in May 2009) and Cheap provider (written to start in September 2009) were not taken, so they can only start now: each is analysed as signed in May 2010, their payments moved by the same months. The analysis looks ahead from May 2010; what was spent before is under actual spending.',
        },
      ],
    });
  });

  it('has no list when compare has nothing to say under the table', () => {
    const blocks = optionsSection(revisitReport([selfHosted], { months: 36 }));
    assert.deepEqual(
      blocks.map((block) => block.type),
      ['heading', 'table'],
    );
  });
});

describe('the break-even section of the revisit report', () => {
  it('is the chart, described for those who cannot see it: the horizon, the revisit date, and that the provider never breaks even', () => {
    assert.deepEqual(breakEvenSection(foundingReport()), [
      { type: 'heading', level: 2, text: 'Break-even' },
      {
        type: 'chart',
        alt: 'Cumulative cost of each option, month by month, from 2009-05 to 2012-04, with the revisit date 2010-05 marked. Managed provider never breaks even.',
      },
    ]);
  });

  it('says in its description when an option breaks even', () => {
    const [, chart] = breakEvenSection(revisitReport([selfHosted, cheapProvider], { months: 36, revisit: '2009-11' }));
    assert.deepEqual(chart, {
      type: 'chart',
      alt: 'Cumulative cost of each option, month by month, from 2009-05 to 2012-04, with the revisit date 2009-11 marked. Cheap provider breaks even in 2010-02.',
    });
  });
});
