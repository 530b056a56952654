import { sampleText, type SimulationSamples } from '../report/simulationSamples.js';
import { csvSafeText } from '../csv/csvSafeText.js';
import { stringifyCsv } from './stringifyCsv.js';

/** Trials per piece of {@link simulationSamplesCsvParts}: small enough to keep memory flat, large enough to cost nothing. */
const TRIALS_PER_PART = 1000;

/**
 * Every trial of a simulation as CSV, one row per trial, for checking the simulation in a
 * spreadsheet. Columns:
 *
 * | column | content |
 * | --- | --- |
 * | `trial` | the trial's number, from 1 |
 * | one per uncertain input, named by its label | the value the trial drew: money to the minor unit, a rate as a fraction (`0.03`), other quantities as the shortest decimal that reads back as the same binary number |
 * | `<scenario>: total` | the scenario's total in the trial |
 * | `<scenario>: npv` | its NPV; only when discounting |
 *
 * Every amount is exactly what the trial gave, so a column's mean rounded to the minor unit
 * (`=ROUND(AVERAGE(C2:C10001), 2)`) and its nearest-rank percentiles
 * (`=SMALL(C2:C10001, ROUNDUP(0.95 * 10000, 0))`) are the simulation's. Plain numbers, names
 * protected against formula injection, RFC 4180 with CRLF line ends.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '4000', high: '4000' }, every: 'month' }] }));
 * renderSimulationSamplesCsv(simulateWithSamples([selfHosted, provider], { months: 1, trials: 2 }).samples);
 * // 'trial,Provider: Hosting,Self-hosted: total,Provider: total\r\n1,4000.00,4000.00,4000.00\r\n2,4000.00,4000.00,4000.00\r\n'
 */
export function renderSimulationSamplesCsv(samples: SimulationSamples): string {
  return [...simulationSamplesCsvParts(samples)].join('');
}

/**
 * {@link renderSimulationSamplesCsv} in pieces of 1,000 trials (the header first), to write
 * a million trials to a file without holding all of its text at once.
 *
 * @example
 * const { samples } = simulateWithSamples([selfHosted], { months: 1, trials: 2500 });
 * [...simulationSamplesCsvParts(samples)].map((part) => part.split('\r\n').length - 1); // [1, 1000, 1000, 500]
 */
export function* simulationSamplesCsvParts(samples: SimulationSamples): Generator<string, void, undefined> {
  const { columns, trials } = samples;
  yield stringifyCsv([['trial', ...columns.map((column) => csvSafeText(column.name))]]);
  for (let first = 0; first < trials; first += TRIALS_PER_PART) {
    const rows: string[][] = [];
    for (let trial = first; trial < Math.min(trials, first + TRIALS_PER_PART); trial++) rows.push([String(trial + 1), ...columns.map((column) => sampleText(column, trial))]);
    yield stringifyCsv(rows);
  }
}
