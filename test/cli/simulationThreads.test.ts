import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TRIALS_PER_STREAM } from '../../lib/analysis/randomStream.js';
import { simulateTrials, type TrialOutcomes } from '../../lib/analysis/simulateTrials.js';
import { trialStatistics } from '../../lib/analysis/trialStatistics.js';
import { uncertainQuantities } from '../../lib/analysis/uncertainQuantities.js';
import { tryLoadScenarios } from '../../lib/io/readScenarioFile.js';
import { unwrap } from '../../lib/issues/issue.js';
import { checkedSimulationOptions } from '../../lib/report/simulationOptions.js';
import { startSimulationThreads } from '../../bin/simulationThreads.js';
import { projectRoot } from '../support/fixtures.js';

const UNCERTAIN = [`${projectRoot}scenarios/uncertain/self-hosted.json`, `${projectRoot}scenarios/uncertain/managed-provider.json`];
const OPTIONS = { trials: 3500, seed: 4, discountRate: '8%' };

/** The scenarios, the plan, and what one thread makes of them: the outcomes and their statistics. */
async function oneThread() {
  const scenarios = unwrap(await tryLoadScenarios(UNCERTAIN));
  const plan = unwrap(checkedSimulationOptions(scenarios, OPTIONS));
  const quantities = uncertainQuantities(scenarios, plan.settings);
  const outcomes = simulateTrials(scenarios, plan.settings, quantities, { trials: plan.trials, seed: plan.seed });
  return { scenarios, plan, quantities, outcomes, statistics: trialStatistics(scenarios, plan.settings, quantities, outcomes) };
}

/** Every array of the outcomes as plain numbers, to compare outcomes made on shared memory with others. */
function plain(outcomes: TrialOutcomes): unknown {
  const numbers = (array: ArrayLike<number> | null) => (array === null ? null : Array.from(array));
  return {
    trials: outcomes.trials,
    totals: outcomes.totals.map(numbers),
    years: outcomes.years.map((years) => years.map(numbers)),
    cumulative: outcomes.cumulative.map(numbers),
    npvs: outcomes.npvs?.map(numbers) ?? null,
    breakEvens: outcomes.breakEvens.map(numbers),
    cheapest: numbers(outcomes.cheapest),
    draws: outcomes.draws.map(numbers),
  };
}

/** Holds this thread for `ms` milliseconds, as a long block of trials would. */
function hold(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs the simulation on `count` threads whose workers read `files`, and checks that it
 * makes what one thread makes, and says it started `count` threads. The workers are let
 * read their files first, and this thread is held after its first block of trials and again
 * once all are done, so that a worker that takes part runs blocks of trials and tasks of the
 * statistics; returns how many blocks this thread ran, and of how many.
 */
async function assertAsOneThread(count: number, files: readonly string[]): Promise<{ readonly ranHere: number; readonly blocks: number }> {
  const one = await oneThread();
  const threads = startSimulationThreads(count, { files, options: OPTIONS });
  assert.ok(threads !== undefined);
  try {
    await threads.ready;
    let calls = 0;
    const ran = await threads.run(one.scenarios, one.plan, (done) => {
      calls++;
      if (calls === 1 || done === one.plan.trials) hold(300);
    });
    assert.equal(ran.threads, count);
    assert.deepEqual(plain(ran.outcomes), plain(one.outcomes));
    assert.deepEqual(trialStatistics(one.scenarios, one.plan.settings, one.quantities, ran.outcomes, ran.statistics), one.statistics);
    // Told once per block run here, and once more when every trial is done.
    return { ranHere: calls - 1, blocks: Math.ceil(one.plan.trials / TRIALS_PER_STREAM) };
  } finally {
    await threads.close();
  }
}

describe('startSimulationThreads', () => {
  it('makes the outcomes and statistics one thread makes, on three threads, whoever ran which block and task', { timeout: 60_000 }, async () => {
    const { ranHere, blocks } = await assertAsOneThread(3, UNCERTAIN);
    assert.ok(blocks >= 4 && ranHere < blocks, `this thread ran ${ranHere} of ${blocks} blocks: the workers ran none`);
  });

  it('leaves out a worker that read other scenarios (a file changed meanwhile): the others do its share, with the same result', { timeout: 60_000 }, async () => {
    // The worker reads the scenarios the other way round: not those this thread runs.
    // settings.threads counts the threads started for the run (docs/simulation.md), the one that sat out too.
    const { ranHere, blocks } = await assertAsOneThread(2, [...UNCERTAIN].reverse());
    assert.equal(ranHere, blocks);
  });

  it('starts no worker when one thread is all there is of use: one block of trials, or a number of trials that will be refused', () => {
    assert.equal(startSimulationThreads(4, { files: UNCERTAIN, options: { trials: 1000 } }), undefined);
    assert.equal(startSimulationThreads(4, { files: UNCERTAIN, options: { trials: 0 } }), undefined);
    assert.equal(startSimulationThreads(1, { files: UNCERTAIN, options: {} }), undefined);
  });
});
