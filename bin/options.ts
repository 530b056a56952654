import type { Argv } from 'yargs';
import type { Issue } from '../lib/issues/issue.js';
import type { AnalysisOptions } from '../lib/analysis/analysisSettings.js';
import type { ExchangeRateOption } from '../lib/analysis/exchangeRates.js';
import type { RangeFile } from '../lib/scenario/scenarioFile.js';

/** The analysis options shared by compare, chart and report: the range, the ledger and the comparison settings. */
export function withAnalysisOptions<T>(yargs: Argv<T>) {
  return withComparisonOptions(withLedgerOptions(withRangeOptions(yargs)));
}

/** `--view`, `--currency` and `--rate`: how the ledger is kept — hardware paid or amortized, and in which currency. */
export function withLedgerOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('view', {
      choices: ['cash', 'amortized'] as const,
      describe: 'Hardware as cash (paid when bought) or amortized (spread over its life) (default: cash)',
      group: 'Analysis:',
    })
    .option('currency', {
      type: 'string',
      requiresArg: true,
      describe: 'Report in this currency, an ISO 4217 code (default: the first scenario\'s)',
      group: 'Analysis:',
    })
    .option('rate', {
      alias: 'rates',
      type: 'string',
      array: true,
      requiresArg: true,
      describe: 'Exchange rate into the reporting currency, CODE=RATE: EUR=1.08 reads 1 EUR = 1.08; EUR=1.05..1.15 is a range (a 90% interval); repeat for more currencies',
      coerce: ratesFromText,
      group: 'Analysis:',
    });
}

/** `--months` and `--from`: the months an analysis covers. */
export function withRangeOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('months', {
      // Not `type: 'number'`: yargs turns "abc" into NaN before anyone can say what was typed.
      describe: 'Horizon length in months (1–1200)',
      default: 36,
      requiresArg: true,
      coerce: wholeMonthsFromText,
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
    })
    .option('exit-after', {
      describe: 'Also show what leaving each committed scenario costs when you decide to after N months',
      requiresArg: true,
      coerce: wholeMonthsFromText,
      group: 'Analysis:',
    });
}

/** `--per` and `--per-target`: cost per unit of a driver, month by month, and when it reaches a target. */
export function withUnitCostOptions<T>(yargs: Argv<T>) {
  return yargs
    .option('per', {
      type: 'string',
      requiresArg: true,
      describe: 'Show the cost per unit of this driver, e.g. --per customers',
      group: 'Unit economics:',
    })
    .option('per-target', {
      type: 'string',
      requiresArg: true,
      describe: 'With --per: the first month each scenario costs at most this per unit, e.g. 50',
      group: 'Unit economics:',
    });
}

/**
 * Accepts the analysis options without using them, hidden from help: settings kept in a
 * `--config` file or `COSTMODEL_*` variables for compare and schedule must not make
 * validate or schema fail as "unknown option".
 */
export function acceptAnalysisOptions<T>(yargs: Argv<T>) {
  return acceptComparisonOptions(
    yargs
      .option('months', { hidden: true })
      .option('from', { type: 'string', hidden: true })
      .option('view', { hidden: true })
      .option('currency', { type: 'string', hidden: true })
      // Of the same types as where they are used, so that a value those commands take is taken here too.
      .option('rate', { alias: 'rates', type: 'string', array: true, hidden: true }),
  );
}

/** Accepts `--discount-rate`, `--baseline` and `--exit-after` without using them, hidden from help (see {@link acceptAnalysisOptions}). */
export function acceptComparisonOptions<T>(yargs: Argv<T>) {
  return yargs.option('discount-rate', { type: 'string', hidden: true }).option('baseline', { type: 'string', hidden: true }).option('exit-after', { hidden: true });
}

/**
 * Every option of some costmodel command, by its name (test/cli/sharedDefaults.test.ts checks
 * the list against the commands). A default a command does not take — a config file's
 * `"trials"` for `compare` — is another command's: the command ignores it (see
 * {@link acceptOtherCommandsOptions}), where an unknown one is a mistake.
 */
export const EVERY_COMMAND_OPTION: readonly string[] = [
  'months', 'from', 'view', 'currency', 'rate', 'discount-rate', 'baseline', 'exit-after', 'per', 'per-target', 'output', 'chart', 'format',
  'wide', 'type', 'revisit', 'scale', 'trials', 'seed', 'actuals', 'actuals-cost', 'previous', 'record', 'decision', 'date', 'samples', 'chart-type', 'threads',
];

/**
 * Declares, hidden, the options of other commands that this command (as its builder left it)
 * does not take, and returns their names: given as defaults they are ignored, given on the
 * command line they are unknown options (bin/cli.ts's middleware does both).
 */
export function acceptOtherCommandsOptions(yargs: Argv): Set<string> {
  const own = (yargs as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions().key;
  const others = new Set(EVERY_COMMAND_OPTION.filter((name) => !Object.hasOwn(own, name)));
  for (const name of others) yargs.option(name, { hidden: true });
  return others;
}

/** The options read by {@link wholeMonthsFromText}: numbers, though not declared as such (see optionValues.ts). */
export const WHOLE_MONTH_OPTIONS: readonly string[] = ['months', 'exit-after'];

/** A number as written in decimal digits: yargs would also read "0x10", "1e2" and "Infinity". */
export const DECIMAL_DIGITS = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** `--months` and `--exit-after`: a whole number as typed (range checks are the library's). */
function wholeMonthsFromText(value: unknown): number {
  // Anything but decimal digits — a list (given twice), true, null, an object or other text —
  // is left as it is for the check of every option's values, which names where it was given:
  // the command line, the environment or a config file (optionValues.ts).
  if (typeof value === 'string' && DECIMAL_DIGITS.test(value.trim())) return Number(value.trim());
  return value as never;
}

/**
 * `--rate EUR=1.08` (repeatable), `COSTMODEL_RATE`, or `"rates": { "EUR": 1.08 }` in a config
 * file, as one map by currency. yargs hands over every source it found, the one that takes
 * precedence first (command line, environment, config file, package.json), so the first
 * rate given for a currency wins. A rate may be a range: `EUR=1.05..1.15` (low..high, a 90%
 * interval, lognormal), or in a config file any range a scenario may give
 * (`{ "low": 1.05, "high": 1.15, "dist": "uniform" }`). Checking the codes and rates is the
 * library's.
 */
function ratesFromText(value: unknown): Record<string, ExchangeRateOption> {
  const rates: Record<string, ExchangeRateOption> = {};
  const given = new Map<string, string>();
  const add = (code: string, rate: ExchangeRateOption) => {
    if (!Object.hasOwn(rates, code)) rates[code] = rate;
  };
  for (const entry of Array.isArray(value) ? value : [value]) {
    if (entry !== null && typeof entry === 'object') {
      for (const [code, rate] of Object.entries(entry as Record<string, unknown>)) {
        add(code, typeof rate === 'number' ? rate : rate !== null && typeof rate === 'object' && !Array.isArray(rate) ? (rate as RangeFile) : rangeFromText(String(rate)));
      }
      continue;
    }
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(String(entry));
    if (match === null) throw new Error(`--rate: expected CODE=RATE, such as EUR=1.08 (1 EUR = 1.08 of the reporting currency), or CODE=LOW..HIGH for a range, such as EUR=1.05..1.15, found ${JSON.stringify(entry)}`);
    const code = match[1] as string;
    const rate = match[2] as string;
    // Given twice on the command line: a slip, not a choice to make for the user.
    const earlier = given.get(code);
    if (earlier !== undefined) throw new Error(`--rate: ${code} is given twice (${JSON.stringify(earlier)}, then ${JSON.stringify(rate)}); give each currency one rate`);
    given.set(code, rate);
    add(code, rangeFromText(rate));
  }
  return rates;
}

/** `1.05..1.15` as a range (its 5th and 95th percentiles); any other text as it is, for the library to read or refuse. */
function rangeFromText(text: string): ExchangeRateOption {
  const bounds = /^([^.]*(?:\.[^.]+)?)\.\.(.+)$/.exec(text);
  return bounds === null ? text : { low: bounds[1] as string, high: bounds[2] as string };
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

/** The most threads `simulate --threads` takes. */
export const MAX_THREADS = 256;

/** `--trials` and `--seed` of a simulation: for `simulate`, and for `report` when an input is a range. */
export function withTrialOptions<T>(yargs: Argv<T>, what = 'Trials to run') {
  return yargs
    .option('trials', { type: 'number', requiresArg: true, describe: `${what}, 1 to 1000000 (default 10000)` })
    .option('seed', { type: 'number', requiresArg: true, describe: 'Seed of the random draws, 0 to 4294967295 (default 20090504): the same seed gives the same numbers' });
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

/** The analysis flags as yargs parses them, shared by every command that analyses. */
export type AnalysisArgs = {
  months?: number;
  from?: string;
  'discount-rate'?: string;
  baseline?: string;
  view?: 'cash' | 'amortized';
  currency?: string;
  rate?: Record<string, ExchangeRateOption>;
  'exit-after'?: number;
  per?: string;
  'per-target'?: string;
};

/** Reads the analysis flags into library options. */
export function analysisOptionsFrom(argv: AnalysisArgs): AnalysisOptions {
  return {
    ...(argv.months === undefined ? {} : { months: argv.months }),
    ...(argv.from === undefined ? {} : { from: String(argv.from) }),
    ...(argv['discount-rate'] === undefined ? {} : { discountRate: String(argv['discount-rate']) }),
    ...(argv.baseline === undefined ? {} : { baseline: String(argv.baseline) }),
    ...(argv.view === undefined ? {} : { view: argv.view }),
    ...(argv.currency === undefined ? {} : { currency: String(argv.currency) }),
    ...(argv.rate === undefined ? {} : { rates: argv.rate }),
    ...(argv['exit-after'] === undefined ? {} : { exitAfter: argv['exit-after'] }),
    ...(argv.per === undefined ? {} : { per: String(argv.per) }),
    ...(argv['per-target'] === undefined ? {} : { perTarget: String(argv['per-target']) }),
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
