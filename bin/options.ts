import type { Argv } from 'yargs';
import type { AnalysisOptions } from '../lib/report/analysisSettings.js';

/** The analysis options shared by compare, schedule, chart and report. */
export function withAnalysisOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('months', {
      type: 'number',
      describe: 'Horizon length in months (1–1200)',
      default: 36,
      group: 'Analysis:',
    })
    .option('from', {
      type: 'string',
      describe: 'First month of the analysis, YYYY-MM (default: the earliest scenario start)',
      group: 'Analysis:',
    })
    .option('discount-rate', {
      type: 'string',
      describe: 'Annual discount rate for NPV, e.g. 0.08 or 8% (default: not discounted)',
      group: 'Analysis:',
    })
    .option('baseline', {
      type: 'string',
      describe: 'Name of the scenario to compare against (default: the first file)',
      group: 'Analysis:',
    });
}

/** The positional scenario files. */
export function withScenarioFiles<T>(yargs: Argv<T>) {
  return yargs.positional('files', {
    type: 'string',
    array: true,
    describe: 'Scenario JSON files',
    demandOption: true,
  });
}

/** `-o FILE`: write to a file (atomically) instead of stdout. */
export function withOutputFile<T>(yargs: Argv<T>) {
  return yargs.option('output', {
    alias: 'o',
    type: 'string',
    describe: 'Write to FILE instead of standard output (the format follows the extension unless --format is given)',
    requiresArg: true,
  });
}

/** Reads the analysis flags into library options. */
export function analysisOptionsFrom(argv: { months?: number; from?: string; 'discount-rate'?: string; baseline?: string }): AnalysisOptions {
  return {
    ...(argv.months === undefined ? {} : { months: argv.months }),
    ...(argv.from === undefined ? {} : { from: String(argv.from) }),
    ...(argv['discount-rate'] === undefined ? {} : { discountRate: String(argv['discount-rate']) }),
    ...(argv.baseline === undefined ? {} : { baseline: String(argv.baseline) }),
  };
}

/** The format named by an output file's extension, if it is one of `formats`. */
export function formatFromExtension<F extends string>(output: string | undefined, byExtension: Record<string, F>): F | undefined {
  if (output === undefined) return undefined;
  const lower = output.toLowerCase();
  const match = Object.keys(byExtension)
    .sort((a, b) => b.length - a.length)
    .find((extension) => lower.endsWith(extension));
  return match === undefined ? undefined : byExtension[match];
}
