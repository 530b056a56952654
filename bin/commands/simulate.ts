import type { Argv, CommandModule } from 'yargs';
import type { Simulation } from '../../lib/report/simulation.js';
import type { CliContext } from '../context.js';
import { emitOutput, reportIssues } from '../context.js';
import { analysisOptionsFrom, chooseFormat, withAnalysisOptions, withOutputFile, withScenarioFiles } from '../options.js';
import type { AnalysisArgs } from '../options.js';

const FORMATS = ['table', 'markdown', 'json'] as const;
type SimulateFormat = (typeof FORMATS)[number];
const FORMAT_BY_EXTENSION: Record<string, SimulateFormat> = { '.txt': 'table', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json' };
const NOTHING = 'Nothing was simulated.';

type SimulateArgs = AnalysisArgs & { files: string[]; format?: SimulateFormat; output?: string; trials?: number; seed?: number; revisit?: string };

/** `costmodel simulate <files..>`: the comparison over many trials, each range drawn once per trial. */
export function simulateCommand(context: CliContext): CommandModule<object, SimulateArgs> {
  return {
    command: 'simulate <files..>',
    describe: 'Simulate scenarios whose inputs are ranges: totals as percentiles, how often each option is the cheapest, break-even odds',
    builder: (yargs: Argv) =>
      withOutputFile(withAnalysisOptions(withScenarioFiles(yargs)))
        .option('format', { alias: 'f', choices: FORMATS, describe: 'Output format (default: table, or what the -o extension says)' })
        .option('trials', { type: 'number', requiresArg: true, describe: 'Trials to run, 1 to 1000000 (default 10000)' })
        .option('seed', { type: 'number', requiresArg: true, describe: 'Seed of the random draws, 0 to 4294967295 (default 20090504): the same seed gives the same numbers' })
        .option('revisit', { type: 'string', requiresArg: true, describe: 'YYYY-MM: weigh deciding now against waiting until this month, then taking the cheapest option' })
        .example('$0 simulate scenarios/uncertain/self-hosted.json scenarios/uncertain/managed-provider.json --months 60', 'The growth example with a negotiable price and uncertain growth')
        .example('$0 simulate a.json b.json --trials 100000 --seed 7 -o simulation.json', 'More trials, another seed, as JSON')
        .example('$0 simulate scenarios/uncertain/*.json --revisit 2010-05', 'What waiting a year is worth') as unknown as Argv<SimulateArgs>,
    handler: async (argv) => {
      const [{ tryLoadScenarios }, { trySimulate }] = await Promise.all([import('../../lib/io/readScenarioFile.js'), import('../../lib/report/simulation.js')]);
      const format = chooseFormat(argv.format, argv.output, FORMAT_BY_EXTENSION, 'table');
      if (!format.ok) return reportIssues(context, format.issues, NOTHING);
      const loaded = await tryLoadScenarios(argv.files);
      if (!loaded.ok) return reportIssues(context, loaded.issues, NOTHING);
      const simulated = trySimulate(loaded.value, {
        ...analysisOptionsFrom(argv),
        ...(argv.trials === undefined ? {} : { trials: argv.trials }),
        ...(argv.seed === undefined ? {} : { seed: argv.seed }),
        ...(argv.revisit === undefined ? {} : { revisit: String(argv.revisit) }),
      });
      if (!simulated.ok) return reportIssues(context, simulated.issues, NOTHING);
      await emitOutput(context, await renderSimulation(simulated.value, format.value, context.io.columns), argv.output, argv.files);
    },
  };
}

async function renderSimulation(simulation: Simulation, format: SimulateFormat, columns: number | undefined): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../lib/render/renderJson.js')).renderJson(simulation);
    case 'markdown':
      return (await import('../../lib/render/renderSimulation.js')).renderSimulationMarkdown(simulation);
    case 'table':
      return (await import('../../lib/render/renderSimulation.js')).renderSimulationTable(simulation, columns === undefined ? {} : { width: columns });
  }
}
