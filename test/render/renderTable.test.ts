import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { displayWidth } from '../../lib/render/displayWidth.js';
import { renderTable } from '../../lib/render/renderTable.js';
import { expectGolden } from '../golden/golden.js';
import { exampleScenario, foundingScenarios, monthlyScenario, scenarioOf } from './fixtures.js';

const lines = (text: string) => text.split('\n');

describe('renderTable', () => {
  describe('the founding example over 36 months', () => {
    const table = renderTable(compare(foundingScenarios(), { months: 36 }));

    it('prints the heading, the table with a column per year and the sentences, in 80 columns', () => {
      // Two-space gaps would need 81 columns (16 + 2 + 3 × 10 + 12 + 13 + 4 × 2), so the numbers are one space apart.
      assert.equal(
        table,
        [
          '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted.',
          '  Baseline: Self-hosted.',
          '',
          'Scenario              Year 1     Year 2     Year 3        Total   vs baseline',
          'Self-hosted        48,000.00  48,000.00  48,000.00   144,000.00             —',
          'Managed provider  525,000.00 480,000.00 480,000.00 1,485,000.00 +1,341,000.00',
          '',
          'Managed provider never breaks even against Self-hosted within 36 months.',
          'Managed provider commits you to 1,005,000.00 over 24 months (2009-05 to',
          '  2011-04); leaving after 12 months (end of 2010-04) costs 480,000.00.',
          '',
        ].join('\n'),
      );
    });

    it('matches test/golden/compare.table.txt', () => {
      expectGolden('compare.table.txt', table);
    });
  });

  it('drops the year columns when ten years do not fit in 80 columns', () => {
    // 120 months: 480,000.00 self-hosted; 45,000.00 + 120 × 40,000.00 = 4,845,000.00 managed
    const table = renderTable(compare(foundingScenarios(), { months: 120 }));
    assert.deepEqual(lines(table).slice(0, 7), [
      '2 scenarios over 120 months (2009-05 to 2019-04), USD, not discounted.',
      '  Baseline: Self-hosted.',
      '',
      'Scenario                 Total    vs baseline',
      'Self-hosted         480,000.00              —',
      'Managed provider  4,845,000.00  +4,365,000.00',
      '',
    ]);
  });

  it('uses two spaces between numbers when the year columns fit that way', () => {
    // Paying 2,100.00 now or 1,000.00 now and 1,100.00 a year later: at 10% a year both are worth 2,100.00 and 2,000.00 today.
    const payNow = scenarioOf({ name: 'Pay now', currency: 'USD', start: '2009-05', costs: [{ name: 'Licence', kind: 'one-time', amount: '2100' }] });
    const payLater = scenarioOf({
      name: 'Pay later',
      currency: 'USD',
      start: '2009-05',
      costs: [
        { name: 'First instalment', kind: 'one-time', amount: '1000' },
        { name: 'Second instalment', kind: 'one-time', amount: '1100', month: '2010-05' },
      ],
    });
    assert.equal(
      renderTable(compare([payNow, payLater], { months: 24, discountRate: '10%' })),
      [
        '2 scenarios over 24 months (2009-05 to 2011-04), USD, discounted at 10% a year.',
        '  Baseline: Pay now.',
        '',
        'Scenario     Year 1    Year 2     Total       NPV  vs baseline',
        'Pay now    2,100.00      0.00  2,100.00  2,100.00            —',
        'Pay later  1,000.00  1,100.00  2,100.00  2,000.00         0.00',
        '',
        'Pay later is never more expensive than Pay now within 24 months.',
        '',
      ].join('\n'),
    );
  });

  it('shows no year column for a horizon of a year or less, where it would repeat the total', () => {
    const table = renderTable(compare(foundingScenarios(), { months: 12 }));
    assert.deepEqual(lines(table).slice(2, 6), [
      '',
      'Scenario               Total  vs baseline',
      'Self-hosted        48,000.00            —',
      'Managed provider  525,000.00  +477,000.00',
    ]);
  });

  it('fits a narrower terminal given as the width option', () => {
    const table = renderTable(compare(foundingScenarios(), { months: 36 }), { width: 60 });
    assert.deepEqual(lines(table).slice(0, 7), [
      '2 scenarios over 36 months (2009-05 to 2012-04), USD, not',
      '  discounted.',
      '  Baseline: Self-hosted.',
      '',
      'Scenario                 Total    vs baseline',
      'Self-hosted         144,000.00              —',
      'Managed provider  1,485,000.00  +1,341,000.00',
    ]);
    for (const line of lines(table)) assert.ok(displayWidth(line) <= 60, `too wide: ${JSON.stringify(line)}`);
  });

  it('wraps a long name onto a second line at a space to keep the year columns in 80 columns', () => {
    const scenarios = ['self-hosted.json', 'self-hosted-with-it-hire.json', 'managed-provider.json'].map(exampleScenario);
    const table = renderTable(compare(scenarios, { months: 36 }));
    // One-space gaps leave 80 − 2 − (10 + 10 + 10 + 12 + 13 + 4) = 19 columns for names:
    // "Self-hosted + IT hire" (21) breaks after "IT"; its numbers stay on its first line.
    assert.deepEqual(lines(table).slice(3, 9), [
      'Scenario                 Year 1     Year 2     Year 3        Total   vs baseline',
      'Self-hosted           48,000.00  48,000.00  48,000.00   144,000.00             —',
      'Self-hosted + IT     140,166.68 148,450.00 151,463.50   440,080.18   +296,080.18',
      '  hire',
      'Managed provider     525,000.00 480,000.00 480,000.00 1,485,000.00 +1,341,000.00',
      '',
    ]);
    for (const line of lines(table)) assert.ok(displayWidth(line) <= 80, `too wide: ${JSON.stringify(line)}`);
  });

  it('wraps long scenario names onto a second line when the year columns are left out, so that every line fits in 80 columns', () => {
    const longA = 'Self-hosted in our own data centre with two redundant uplinks and a generator';
    const longB = 'Managed provider with a dedicated account manager and twenty-four hour support';
    const table = renderTable(compare([monthlyScenario(longA, '4000'), monthlyScenario(longB, '5000')], { months: 36 }));
    // Total is 10 wide (180,000.00), vs baseline 11 ("vs baseline"): names get 80 − 2 − (10 + 2 + 11) = 55 columns;
    // "… two redundant" is 53, "… manager and" 53; the rest goes on a second line, indented by two.
    assert.deepEqual(tableRows(table, 5), [
      'Scenario                                                      Total  vs baseline',
      'Self-hosted in our own data centre with two redundant    144,000.00            —',
      '  uplinks and a generator',
      'Managed provider with a dedicated account manager and    180,000.00   +36,000.00',
      '  twenty-four hour support',
    ]);
    for (const line of lines(table)) assert.ok(displayWidth(line) <= 80, `too wide: ${JSON.stringify(line)}`);
  });

  it('keeps apart two long names alike but for their ends, which … once made the same', () => {
    const common = 'Self-hosted in the Frankfurt data centre with the current team and';
    const table = renderTable(compare([monthlyScenario(`${common} hardware`, '4000'), monthlyScenario(`${common} new hardware`, '5000')], { months: 36 }));
    // 55 columns for names, as above: "… current team" is 54, "and hardware" goes on.
    assert.deepEqual(tableRows(table, 5).slice(1), [
      'Self-hosted in the Frankfurt data centre with the        144,000.00            —',
      '  current team and hardware',
      'Self-hosted in the Frankfurt data centre with the        180,000.00   +36,000.00',
      '  current team and new hardware',
    ]);
  });

  it('breaks a name without spaces where its lines end, and shortens the third line of a name with …', () => {
    const unbroken = 'Selfhostedinthefrankfurtdatacentrewiththecurrentteamandhardware'; // 63 columns, no space
    const endless = Array.from({ length: 30 }, (_, i) => `word${i + 1}`).join(' '); // 200 columns, the most a name may have
    const table = renderTable(compare([monthlyScenario(unbroken, '4000'), monthlyScenario('Managed provider', '40000'), monthlyScenario(endless, '5000')], { months: 36 }));
    const rows = tableRows(table, 8);
    // The year columns need 59 columns at one space apart: 19 are left for names, and the unbroken name would take
    // 4 lines. Without them, Total is 12 wide (1,440,000.00) and vs baseline 13 (+1,296,000.00): 80 − 2 − (12 + 2 + 13) = 51
    // columns for names; the word is cut where the first line ends, and the rest goes on an indented line.
    assert.equal(rows[0], `${'Scenario'.padEnd(51)}         Total    vs baseline`);
    assert.equal(rows[1], `${unbroken.slice(0, 51)}    144,000.00              —`);
    assert.equal(rows[2], `  ${unbroken.slice(51)}`);
    assert.equal(rows[3], `${'Managed provider'.padEnd(51)}  1,440,000.00  +1,296,000.00`);
    assert.equal(rows.length, 8);
    assert.ok(rows[4]?.startsWith('word1 word2 '), rows[4]);
    assert.ok(rows[6]?.endsWith('…') && rows[6].startsWith('  '), rows[6]);
    assert.equal(rows[7], '');
    for (const line of lines(table)) assert.ok(displayWidth(line) <= 80, `too wide: ${JSON.stringify(line)}`);
  });

  it('puts no space inside a name: a first word one column short of the name column stays whole', () => {
    // At 30 columns, Total (9) and vs baseline (11) leave 30 − 2 − (9 + 2 + 11) = 6 columns: names get the least, 8.
    const table = renderTable(compare([monthlyScenario('Hetzner Cloud', '4000')], { months: 12 }), { width: 30 });
    assert.deepEqual(tableRows(table, 3), ['Scenario      Total  vs baseline', 'Hetzner   48,000.00            —', '  Cloud']);
  });

  it('keeps the year columns with a word broken across two lines when that is all it takes', () => {
    const scenarios = ['self-hosted.json', 'managed-provider.json'].map(exampleScenario);
    const named = [{ ...scenarios[0]!, name: 'Self-hosted-Frankfurt-am-Main' }, scenarios[1]!];
    const table = renderTable(compare(named, { months: 36 }));
    // One-space gaps leave 80 − 2 − (10 + 10 + 10 + 12 + 13 + 4) = 19 columns: the 29-column word is cut at 19.
    assert.deepEqual(tableRows(table, 4), [
      'Scenario                 Year 1     Year 2     Year 3        Total   vs baseline',
      'Self-hosted-Frankfu   48,000.00  48,000.00  48,000.00   144,000.00             —',
      '  rt-am-Main',
      'Managed provider     525,000.00 480,000.00 480,000.00 1,485,000.00 +1,341,000.00',
    ]);
  });

  it('prints names on one line without terminal control characters', () => {
    // Scenario files cannot hold an escape sequence; a comparison built in code still can.
    const comparison = compare([monthlyScenario('Two\nlines', '4000'), monthlyScenario('Clear', '4000')], { months: 12 });
    const table = renderTable({ ...comparison, scenarios: comparison.scenarios.map((scenario) => (scenario.name === 'Clear' ? { ...scenario, name: '\u001b[2JClear' } : scenario)) });
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(table), 'no control characters but line breaks');
    assert.deepEqual(lines(table).slice(1, 6), [
      '  Baseline: Two lines.',
      '',
      'Scenario       Total  vs baseline',
      'Two lines  48,000.00            —',
      '�[2JClear  48,000.00         0.00',
    ]);
  });

  it('lines up names with wide and combining characters by terminal columns', () => {
    const table = renderTable(compare([monthlyScenario('東京 DC', '4000'), monthlyScenario('Cafe\u0301', '4000')], { months: 12 }));
    assert.deepEqual(lines(table).slice(3, 6), ['Scenario      Total  vs baseline', '東京 DC   48,000.00            —', 'Cafe\u0301      48,000.00         0.00']);
  });
});

/** `count` lines of a rendered table from its header row on (the heading above it wraps as the names do). */
function tableRows(table: string, count: number): string[] {
  const all = lines(table);
  const header = all.findIndex((line) => line.startsWith('Scenario '));
  return all.slice(header, header + count);
}
