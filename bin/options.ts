import type { Argv } from 'yargs';
import { MAX_HORIZON_MONTHS, type AnalysisOptions } from '../lib/report/analysisSettings.js';

/** The analysis options shared by compare, schedule, chart and report. */
export function withAnalysisOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('months', {
      // Not `type: 'number'`: yargs turns "abc" into NaN before anyone can say what was typed.
      describe: 'Horizon length in months (1–1200)',
      default: 36,
      requiresArg: true,
      coerce: monthsFromText,
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

/**
 * Accepts the analysis options without using them, hidden from help: settings kept in a
 * `--config` file or `COSTMODEL_*` variables for compare and schedule must not make
 * validate or schema fail as "unknown option".
 */
export function acceptAnalysisOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('months', { hidden: true })
    .option('from', { hidden: true })
    .option('discount-rate', { hidden: true })
    .option('baseline', { hidden: true });
}

/** `--months`: a whole number as typed (range checks are the library's); a non-number is a usage error. */
function monthsFromText(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  throw new Error(`--months: expected a whole number of months from 1 to ${MAX_HORIZON_MONTHS}, found ${JSON.stringify(value)}`);
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
