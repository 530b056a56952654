/**
 * The revisit report as one library call. By hand: self-hosting 4,000.00 a month (144,000.00
 * over 36 months from May 2009); the provider 45,000.00 once and 40,000.00 a month
 * (1,485,000.00), a 24-month term; a colocation option at 4,100.00 a month (147,600.00).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { decisionRecord } from '../../lib/report/decisionRecord.js';
import { revisitReport, tryRevisitReport } from '../../lib/report/revisitReport.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();
const colocation = scenarioOf({ name: 'Colocation', currency: 'USD', start: '2009-05', costs: [{ name: 'Rack', kind: 'recurring', amount: '4100', every: 'month' }] });

describe('revisitReport', () => {
  it('says what each other option costs more than the cheapest', () => {
    const report = revisitReport([selfHosted, managed, colocation], { months: 36 });
    assert.deepEqual(report.decision.costsMore, [
      { scenario: 'Managed provider', amount: '1341000.00' },
      { scenario: 'Colocation', amount: '3600.00' },
    ]);
  });

  it('names the cheapest with actual spending to date and the plan after: 4,000.00 over plan in May makes self-hosting 148,000.00, colocation the cheaper', () => {
    const report = revisitReport([selfHosted, colocation], { months: 36, actuals: { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,8000\n' } });
    assert.deepEqual([report.decision.cheapest, report.actuals?.scenarios[0]?.reforecast, report.decision.cheapestWithActuals], ['Self-hosted', '148000.00', 'Colocation']);
  });

  it('keeps the one tie rule with actuals: equal totals keep the baseline', () => {
    const report = revisitReport([selfHosted, colocation], { months: 36, actuals: { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,7600\n' } });
    assert.deepEqual([report.actuals?.scenarios[0]?.reforecast, report.decision.cheapestWithActuals], ['147600.00', 'Self-hosted']);
  });

  it('takes actual spending as rows or as the text of a CSV file, read in the reporting currency', () => {
    const rows = [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: null, amount: '4100.00' }];
    const fromRows = revisitReport([selfHosted, managed], { actuals: { rows, file: 'spend.csv' } });
    const fromText = revisitReport([selfHosted, managed], { actuals: { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,"$4,100.00"\n', file: 'spend.csv' } });
    assert.deepEqual(fromText.actuals, fromRows.actuals);
    assert.equal(fromText.actuals?.scenarios[0]?.variance, '100.00');
  });

  it('takes the previous record as the record or as the text of its file', () => {
    const record = decisionRecord(revisitReport([selfHosted, managed], { date: '2009-05-04' }), [selfHosted, managed]);
    const fromRecord = revisitReport([selfHosted, managed], { previous: record });
    const fromText = revisitReport([selfHosted, managed], { previous: { json: JSON.stringify(record, null, 2), file: 'decision.json' } });
    assert.deepEqual(fromText.changes, fromRecord.changes);
    assert.deepEqual(fromText.changes?.since, { date: '2009-05-04', decision: null, revisit: '2010-05' });
  });

  it('reports every problem with the options, the actuals and the record at once, each naming its file and place', () => {
    const result = tryRevisitReport([selfHosted, managed], {
      months: 0,
      revisit: 'next May',
      actuals: { csv: 'Month,Scenario,Amount\n2009-05,Self-hosted,1.234,56\n', file: 'spend.csv' },
      previous: { json: '{\n  "kind": "costmodel-decision-record",\n  "version": 1,\n}', file: 'decision.json' },
    });
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      '--months: expected a whole number of months from 1 to 1200, found 0',
      '--revisit: expected a month as YYYY-MM, found "next May"',
      'spend.csv:2: found 4 cells where the header has 3; quote a cell that holds a comma, or export amounts as plain numbers with a dot for decimals (format the column as Number with no thousands separator before saving as CSV)',
      // line 3, column 15: the comma after "version": 1
      'decision.json:3:15: invalid JSON: expected another property after this ",", found "}" (JSON allows no trailing comma)',
    ]);
  });

  it('refuses actual spending from more than 1,200 months before the end of the analysis', () => {
    const result = tryRevisitReport([selfHosted], { actuals: { csv: 'Month,Scenario,Amount\n1900-01,Self-hosted,1\n', file: 'old.csv' } });
    assert.deepEqual(result.ok ? [] : result.issues.map(formatIssue), [
      'old.csv:2: month 1900-01 is more than 1200 months before the end of the analysis (2012-04); leave out actual spending that old',
    ]);
  });

  it('as of a later month, moves options not taken to start then and looks ahead from it', () => {
    const report = revisitReport([selfHosted, managed], { date: '2010-05-03' });
    assert.deepEqual(report.moved, [{ scenario: 'Managed provider', from: '2009-05', to: '2010-05' }]);
    assert.deepEqual([report.comparison.settings.from, report.comparison.scenarios[1]?.start, report.revisit], ['2010-05', '2010-05', '2011-05']);
  });
});
