import type { OutcomeStatistics } from '../analysis/outcomeStatistics.js';
import type { Simulation } from '../report/simulation.js';
import { csvSafeText } from '../csv/csvSafeText.js';
import { stringifyCsv } from './stringifyCsv.js';

const STATISTICS = ['mean', 'p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const satisfies readonly (keyof OutcomeStatistics)[];
const MONTH_PERCENTILES = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

/**
 * The simulation as CSV for spreadsheets, long and narrow for pivot tables: one row per
 * scenario × measure × statistic, columns `scenario,measure,statistic,value`.
 *
 * | measure | statistics | value |
 * | --- | --- | --- |
 * | `total` | `at_medians`, `mean`, `p5` … `p95` | the total with every range at its median, and over the trials |
 * | `year_1` … `year_N` | `mean`, `p5` … `p95` | the cost in each year of the horizon |
 * | `npv` | `mean`, `p5` … `p95` | only when discounting |
 * | `difference` | `mean`, `p5` … `p95` | total − the baseline's, trial by trial; not for the baseline |
 * | `cheapest`, `cheaper_than_baseline` | `probability` | the share of trials, a fraction with 4 places |
 * | `break_even_month` | `p5` … `p95` | `YYYY-MM`; empty where the percentile is "never within the horizon" |
 * | `break_even_within_horizon`, `break_even_within_commitment` | `probability` | the share of trials |
 *
 * With a revisit month, the strategies follow: `decide_now` (on the row of the option deciding
 * now takes), `wait` and `value_of_waiting` as mean and percentiles, `waiting_cheaper` as a
 * probability, `regret_of_deciding_now` as a mean, and for each option
 * `taken_when_waiting` as a probability. Amounts are plain numbers in the minor unit;
 * RFC 4180 with CRLF line ends, text protected against formula injection.
 *
 * @example
 * const lines = renderSimulationCsv(simulate([selfHosted, managedProvider], { months: 12, trials: 10 })).split('\r\n');
 * lines.slice(0, 4); // ['scenario,measure,statistic,value', 'Self-hosted,total,at_medians,48000.00', 'Self-hosted,total,mean,48000.00', 'Self-hosted,total,p5,48000.00']
 * lines.filter((line) => line.startsWith('Managed provider,') && !/,(total|year_1|difference),/.test(line));
 * // ['Managed provider,cheapest,probability,0.0000', 'Managed provider,cheaper_than_baseline,probability,0.0000', 'Managed provider,break_even_month,p5,', 'Managed provider,break_even_month,p10,', 'Managed provider,break_even_month,p25,', 'Managed provider,break_even_month,p50,', 'Managed provider,break_even_month,p75,', 'Managed provider,break_even_month,p90,', 'Managed provider,break_even_month,p95,', 'Managed provider,break_even_within_horizon,probability,0.0000', 'Managed provider,break_even_within_commitment,probability,0.0000']
 */
export function renderSimulationCsv(simulation: Simulation): string {
  const rows: string[][] = [['scenario', 'measure', 'statistic', 'value']];
  const add = (scenario: string, measure: string, statistic: string, value: string) => rows.push([csvSafeText(scenario), measure, statistic, value]);
  const addStatistics = (scenario: string, measure: string, statistics: OutcomeStatistics) => {
    for (const statistic of STATISTICS) add(scenario, measure, statistic, statistics[statistic]);
  };
  for (const s of simulation.scenarios) {
    add(s.name, 'total', 'at_medians', s.atMedians);
    addStatistics(s.name, 'total', s.total);
    s.years.forEach((year, index) => addStatistics(s.name, `year_${index + 1}`, year));
    if (s.npv !== null) addStatistics(s.name, 'npv', s.npv);
    if (s.difference !== null) addStatistics(s.name, 'difference', s.difference);
    add(s.name, 'cheapest', 'probability', s.probabilityCheapest);
    if (s.probabilityCheaperThanBaseline !== null) add(s.name, 'cheaper_than_baseline', 'probability', s.probabilityCheaperThanBaseline);
    if (s.breakEven !== null) {
      for (const percentile of MONTH_PERCENTILES) add(s.name, 'break_even_month', percentile, s.breakEven[percentile]?.calendar ?? '');
      add(s.name, 'break_even_within_horizon', 'probability', s.breakEven.withinHorizon);
      if (s.breakEven.withinCommitment !== null) add(s.name, 'break_even_within_commitment', 'probability', s.breakEven.withinCommitment);
    }
  }
  const waiting = simulation.waiting;
  if (waiting !== null) {
    addStatistics(waiting.decideNow, 'decide_now', waiting.decideNowCost);
    addStatistics('', 'wait', waiting.waitCost);
    addStatistics('', 'value_of_waiting', waiting.valueOfWaiting);
    add('', 'waiting_cheaper', 'probability', waiting.probabilityWaitingRight);
    add('', 'regret_of_deciding_now', 'mean', waiting.expectedRegretNow);
    for (const choice of waiting.choices) add(choice.scenario, 'taken_when_waiting', 'probability', choice.probability);
  }
  return stringifyCsv(rows);
}
