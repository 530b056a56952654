import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { unwrap } from '../../lib/issues/issue.js';
import { renderSimulationCsv } from '../../lib/render/renderSimulationCsv.js';
import { simulate } from '../../lib/report/simulation.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { foundingScenarios } from './fixtures.js';

const [selfHosted, managed] = foundingScenarios();
const STATISTICS = ['mean', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'];

describe('renderSimulationCsv', () => {
  it('writes the founding example without ranges row by row: every statistic is the deterministic amount', () => {
    const csv = renderSimulationCsv(simulate([selfHosted!, managed!], { months: 12, trials: 10 }));
    const amounts = (scenario: string, measure: string, amount: string) => STATISTICS.map((statistic) => `${scenario},${measure},${statistic},${amount}\r\n`).join('');
    assert.equal(
      csv,
      'scenario,measure,statistic,value\r\n' +
        'Self-hosted,total,at_medians,48000.00\r\n' +
        amounts('Self-hosted', 'total', '48000.00') +
        amounts('Self-hosted', 'year_1', '48000.00') +
        'Self-hosted,cheapest,probability,1.0000\r\n' +
        'Managed provider,total,at_medians,525000.00\r\n' +
        amounts('Managed provider', 'total', '525000.00') +
        amounts('Managed provider', 'year_1', '525000.00') +
        amounts('Managed provider', 'difference', '477000.00') +
        'Managed provider,cheapest,probability,0.0000\r\n' +
        'Managed provider,cheaper_than_baseline,probability,0.0000\r\n' +
        ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'].map((p) => `Managed provider,break_even_month,${p},\r\n`).join('') +
        'Managed provider,break_even_within_horizon,probability,0.0000\r\n' +
        'Managed provider,break_even_within_commitment,probability,0.0000\r\n',
    );
  });

  it('gives a cheaper challenger a negative difference as a number, its break-even month as YYYY-MM, and the strategies with a revisit month', () => {
    // 10,500 once and 3,000 a month against 4,000 a month: 1,000 a month less, even after 11 months (2010-03)
    const lean = unwrap(
      parseScenario({ name: 'Lean', currency: 'USD', start: '2009-05', costs: [{ name: 'Setup', kind: 'one-time', amount: '10500' }, { name: 'Fee', kind: 'recurring', amount: { low: '3000', high: '3000' }, every: 'month' }] }),
    );
    const rows = parse(renderSimulationCsv(simulate([selfHosted!, lean], { months: 36, trials: 5, revisit: '2010-05' }))) as string[][];
    const row = (scenario: string, measure: string, statistic: string) => rows.find((r) => r[0] === scenario && r[1] === measure && r[2] === statistic)?.[3];
    assert.deepEqual(
      [row('Lean', 'difference', 'p50'), row('Lean', 'break_even_month', 'p95'), row('Lean', 'cheapest', 'probability'), row('Lean', 'decide_now', 'mean'), row('', 'value_of_waiting', 'mean'), row('Lean', 'taken_when_waiting', 'probability')],
      ['-25500.00', '2010-03', '1.0000', '118500.00', '-12000.00', '1.0000'],
    );
  });

  it('protects scenario names against formula injection, and never an amount', () => {
    const name = '=HYPERLINK("http://x","y")';
    const csv = renderSimulationCsv(simulate([{ ...selfHosted!, name }, { ...managed!, name: '-Managed' }], { months: 1, trials: 1, baseline: '-Managed' }));
    const rows = parse(csv) as string[][];
    assert.deepEqual(new Set(rows.slice(1).map((r) => r[0])), new Set([`'${name}`, "'-Managed"]));
    assert.equal(rows.find((r) => r[1] === 'difference' && r[2] === 'p50')?.[3], '-81000.00');
  });
});
