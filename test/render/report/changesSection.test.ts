import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decisionRecord } from '../../../lib/report/decisionRecord.js';
import { revisitReport } from '../../../lib/report/revisitReport.js';
import type { CostItemFile, RecurringItemFile, ScenarioFile } from '../../../lib/scenario/scenarioFile.js';
import { changesSection, changesSentences } from '../../../lib/render/report/changesSection.js';
import { readExample, scenarioOf } from '../../support/fixtures.js';
import { foundingReport, managedProvider, revisit2010Report, selfHosted, selfHostedWithItHire } from './reportFixtures.js';

const SELF_HOSTED = readExample('self-hosted.json') as ScenarioFile;
const MANAGED = readExample('managed-provider.json') as ScenarioFile;
const [SETUP, HOSTING] = MANAGED.costs as [CostItemFile, CostItemFile];

/** The founding scenarios with the provider's monthly fee changed. */
const providerAt = (amount: string, more: Partial<RecurringItemFile> = {}) => scenarioOf({ ...MANAGED, costs: [SETUP, { ...(HOSTING as RecurringItemFile), amount, ...more }] });

/** The record of the founding decision of 2009-05-04. */
const foundingRecord = () => decisionRecord(foundingReport(), [selfHosted, managedProvider]);

describe('the section on what changed since the last recorded decision', () => {
  it('a year later, with nothing changed: the decision then, the start of the analysis, the thresholds watched, totals, and the forecast against actual spending', () => {
    assert.deepEqual(changesSection(revisit2010Report()), [
      { type: 'heading', level: 2, text: 'What changed since the decision of 2009-05-04' },
      {
        type: 'paragraph',
        runs: [{ text: 'Decided then: ', strong: true }, { text: 'Not now: keep self-hosting and revisit in May 2010. ' }, { text: 'The cheapest option is still Self-hosted.' }],
      },
      { type: 'list', items: [[{ text: 'The analysis starts in May 2010 (then May 2009).' }]] },
      { type: 'heading', level: 3, text: 'Amounts, rates and terms' },
      { type: 'paragraph', runs: [{ text: 'No amount, rate or commitment length has changed.' }] },
      { type: 'heading', level: 3, text: 'Thresholds watched' },
      {
        type: 'table',
        header: ['By', 'Scenario', 'Input', 'Threshold', 'Then', 'Now', 'Crossed'],
        align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'],
        rows: [
          ['total', 'Managed provider', 'Managed hosting', '2,750.00 a month', '40,000.00 a month', '40,000.00 a month', 'no'],
          ['total', 'Self-hosted', 'Self-hosting', '495,000.00 a year', '48,000.00 a year', '48,000.00 a year', 'no'],
        ],
      },
      { type: 'heading', level: 3, text: 'Totals then and now' },
      {
        type: 'table',
        header: ['Scenario', 'Then', 'Now', 'Difference'],
        align: ['left', 'right', 'right', 'right'],
        rows: [
          ['Self-hosted', '144,000.00', '144,000.00', '0.00'],
          ['Managed provider', '1,485,000.00', '1,485,000.00', '0.00'],
        ],
      },
      { type: 'heading', level: 3, text: 'The recorded forecast against actual spending' },
      {
        type: 'table',
        header: ['Scenario', 'Months', 'Forecast', 'Actual', 'Difference'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: [['Self-hosted', '12', '48,000.00', '50,880.50', '+2,880.50']],
      },
    ]);
  });

  describe('against a record of other numbers, discounted at 8%', () => {
    // Then: self-hosting at 30,000.00 a year (from a budget) plus power; the provider at
    // 1,000.00 a month rising 2% a year, the cheaper option. Now: the founding numbers, the
    // provider's fee rising 3% a year.
    const selfThen = scenarioOf({ ...SELF_HOSTED, costs: [{ ...(SELF_HOSTED.costs[0] as RecurringItemFile), amount: '30000', source: '2008 budget' }, { name: 'Power', kind: 'recurring', amount: '100', every: 'month' }] });
    const providerThen = providerAt('1000', { escalation: { rate: '2%', every: 'year' } });
    const record = decisionRecord(revisitReport([selfThen, providerThen], { months: 36, date: '2009-05-04', decision: 'Switch to the provider', discountRate: '8%' }), [selfThen, providerThen]);
    const report = revisitReport([selfHosted, providerAt('40000', { escalation: { rate: '3%', every: 'year' } })], { months: 36, previous: record, discountRate: '8%' });
    const blocks = changesSection(report);

    it('says the decision then as a sentence, and that the cheapest option changed, by total and by NPV', () => {
      assert.deepEqual(blocks[1], {
        type: 'paragraph',
        runs: [
          { text: 'Decided then: ', strong: true },
          { text: 'Switch to the provider. ' },
          { text: 'The cheapest option was Managed provider; now it is Self-hosted.' },
          { text: ' By NPV it was Managed provider; now it is Self-hosted.' },
        ],
      });
    });

    it('lists the items removed and the texts changed', () => {
      assert.deepEqual(blocks[2], {
        type: 'list',
        items: [
          [{ text: 'Item removed: Power (Self-hosted).' }],
          [{ text: 'Self-hosted /costs/0/source: “2008 budget” then, “2008 accounts: colocation, hardware lease, bandwidth and power” now.' }],
        ],
      });
    });

    it('shows each amount and rate then and now: an amount’s relative change, a rate’s change in points, nothing for a value that is gone', () => {
      assert.deepEqual(blocks.slice(3, 5), [
        { type: 'heading', level: 3, text: 'Amounts, rates and terms' },
        {
          type: 'table',
          header: ['Scenario', 'Input', 'Then', 'Now', 'Change'],
          align: ['left', 'left', 'right', 'right', 'right'],
          rows: [
            ['Self-hosted', 'Self-hosting', '30,000.00 a year', '48,000.00 a year', '+60%'],
            ['Self-hosted', 'Power', '100.00 a month', '—', '—'],
            ['Managed provider', 'Managed hosting', '1,000.00 a month', '40,000.00 a month', '×40.0'],
            ['Managed provider', 'Managed hosting: escalation', '2% a year', '3% a year', '+1 points'],
          ],
        },
      ]);
    });

    it('watches the thresholds of the record, by total then by NPV, and says which were crossed', () => {
      const table = blocks[6];
      assert.deepEqual(table?.type === 'table' && table.rows.filter((row) => row[2] === 'Managed hosting'), [
        ['total', 'Managed provider', 'Managed hosting', '1,323.35 a month', '1,000.00 a month', '40,000.00 a month', 'yes'],
        ['NPV', 'Managed provider', 'Managed hosting', '1,182.05 a month', '1,000.00 a month', '40,000.00 a month', 'yes'],
      ]);
      assert.deepEqual(table?.type === 'table' && table.rows.map((row) => row[6]), ['no', 'no', 'no', 'yes', 'no', 'no', 'no', 'yes']);
    });

    it('shows the totals then and now, and has no forecast without actual spending', () => {
      assert.deepEqual(blocks.slice(7), [
        { type: 'heading', level: 3, text: 'Totals then and now' },
        {
          type: 'table',
          header: ['Scenario', 'Then', 'Now', 'Difference'],
          align: ['left', 'right', 'right', 'right'],
          rows: [
            ['Self-hosted', '93,600.00', '144,000.00', '+50,400.00'],
            ['Managed provider', '81,724.80', '1,528,632.00', '+1,446,907.20'],
          ],
        },
      ]);
    });

    it('sums it up for the decision summary: six things changed (four inputs, an item, a text), and the fee’s thresholds crossed', () => {
      assert.deepEqual(changesSentences(report), [
        'Since the decision of 2009-05-04, 6 things in the scenarios have changed and 2 thresholds have been crossed (Managed hosting in Managed provider; Managed hosting in Managed provider). The cheapest option was Managed provider; now it is Self-hosted.',
      ]);
    });
  });

  describe('against a record without a date or a decision, of other options and settings', () => {
    const record = decisionRecord(revisitReport([selfHosted, managedProvider], { months: 36 }), [selfHosted, managedProvider]);
    const report = revisitReport([selfHosted, selfHostedWithItHire], { months: 24, previous: record, discountRate: '8%' });
    const blocks = changesSection(report);

    it('speaks of the recorded decision, and of no NPV then as a dash', () => {
      assert.deepEqual(blocks.slice(0, 2), [
        { type: 'heading', level: 2, text: 'What changed since the recorded decision' },
        { type: 'paragraph', runs: [{ text: 'The cheapest option is still Self-hosted.' }, { text: ' By NPV it was —; now it is Self-hosted.' }] },
      ]);
    });

    it('lists the settings changed and the options added and removed', () => {
      assert.deepEqual(blocks[2], {
        type: 'list',
        items: [
          [{ text: 'Setting months: 36 then, 24 now.' }],
          [{ text: 'Setting discountRate: none then, 0.08 now.' }],
          [{ text: 'New options: Self-hosted + IT hire.' }],
          [{ text: 'Options no longer compared: Managed provider.' }],
        ],
      });
    });

    it('says a threshold whose input is gone is gone, and shows a dash for the total of an option then or now', () => {
      assert.deepEqual(
        blocks.filter((block) => block.type === 'table').map((table) => table.type === 'table' && table.rows),
        [
          [
            ['total', 'Managed provider', 'Managed hosting', '2,750.00 a month', '40,000.00 a month', 'gone', 'no'],
            ['total', 'Self-hosted', 'Self-hosting', '495,000.00 a year', '48,000.00 a year', '48,000.00 a year', 'no'],
          ],
          [
            ['Self-hosted', '144,000.00', '96,000.00', '-48,000.00'],
            ['Managed provider', '1,485,000.00', '—', '—'],
            ['Self-hosted + IT hire', '—', '288,616.68', '—'],
          ],
        ],
      );
    });

    it('sums it up for the decision summary', () => {
      assert.deepEqual(changesSentences(report), ['Since the recorded decision, 2 things in the scenarios have changed and no threshold has been crossed.']);
    });
  });

  it('counts one change and one threshold crossed in the singular', () => {
    const report = revisitReport([selfHosted, providerAt('2000')], { months: 36, previous: foundingRecord() });
    assert.deepEqual(changesSentences(report), [
      'Since the decision of 2009-05-04, 1 thing in the scenarios has changed and 1 threshold has been crossed (Managed hosting in Managed provider). The cheapest option was Self-hosted; now it is Managed provider.',
    ]);
    assert.deepEqual(changesSection(report)[3], {
      type: 'table',
      header: ['Scenario', 'Input', 'Then', 'Now', 'Change'],
      align: ['left', 'left', 'right', 'right', 'right'],
      rows: [['Managed provider', 'Managed hosting', '40,000.00 a month', '2,000.00 a month', '−95%']],
    });
  });

  it('lists an item added, and its amount as new', () => {
    const withPower = scenarioOf({ ...SELF_HOSTED, costs: [...SELF_HOSTED.costs, { name: 'Power', kind: 'recurring', amount: '100', every: 'month' }] });
    const blocks = changesSection(revisitReport([withPower, managedProvider], { months: 36, previous: foundingRecord() }));
    assert.deepEqual(blocks.slice(2, 5), [
      { type: 'list', items: [[{ text: 'New item: Power (Self-hosted).' }]] },
      { type: 'heading', level: 3, text: 'Amounts, rates and terms' },
      { type: 'table', header: ['Scenario', 'Input', 'Then', 'Now', 'Change'], align: ['left', 'left', 'right', 'right', 'right'], rows: [['Self-hosted', 'Power', '—', '100.00 a month', '—']] },
    ]);
  });

  it('is left out, and says nothing, without a previous record', () => {
    assert.deepEqual([changesSection(foundingReport()), changesSentences(foundingReport())], [[], []]);
  });
});
