import { availableParallelism } from 'node:os';
import type { Argv, CommandModule } from 'yargs';
import { SIMULATION_CHART_TYPES, type SimulationChartType } from '../../lib/render/charts/simulationChartType.js';
import type { Simulation } from '../../lib/report/simulation.js';
import type { CliContext } from '../context.js';
import { emitOutput, reportIssues } from '../context.js';
import { analysisOptionsFrom, chooseFormat, MAX_THREADS, withAnalysisOptions, withOutputFile, withScenarioFiles, withTrialOptions } from '../options.js';
import type { AnalysisArgs } from '../options.js';
import { loadScenariosToWrite } from '../outputFiles.js';
import { progressOnTerminal } from '../progressBar.js';
import { simulationOutputIssues, withSamplesOption, writeSamples } from '../samplesFile.js';
import { withChartOption, writeChartSpec } from './chart.js';

const FORMATS = ['table', 'markdown', 'json', 'csv'] as const;
type SimulateFormat = (typeof FORMATS)[number];
const FORMAT_BY_EXTENSION: Record<string, SimulateFormat> = { '.txt': 'table', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json', '.csv': 'csv' };
const NOTHING = 'Nothing was simulated.';

type SimulateArgs = AnalysisArgs & { files: string[]; format?: SimulateFormat; output?: string; trials?: number; seed?: number; threads?: number; revisit?: string; samples?: string; chart?: string; chartType?: SimulationChartType };

/** `costmodel simulate <files..>`: the comparison over many trials, each range drawn once per trial. */
export function simulateCommand(context: CliContext): CommandModule<object, SimulateArgs> {
  return {
    command: 'simulate <files..>',
    describe: 'Simulate scenarios whose inputs are ranges: totals as percentiles, how often each option is the cheapest, break-even odds',
    builder: (yargs: Argv) =>
      withChartOption(withSamplesOption(withTrialOptions(withOutputFile(withAnalysisOptions(withScenarioFiles(yargs))))), 'a chart of the spread (--chart-type)')
        // Accepted (a config file shared with compare may set it) but not offered: a simulation shows no exit costs.
        .option('exit-after', { hidden: true })
        .option('chart-type', {
          choices: SIMULATION_CHART_TYPES,
          describe: 'With --chart: fan: cumulative cost, median and bands (the default); histogram: the difference to the baseline, zero marked; tornado: what moves the difference most',
        })
        .option('format', { alias: 'f', choices: FORMATS, describe: 'Output format (default: table, or what the -o extension says)' })
        .option('threads', { type: 'number', requiresArg: true, describe: `Threads to run the trials on, 1 to ${MAX_THREADS} (default: the machine's cores); the numbers do not depend on it` })
        .option('revisit', { type: 'string', requiresArg: true, describe: 'YYYY-MM: weigh deciding now against waiting until this month, then taking the cheapest option' })
        .example('$0 simulate scenarios/uncertain/self-hosted.json scenarios/uncertain/managed-provider.json --months 60', 'The growth example with a negotiable price and uncertain growth')
        .example('$0 simulate scenarios/uncertain/self-hosted.json scenarios/uncertain/managed-provider.json --trials 100000 --seed 7 -o simulation.json', 'More trials, another seed, as JSON')
        .example('$0 simulate scenarios/uncertain/self-hosted.json scenarios/uncertain/managed-provider.json --revisit 2010-05', 'What waiting a year is worth')
        .example('$0 simulate scenarios/uncertain/self-hosted.json scenarios/uncertain/managed-provider.json --trials 2000 --samples trials.csv', 'Every trial in a spreadsheet, to check the percentiles there')
        .example('$0 simulate scenarios/uncertain/self-hosted.json scenarios/uncertain/managed-provider.json --chart-type histogram --chart difference.png', 'Also draw the difference to the baseline over the trials') as unknown as Argv<SimulateArgs>,
    handler: async (argv) => {
      const format = chooseFormat(argv.format, argv.output, FORMAT_BY_EXTENSION, 'table');
      if (!format.ok) return reportIssues(context, format.issues, NOTHING);
      if (argv.chartType !== undefined && argv.chart === undefined) return reportIssues(context, [{ code: 'invalid-option', message: '--chart-type: give --chart FILE too, the file to draw the chart in' }], NOTHING);
      // A simulation can run for minutes: where it will write is checked before it starts.
      const unwritable = simulationOutputIssues(argv.output, argv.samples, argv.files);
      if (unwritable.length > 0) return reportIssues(context, unwritable, NOTHING);
      const threads = argv.threads ?? availableParallelism();
      if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS) {
        return reportIssues(context, [{ code: 'invalid-option', message: `--threads: expected a whole number from 1 to ${MAX_THREADS}, found ${String(argv.threads)}` }], NOTHING);
      }
      const options = analysisOptionsFrom(argv);
      const trialOptions = {
        ...(argv.trials === undefined ? {} : { trials: argv.trials }),
        ...(argv.seed === undefined ? {} : { seed: argv.seed }),
        ...(argv.revisit === undefined ? {} : { revisit: String(argv.revisit) }),
      };
      // The workers start first, so that they load and read while this thread does.
      const started = threads > 1 ? (await import('../simulationThreads.js')).startSimulationThreads(threads, { files: argv.files, options: { ...options, ...trialOptions } }) : undefined;
      try {
        const [{ simulationWithTrials }, { checkedSimulationOptions }, { simulationSamples }] = await Promise.all([
          import('../../lib/report/simulation.js'),
          import('../../lib/report/simulationOptions.js'),
          import('../../lib/report/simulationSamples.js'),
        ]);
        const scenarios = await loadScenariosToWrite(context, argv.files, [argv.output, argv.samples, argv.chart], NOTHING, NOTHING);
        if (scenarios === undefined) return;
        const checked = checkedSimulationOptions(scenarios, { ...options, ...trialOptions });
        if (!checked.ok) return reportIssues(context, checked.issues, NOTHING);
        const { settings, ...run } = checked.value;
        const progress = progressOnTerminal(context.io, 'Simulating');
        // With a revisit month the trials are weighed in a second pass: the progress counts both.
        const total = (run.revisit === undefined ? 1 : 2) * run.trials;
        let result;
        try {
          const ran = started === undefined ? undefined : await started.run(scenarios, checked.value, progress === undefined ? undefined : (done) => progress.update(done, total));
          result = simulationWithTrials(scenarios, settings, { ...run, ...(progress === undefined ? {} : { onProgress: progress.update }), ...(ran ?? {}) });
        } finally {
          progress?.end();
        }
        const samples = argv.samples === undefined ? undefined : simulationSamples(scenarios, settings, result.quantities, result.outcomes);
        const written = await emitOutput(context, await renderSimulation(result.simulation, format.value, context.io.columns), argv.output, argv.files);
        if (written && samples !== undefined && argv.samples !== undefined) await writeSamples(context, samples, argv.samples, argv.files);
        if (written && argv.chart !== undefined) {
          const { simulationChartSpec } = await import('../../lib/render/charts/simulationChart.js');
          await writeChartSpec(context, simulationChartSpec(argv.chartType ?? 'fan', result.simulation), { output: argv.chart, inputs: argv.files });
        }
      } finally {
        await started?.close();
      }
    },
  };
}

async function renderSimulation(simulation: Simulation, format: SimulateFormat, columns: number | undefined): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../lib/render/renderJson.js')).renderJson(simulation);
    case 'csv':
      return (await import('../../lib/render/renderSimulationCsv.js')).renderSimulationCsv(simulation);
    case 'markdown':
      return (await import('../../lib/render/renderSimulation.js')).renderSimulationMarkdown(simulation);
    case 'table':
      return (await import('../../lib/render/renderSimulation.js')).renderSimulationTable(simulation, columns === undefined ? {} : { width: columns });
  }
}
