/**
 * One thread of `costmodel simulate --threads N`: reads the same scenario files with the same
 * options as the main thread, runs its share of the trials and sends their outcomes back
 * with the sort order of each quantity's draws (the arrays transferred, not copied). See
 * simulationThreads.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { uncertainQuantities } from '../lib/analysis/uncertainQuantities.js';
import { simulateTrialRange, type TrialOutcomes } from '../lib/analysis/simulateTrials.js';
import { tryLoadScenarios } from '../lib/io/readScenarioFile.js';
import { checkedSimulationOptions } from '../lib/report/simulationOptions.js';
import { sortedPart } from '../lib/analysis/trialOrder.js';
import type { ShareOfTrials, WorkerResult } from './simulationThreads.js';

const share = workerData as ShareOfTrials;
const loaded = await tryLoadScenarios(share.files);
if (!loaded.ok) throw new Error(`a simulation thread could not read the scenarios the main thread read: ${loaded.issues.map((issue) => issue.message).join('; ')}`);
const plan = checkedSimulationOptions(loaded.value, share.options);
if (!plan.ok) throw new Error(`a simulation thread could not resolve the settings the main thread resolved: ${plan.issues.map((issue) => issue.message).join('; ')}`);
const { settings, trials, seed } = plan.value;
const outcomes = simulateTrialRange(loaded.value, settings, uncertainQuantities(loaded.value, settings), { trials, seed, first: share.first, end: share.end, exact: false });
const sortedDraws = outcomes.draws.map(sortedPart);
const result: WorkerResult = { outcomes, sortedDraws, definitions: JSON.stringify(loaded.value.map((scenario) => scenario.definition)) };
parentPort?.postMessage(result, [...transferList(outcomes), ...sortedDraws.flatMap(({ order, sorted }) => [order.buffer as ArrayBuffer, sorted.buffer as ArrayBuffer])]);

function transferList(outcomes: TrialOutcomes): ArrayBuffer[] {
  const arrays = [...outcomes.totals, ...outcomes.years.flat(), ...(outcomes.npvs ?? []), ...outcomes.breakEvens.flatMap((months) => (months === null ? [] : [months])), ...outcomes.draws, ...outcomes.cumulative, outcomes.cheapest];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}
