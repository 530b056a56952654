import type { Argv } from 'yargs';
import type { Issue } from '../lib/issues/issue.js';
import { MAX_HORIZON_MONTHS, type AnalysisOptions } from '../lib/report/analysisSettings.js';

/** The analysis options shared by compare, chart and report: the range and the comparison settings. */
export function withAnalysisOptions<T>(yargs: Argv<T>) {
  return withComparisonOptions(withRangeOptions(yargs));
}

/** `--months` and `--from`: the months an analysis covers. */
export function withRangeOptions<T>(yargs: Argv<T>) {
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
    });
}

/** `--discount-rate` and `--baseline`: how scenarios are compared. */
export function withComparisonOptions<T>(yargs: Argv<T>) {
  return yargs
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
  return acceptComparisonOptions(yargs.option('months', { hidden: true }).option('from', { hidden: true }));
}

/** Accepts `--discount-rate` and `--baseline` without using them, hidden from help (see {@link acceptAnalysisOptions}). */
export function acceptComparisonOptions<T>(yargs: Argv<T>) {
  return yargs.option('discount-rate', { hidden: true }).option('baseline', { hidden: true });
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
    // yargs shows "[default: []]" for array positionals unless the default is hidden.
    default: undefined,
  });
}

/** `-o FILE`: write to a file (atomically) instead of stdout. */
export function withOutputFile<T>(
  yargs: Argv<T>,
  describe = 'Write to FILE instead of standard output (the format follows the extension unless --format is given)',
) {
  return yargs.option('output', { alias: 'o', type: 'string', describe, requiresArg: true });
}

/**
 * The output format: `--format` when given, else the one the `-o` file's extension names,
 * else `fallback` for standard output. An `-o` file whose extension names no format is a
 * usage problem (a `.xlsx` silently written as a terminal table helps nobody).
 */
export function chooseFormat<F extends string>(
  format: F | undefined,
  output: string | undefined,
  byExtension: Record<string, F>,
  fallback: F,
): { ok: true; value: F } | { ok: false; issues: Issue[] } {
  if (format !== undefined) return { ok: true, value: format };
  if (output === undefined || output === '-') return { ok: true, value: fallback };
  const fromExtension = formatFromExtension(output, byExtension);
  if (fromExtension !== undefined) return { ok: true, value: fromExtension };
  const extensions = Object.keys(byExtension).join(', ');
  return {
    ok: false,
    issues: [{ code: 'unknown-extension', file: output, message: `cannot tell the output format from this file name: use --format, or one of ${extensions}` }],
  };
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
