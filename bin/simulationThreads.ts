/**
 * `costmodel simulate --threads N`: the trials and their statistics shared out over worker threads.
 *
 *   start of the command: startSimulationThreads ─▶ N − 1 workers (simulationWorker.ts) load
 *     their code and read the same files, while this thread reads and checks them
 *   run: the outcomes of all trials made empty in shared memory ─▶ sent to every worker
 *     ─▶ trials: every thread, this one included, takes the next block of trials from one
 *        counter until none is left, and writes each trial where it belongs
 *     ─▶ statistics: once every block is done, every thread takes the next of the tasks of
 *        trialStatisticsTasks from a second counter; a worker sends each part back
 *   ─▶ the outcomes and the parts: what one thread would have made, whoever made each
 *
 * A block's trials depend only on the seed and the block, and a task's part only on all the
 * outcomes: the result does not depend on how many threads ran, nor on which ran what. A
 * worker that reads other scenarios than this thread (a file changed in between) takes no
 * part, and the others do its share.
 *
 * Threads are a CLI matter: the library's `simulate` runs in the caller's thread.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions, AnalysisSettings } from '../lib/analysis/analysisSettings.js';
import { TRIALS_PER_STREAM } from '../lib/analysis/randomStream.js';
import { emptyTrialOutcomes, simulateTrialBlocks, type TrialOutcomes } from '../lib/analysis/simulateTrials.js';
import { trialStatisticsTasks, type TrialStatisticsPart } from '../lib/analysis/trialStatistics.js';
import { uncertainQuantities, type UncertainQuantity } from '../lib/analysis/uncertainQuantities.js';
import { DEFAULT_TRIALS, type TrialRun } from '../lib/report/simulationOptions.js';
import type { Scenario } from '../lib/scenario/scenario.js';

/** What a worker is started with: the files and the options to read them with, as given. */
export type SimulationThreadStart = {
  readonly files: readonly string[];
  readonly options: AnalysisOptions & { readonly trials?: number; readonly seed?: number; readonly revisit?: string };
};

/** What a worker is sent once this thread has read the scenarios: their definitions, to check its own against, and where the trials go. */
export type SimulationJob = { readonly definitions: string; readonly outcomes: TrialOutcomes; readonly control: Int32Array };

/** What a worker says: it has read its files, it takes no part (it read other scenarios), it has run out of blocks, a part of the statistics, or it has run out of tasks. */
export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'declined' }
  | { readonly kind: 'trials done' }
  | { readonly kind: 'part'; readonly index: number; readonly part: TrialStatisticsPart }
  | { readonly kind: 'tasks done' };

/** The cells of a job's `control`: the next block of trials to hand out, the trials done, the next task to hand out. */
export const CONTROL = { nextBlock: 0, trialsDone: 1, nextTask: 2 } as const;

/**
 * This thread's share of a job's trials: blocks taken from the job's counter until none is
 * left, each counted as done (waking a thread that waits for the last ones); `onDone` hears
 * how many trials are done after each block.
 */
export function runTrialBlocks(
  scenarios: readonly Scenario[],
  plan: { readonly settings: AnalysisSettings; readonly trials: number; readonly seed: number },
  quantities: readonly UncertainQuantity[],
  job: Pick<SimulationJob, 'outcomes' | 'control'>,
  onDone?: (done: number) => void,
): void {
  const { control, outcomes } = job;
  const blocks = Math.ceil(plan.trials / TRIALS_PER_STREAM);
  const nextBlock = () => {
    const block = Atomics.add(control, CONTROL.nextBlock, 1);
    return block < blocks ? block * TRIALS_PER_STREAM : undefined;
  };
  simulateTrialBlocks(scenarios, plan.settings, quantities, outcomes, {
    seed: plan.seed,
    first: 0,
    exact: false,
    nextBlock,
    onBlock: (size) => {
      const done = Atomics.add(control, CONTROL.trialsDone, size) + size;
      Atomics.notify(control, CONTROL.trialsDone);
      onDone?.(done);
    },
  });
}

/** This thread's share of the statistics: tasks taken from the job's counter until none is left, each part handed to `onPart`. */
export function runStatisticsTasks(control: Int32Array, tasks: readonly (() => TrialStatisticsPart)[], onPart: (index: number, part: TrialStatisticsPart) => void): void {
  for (let index = Atomics.add(control, CONTROL.nextTask, 1); index < tasks.length; index = Atomics.add(control, CONTROL.nextTask, 1)) {
    onPart(index, (tasks[index] as () => TrialStatisticsPart)());
  }
}

/** Worker threads started before the scenarios are read, to run a simulation with this thread. */
export type SimulationThreads = {
  /**
   * The outcomes of the plan's trials and the parts of their statistics, made by this thread
   * and the workers; `threads`: how many shared them out. `onProgress` hears how many trials are done.
   */
  readonly run: (
    scenarios: readonly Scenario[],
    plan: TrialRun & { readonly settings: AnalysisSettings },
    onProgress?: (done: number) => void,
  ) => Promise<{ readonly outcomes: TrialOutcomes; readonly statistics: readonly TrialStatisticsPart[]; readonly threads: number }>;
  /** Stops the workers (whatever they are doing): every way out of the command calls it. */
  readonly close: () => Promise<void>;
  /** Resolves once every worker has read its files, or stopped: the command need not wait for it (a job waits for a worker still reading). */
  readonly ready: Promise<void>;
};

/**
 * Starts the workers of a simulation on up to `threads` threads (this one included, no more
 * than there are blocks of trials to share), which load their code and read `start.files`
 * while this thread does the same: a worker's start-up then costs the command nothing while
 * another core is free. Undefined when one thread is all there is of use (or the number of
 * trials is wrong: it is refused once the scenarios are read).
 */
export function startSimulationThreads(threads: number, start: SimulationThreadStart): SimulationThreads | undefined {
  const trials = start.options.trials ?? DEFAULT_TRIALS;
  const count = Number.isInteger(trials) && trials > 0 ? Math.min(threads, Math.ceil(trials / TRIALS_PER_STREAM)) - 1 : 0;
  if (count < 1) return undefined;
  const workers = Array.from({ length: count }, () => startWorker(start));
  const parts = new Map<number, TrialStatisticsPart>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const heard = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  let notReady = workers.length;
  let allReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (allReady = resolve));
  for (const worker of workers) {
    let finished = false;
    let settled = false;
    // A worker counts once towards `ready`: when it has read its files, or stops before.
    const settle = () => {
      if (settled) return;
      settled = true;
      if (--notReady === 0) allReady();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') settle();
      if (message.kind === 'part') parts.set(message.index, message.part);
      if (message.kind === 'declined' || message.kind === 'tasks done') finished = true;
      heard();
    });
    worker.once('error', (error) => {
      failure ??= error;
      settle();
      heard();
    });
    worker.once('exit', (code) => {
      if (!finished) failure ??= new Error(`a simulation thread stopped (exit code ${code}) before it was done`);
      settle();
      heard();
    });
  }
  /** Resolves once `done()` holds, checked again whenever a worker says something; rejects when one fails. */
  const until = async (done: () => boolean) => {
    for (;;) {
      if (failure !== undefined) throw failure;
      if (done()) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  let closed = false;
  const close = async () => {
    closed = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  return {
    close,
    ready,
    run: async (scenarios, plan, onProgress) => {
      const { settings, trials } = plan;
      const quantities = uncertainQuantities(scenarios, settings);
      const outcomes = emptyTrialOutcomes(scenarios, settings, quantities, { first: 0, end: trials, shared: true });
      const control = new Int32Array(new SharedArrayBuffer(4 * Object.keys(CONTROL).length));
      const job: SimulationJob = { definitions: JSON.stringify(scenarios.map((scenario) => scenario.definition)), outcomes, control };
      for (const worker of workers) worker.postMessage(job);
      try {
        runTrialBlocks(scenarios, plan, quantities, job, onProgress);
        // The workers' last blocks: a worker says when it has run out of blocks.
        await until(() => Atomics.load(control, CONTROL.trialsDone) === trials);
        onProgress?.(trials);
        const tasks = trialStatisticsTasks(scenarios, settings, quantities, outcomes);
        runStatisticsTasks(control, tasks, (index, part) => parts.set(index, part));
        await until(() => parts.size === tasks.length);
        return { outcomes, statistics: tasks.map((_task, index) => parts.get(index) as TrialStatisticsPart), threads: count + 1 };
      } catch (error) {
        // One thread failed: the others' work is of no use, and would keep the process alive.
        if (!closed) await close();
        throw error;
      }
    },
  };
}

function startWorker(start: SimulationThreadStart): Worker {
  // Run from the sources (tests, tsx), a worker registers the TypeScript loader before it loads its module.
  const fromSources = import.meta.url.endsWith('.ts');
  // Built, this module is a chunk in dist/chunks/ (or part of dist/bin/costmodel.script.cjs): either way the worker is dist/bin/simulationWorker.mjs.
  return fromSources
    ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./simulationWorker.ts', import.meta.url).href)}); })`, { eval: true, workerData: start })
    : new Worker(new URL('../bin/simulationWorker.mjs', import.meta.url), { workerData: start });
}
