/**
 * `costmodel simulate --threads N`: the trials shared out over worker threads.
 *
 *   main thread: scenarios read, plan checked ─▶ trialShares(trials, threads)
 *     ─▶ shares 2…N: a worker each (simulationWorker.ts), reading the same files
 *     ─▶ share 1: run here meanwhile
 *     ─▶ each thread sorts its share's draws (sortedPart), for the statistics; the first
 *        also makes the fan chart's bands of its trials (cumulativeBands) while it waits
 *     ─▶ mergeTrialOutcomes, in trial order: the same outcomes as one thread gives; the
 *        draws' sorted shares merged (joinedSortOrder), the order one thread would have sorted
 *
 * Threads are a CLI matter: the library's `simulate` runs in the caller's thread.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions } from '../lib/analysis/analysisSettings.js';
import { simulateTrialRange, type TrialOutcomes } from '../lib/analysis/simulateTrials.js';
import { CUMULATIVE_TRIALS, cumulativeBands } from '../lib/analysis/cumulativeBands.js';
import { joinedSortOrder, sortedPart, type SortedPart } from '../lib/analysis/trialOrder.js';
import { mergeTrialOutcomes, trialShares } from '../lib/analysis/trialShares.js';
import { uncertainQuantities } from '../lib/analysis/uncertainQuantities.js';
import type { TrialRun } from '../lib/report/simulationOptions.js';
import type { AnalysisSettings } from '../lib/analysis/analysisSettings.js';
import type { Scenario } from '../lib/scenario/scenario.js';

/** What a worker is given: the files and options to read them with, and its trials. */
export type ShareOfTrials = {
  readonly files: readonly string[];
  readonly options: AnalysisOptions & { readonly trials: number; readonly seed: number };
  readonly first: number;
  readonly end: number;
};

/**
 * The outcomes of the plan's trials, run over up to `threads` threads (this one included),
 * and how many ran them (no more than there are blocks of trials). `onProgress` hears how
 * many trials are done, as far as this thread can tell.
 * `files` and `options` are what `scenarios` and the plan were made from: each worker reads
 * them again, so that nothing but plain data crosses between threads.
 */
export async function outcomesInThreads(
  scenarios: readonly Scenario[],
  plan: TrialRun & { readonly settings: AnalysisSettings },
  files: readonly string[],
  options: AnalysisOptions,
  threads: number,
  onProgress?: (done: number) => void,
): Promise<{ outcomes: TrialOutcomes; threads: number }> {
  const { settings, trials, seed } = plan;
  const shares = trialShares(trials, threads);
  const [own, ...others] = shares;
  if (own === undefined) throw new RangeError('simulate: no trials to share out');
  const definitions = JSON.stringify(scenarios.map((scenario) => scenario.definition));
  const started: Worker[] = [];
  const workers = others.map((share) => runWorker({ files, options: { ...options, trials, seed }, first: share.first, end: share.end }, definitions, started));
  // Every worker is already started: a rejection must not go unhandled while this thread computes.
  for (const worker of workers) worker.catch(() => undefined);
  // Progress is this thread's, scaled to all: the shares are the same size but for a block.
  const scale = trials / (own.end - own.first);
  const first = simulateTrialRange(scenarios, settings, uncertainQuantities(scenarios, settings), {
    trials,
    seed,
    first: own.first,
    end: own.end,
    exact: false,
    ...(onProgress === undefined ? {} : { onProgress: (done: number) => onProgress(Math.min(trials, Math.round(done * scale))) }),
  });
  // Sorted here while the other threads still run: the statistics then only merge the shares.
  const firstSorted = first.draws.map(sortedPart);
  // The fan chart's bands, when this share holds all the trials they come from.
  if (own.end >= Math.min(trials, CUMULATIVE_TRIALS)) for (const values of first.cumulative) cumulativeBands(values, settings.months, settings.minorDigits);
  try {
    const others = await Promise.all(workers);
    const outcomes = mergeTrialOutcomes([first, ...others.map((other) => other.outcomes)]);
    outcomes.draws.forEach((draws, q) => joinedSortOrder(draws, [firstSorted[q] as SortedPart, ...others.map((other) => other.sortedDraws[q] as SortedPart)]));
    return { outcomes, threads: shares.length };
  } catch (error) {
    // One thread failed: the others' trials are of no use, and would keep the process alive.
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }
}

/** What a worker sends back: its share's outcomes, and each quantity's draws sorted. */
export type WorkerResult = { readonly outcomes: TrialOutcomes; readonly sortedDraws: readonly SortedPart[]; readonly definitions: string };

function runWorker(share: ShareOfTrials, definitions: string, started: Worker[]): Promise<WorkerResult> {
  // Run from the sources (tests, tsx), a worker registers the TypeScript loader before it loads its module.
  const fromSources = import.meta.url.endsWith('.ts');
  // Built, this module is a chunk in dist/chunks/ (or part of dist/bin/costmodel.js): either way the worker is dist/bin/simulationWorker.js.
  const worker = fromSources
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./simulationWorker.ts', import.meta.url).href)}); })`, { eval: true, workerData: share })
    : new Worker(new URL('../bin/simulationWorker.js', import.meta.url), { workerData: share });
  started.push(worker);
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: WorkerResult) => {
      settled = true;
      // A file changed between the reads: the trials would mix two models.
      if (message.definitions !== definitions) reject(new ScenariosChanged());
      else resolve(message);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`a simulation thread stopped (exit code ${code}) before it sent its trials`));
    });
  });
}

/** A scenario file changed while the simulation ran: a worker read other scenarios than the main thread. */
export class ScenariosChanged extends Error {
  constructor() {
    super('a scenario file changed while the simulation ran; nothing was simulated: run it again');
  }
}
