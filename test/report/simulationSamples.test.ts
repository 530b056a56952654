/**
 * The samples are what the simulation's statistics are computed from: each test recomputes
 * something the JSON result says from the samples alone, by the definitions of
 * docs/simulation.md (nearest rank: the value at rank ⌈p × n⌉; a mean rounded half away from
 * zero), or works the draws out from the seeded stream by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RandomStream } from '../../lib/analysis/randomStream.js';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { unwrap } from '../../lib/issues/issue.js';
import { renderSimulationSamplesCsv } from '../../lib/render/renderSimulationSamplesCsv.js';
import { compare } from '../../lib/report/compare.js';
import { simulate } from '../../lib/report/simulation.js';
import { sampleText, simulateWithSamples, trySimulateWithSamples, type SimulationSamples } from '../../lib/report/simulationSamples.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { foundingScenarios, projectRoot } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();
const provider = (amount: unknown, name = 'Provider') =>
  unwrap(parseScenario({ name, currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount, every: 'month' }] }));

/** The samples CSV as a header and rows of cells (no cell of these tests is quoted). */
function parsed(csv: string): { header: string[]; rows: string[][] } {
  assert.ok(csv.endsWith('\r\n'));
  const [header, ...rows] = csv.slice(0, -2).split('\r\n').map((line) => line.split(','));
  return { header: header as string[], rows };
}

/** A column of the samples, by name, as text. */
function column(samples: SimulationSamples, name: string): string[] {
  const found = samples.columns.find((c) => c.name === name);
  assert.ok(found !== undefined, `no column ${name}`);
  return Array.from({ length: samples.trials }, (_, trial) => sampleText(found, trial));
}

/** Cents of a decimal string with two decimals, exactly. */
const cents = (text: string) => BigInt(text.replace('.', ''));
const dollars = (units: bigint) => `${units < 0n ? '-' : ''}${(units < 0n ? -units : units) / 100n}.${String((units < 0n ? -units : units) % 100n).padStart(2, '0')}`;

/** Nearest rank: the value at rank ⌈p × n⌉ in increasing order. */
function nearestRank(values: readonly bigint[], p: number): string {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return dollars(sorted[Math.ceil(p * sorted.length) - 1] as bigint);
}

/** The exact sum divided by n, rounded half away from zero to the cent. */
function mean(values: readonly bigint[]): string {
  const n = BigInt(values.length);
  const sum = values.reduce((a, b) => a + b, 0n);
  const magnitude = sum < 0n ? -sum : sum;
  const rounded = (2n * magnitude + n) / (2n * n);
  return dollars(sum < 0n ? -rounded : rounded);
}

describe('simulateWithSamples', () => {
  it('gives the simulation simulate gives for the same options, byte for byte', () => {
    const options = { months: 24, trials: 300, seed: 9, discountRate: '8%' };
    const scenarios = [selfHosted, provider({ low: '3000', high: '5000' })];
    assert.deepEqual(simulateWithSamples(scenarios, options).simulation, simulate(scenarios, options));
  });

  it('writes the deterministic total in every row for a range without width', () => {
    const fixed = provider({ low: '3999.99', high: '3999.99', dist: 'normal' });
    const { samples } = simulateWithSamples([selfHosted, fixed], { months: 36, trials: 1500, seed: 3 });
    const deterministic = compare([selfHosted, fixed], { months: 36 }).scenarios.map((s) => s.total);
    assert.deepEqual(deterministic, ['144000.00', '143999.64']);
    const { header, rows } = parsed(renderSimulationSamplesCsv(samples));
    assert.deepEqual(header, ['trial', 'Provider: Hosting', 'Self-hosted: total', 'Provider: total']);
    assert.equal(rows.length, 1500);
    rows.forEach((row, t) => assert.deepEqual(row, [String(t + 1), '3999.99', '144000.00', '143999.64']));
  });

  it('writes 3 trials cell by cell: the draws of the seeded stream, their totals, and the result percentiles among them', () => {
    // Uniform from 3,000 to 5,000: trial t draws 3,000 + 2,000 × u_t to the cent, u_t the t-th
    // number of stream 0 of seed 11; one month of it is the provider's total.
    const stream = new RandomStream(11, 0);
    const draws = [0, 1, 2].map(() => (3000 + 2000 * stream.uniform()).toFixed(2));
    const scenarios = [selfHosted, provider({ low: '3000', high: '5000', dist: 'uniform' })];
    const { simulation, samples } = simulateWithSamples(scenarios, { months: 1, trials: 3, seed: 11 });
    const { rows } = parsed(renderSimulationSamplesCsv(samples));
    assert.deepEqual(
      rows,
      draws.map((draw, t) => [String(t + 1), draw, '4000.00', draw]),
    );
    // Of 3 trials, nearest rank makes P5 the least (rank 1), P50 the middle (rank 2), P95 the greatest (rank 3).
    const sorted = [...draws].sort((a, b) => Number(a) - Number(b));
    const [fee] = simulation.uncertain;
    assert.deepEqual([fee?.drawn.p5, fee?.drawn.p50, fee?.drawn.p95], sorted);
    const total = simulation.scenarios[1]!.total;
    assert.deepEqual([total.p5, total.p10, total.p25, total.p50, total.p75, total.p90, total.p95], [sorted[0], sorted[0], sorted[0], sorted[1], sorted[2], sorted[2], sorted[2]]);
    assert.equal(total.mean, mean(draws.map(cents)));
  });

  it('recomputes every percentile and mean of the result from the samples by the nearest-rank definition', async () => {
    const scenarios = await loadScenarios([`${projectRoot}scenarios/uncertain/self-hosted.json`, `${projectRoot}scenarios/uncertain/managed-provider.json`]);
    const { simulation, samples } = simulateWithSamples(scenarios, { months: 60, trials: 1000, seed: 20090504, discountRate: '8%' });
    const [baseline, challenger] = simulation.scenarios;
    const totals = [baseline, challenger].map((s) => column(samples, `${s!.name}: total`).map(cents));
    const npvs = [baseline, challenger].map((s) => column(samples, `${s!.name}: npv`).map(cents));
    const differences = (totals[1] as bigint[]).map((total, t) => total - (totals[0]![t] as bigint));
    const statistics = (values: readonly bigint[]) => ({
      mean: mean(values),
      ...Object.fromEntries(([5, 10, 25, 50, 75, 90, 95] as const).map((p) => [`p${p}`, nearestRank(values, p / 100)])),
    });
    assert.deepEqual(baseline?.total, statistics(totals[0]!));
    assert.deepEqual(challenger?.total, statistics(totals[1]!));
    assert.deepEqual(baseline?.npv, statistics(npvs[0]!));
    assert.deepEqual(challenger?.npv, statistics(npvs[1]!));
    assert.deepEqual(challenger?.difference, statistics(differences));
    const cheaper = differences.filter((difference) => difference < 0n).length;
    assert.equal(challenger?.probabilityCheaperThanBaseline, (cheaper / 1000).toFixed(4));
    // The fee is money: its percentiles are among the draws, to the cent.
    const fee = simulation.uncertain.find((quantity) => quantity.kind === 'money');
    const feeDraws = column(samples, fee!.label).map(cents);
    assert.deepEqual(fee?.drawn, { p5: nearestRank(feeDraws, 0.05), p50: nearestRank(feeDraws, 0.5), p95: nearestRank(feeDraws, 0.95) });
  });

  it('leaves the NPV columns out when not discounting, and names a quantity by its label', () => {
    const { samples } = simulateWithSamples([selfHosted, managed, provider({ low: '1', high: '2' })], { trials: 2 });
    assert.deepEqual(
      samples.columns.map((c) => [c.name, c.unit]),
      [
        ['Provider: Hosting', 'money'],
        ['Self-hosted: total', 'minor-units'],
        ['Managed provider: total', 'minor-units'],
        ['Provider: total', 'minor-units'],
      ],
    );
  });

  it('reports bad options as issues, like trySimulate', () => {
    const result = trySimulateWithSamples([selfHosted], { trials: 0, revisit: '2009' });
    assert.deepEqual(result.ok ? [] : result.issues.map((issue) => issue.message), [
      '--trials: expected a whole number of trials from 1 to 1000000, found 0',
      '--revisit: expected a month as YYYY-MM, found "2009"',
    ]);
  });

  it('tells the progress after every 1,000 trials, counting the second pass of a revisit month', () => {
    const heard: string[] = [];
    simulate([selfHosted, provider({ low: '3000', high: '5000' })], { months: 24, trials: 1500, revisit: '2010-05', onProgress: (done, total) => heard.push(`${done}/${total}`) });
    assert.deepEqual(heard, ['1000/3000', '1500/3000', '2500/3000', '3000/3000']);
  });
});
