/**
 * One worker thread of `costmodel simulate --threads N` (see simulationThreads.ts): reads the
 * scenario files with the options as given, as soon as it starts; once sent a job, and if it
 * read the same scenarios as the main thread, takes blocks of trials into the shared outcomes
 * until none is left, waits for the other threads' last blocks, then takes tasks of the
 * statistics and sends each part back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { trialStatisticsTasks } from '../lib/analysis/trialStatistics.js';
import { uncertainQuantities } from '../lib/analysis/uncertainQuantities.js';
import { tryLoadScenarios } from '../lib/io/readScenarioFile.js';
import { checkedSimulationOptions } from '../lib/report/simulationOptions.js';
import { CONTROL, runStatisticsTasks, runTrialBlocks, type SimulationJob, type SimulationThreadStart, type WorkerMessage } from './simulationThreads.js';

const start = workerData as SimulationThreadStart;
const port = parentPort;
if (port === null) throw new Error('simulationWorker.ts runs as a worker thread of costmodel simulate');
const say = (message: WorkerMessage) => port.postMessage(message);
const loading = tryLoadScenarios(start.files).then((loaded) => {
  say({ kind: 'ready' });
  if (!loaded.ok) return undefined;
  const plan = checkedSimulationOptions(loaded.value, start.options);
  return plan.ok ? { scenarios: loaded.value, plan: plan.value } : undefined;
});

port.once('message', (job: SimulationJob) => {
  void loading.then((loaded) => {
    if (loaded === undefined || JSON.stringify(loaded.scenarios.map((scenario) => scenario.definition)) !== job.definitions) {
      // The scenarios or options read here are not those of the main thread.
      say({ kind: 'declined' });
      return;
    }
    const { scenarios, plan } = loaded;
    const { settings, trials } = plan;
    const quantities = uncertainQuantities(scenarios, settings);
    const { outcomes, control } = job;
    runTrialBlocks(scenarios, plan, quantities, job);
    say({ kind: 'trials done' });
    // The statistics need every trial: wait for the other threads' last blocks.
    for (let done = Atomics.load(control, CONTROL.trialsDone); done < trials; done = Atomics.load(control, CONTROL.trialsDone)) Atomics.wait(control, CONTROL.trialsDone, done, 100);
    runStatisticsTasks(control, trialStatisticsTasks(scenarios, settings, quantities, outcomes), (index, part) => say({ kind: 'part', index, part }));
    say({ kind: 'tasks done' });
  });
});
