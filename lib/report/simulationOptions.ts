/**
 * The options of a simulation and how they are checked: the number of trials, the seed and
 * the revisit month, on top of the analysis options.
 */
import { termsPastCalendar } from '../analysis/termsPastCalendar.js';
import { resolveSettings, type AnalysisOptions, type AnalysisSettings } from '../analysis/analysisSettings.js';
import type { TrialOutcomes } from '../analysis/simulateTrials.js';
import type { TrialProgress } from '../analysis/trialProgress.js';
import type { TrialStatisticsPart } from '../analysis/trialStatistics.js';
import { formatMonth, parseMonth, type Month } from '../calendar/month.js';
import type { Issue, Result } from '../issues/issue.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * The number of trials when none is asked for.
 *
 * @example
 * DEFAULT_TRIALS; // 10000
 */
export const DEFAULT_TRIALS = 10000;
/**
 * The most trials one simulation runs.
 *
 * @example
 * MAX_TRIALS; // 1000000
 */
export const MAX_TRIALS = 1_000_000;
/**
 * The seed when none is given (the day of the founding decision), so that a rerun gives the same numbers.
 *
 * @example
 * DEFAULT_SEED; // 20090504
 */
export const DEFAULT_SEED = 20090504;

/**
 * Options of {@link simulate}: the analysis options, the number of trials and the seed.
 *
 * @example
 * const options: SimulationOptions = { months: 36, trials: 1000, seed: 7 };
 * simulate([selfHosted, managedProvider], options).settings.trials; // 1000
 */
export type SimulationOptions = AnalysisOptions & {
  /** Trials to run, 1 to {@link MAX_TRIALS} (default {@link DEFAULT_TRIALS}). */
  readonly trials?: number;
  /** The seed of the random draws, a whole number from 0 to 4294967295 (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
  /** `YYYY-MM`: also weigh deciding now against waiting until this month (`waiting`). */
  readonly revisit?: string;
  /** Hears after every 1,000 trials how far it has come: `done` of `total` (twice the trials with `revisit`, weighed in a second pass). */
  readonly onProgress?: TrialProgress;
};

/**
 * The trials of one simulation, as {@link checkedSimulationOptions} finds them: how many, the
 * seed, the revisit month (when weighing waiting) and who hears the progress.
 *
 * @example
 * const checked = checkedSimulationOptions([selfHosted], { trials: 1000, seed: 7 });
 * const run: TrialRun | undefined = checked.ok ? checked.value : undefined;
 * [run?.trials, run?.seed, run?.revisit]; // [1000, 7, undefined]
 */
export type TrialRun = {
  readonly trials: number;
  readonly seed: number;
  readonly revisit?: Month;
  readonly onProgress?: TrialProgress;
  /** How many threads ran the trials, recorded in the result's settings (default 1). */
  readonly threads?: number;
  /** The trials already run (by threads: into shared `emptyTrialOutcomes` by `simulateTrialBlocks`, or shares joined by `mergeTrialOutcomes`); run here when absent. */
  readonly outcomes?: TrialOutcomes;
  /** With `outcomes`: the parts of their statistics already made (`trialStatisticsTasks`, by threads); made here when absent. */
  readonly statistics?: readonly TrialStatisticsPart[];
};

/**
 * The options of {@link simulate} checked against the scenarios: the settings resolved, the
 * trials, the seed and the revisit month; every problem at once when they are not fine.
 *
 * @example
 * const checked = checkedSimulationOptions([selfHosted], { months: 12, trials: 10 });
 * checked.ok && [checked.value.settings.months, checked.value.trials, checked.value.seed]; // [12, 10, 20090504]
 */
export function checkedSimulationOptions(scenarios: readonly Scenario[], options: SimulationOptions): Result<TrialRun & { readonly settings: AnalysisSettings }> {
  const issues: Issue[] = trialOptionIssues(options);
  const trials = options.trials ?? DEFAULT_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  const resolved = resolveSettings(scenarios, options);
  if (!resolved.ok) issues.push(...resolved.issues);
  const revisit = options.revisit === undefined ? undefined : parseMonth(options.revisit);
  if (options.revisit !== undefined && revisit === undefined) issues.push({ code: 'invalid-option', message: `--revisit: expected a month as YYYY-MM, found "${options.revisit}"` });
  if (resolved.ok && revisit !== undefined && (revisit <= resolved.value.from || revisit >= resolved.value.from + resolved.value.months)) {
    const { from, months } = resolved.value;
    issues.push({ code: 'invalid-option', message: `--revisit: expected a month after the start of the analysis (${formatMonth(from)}) and within it (to ${formatMonth(from + months - 1)}), found ${options.revisit as string}` });
  }
  if (resolved.ok && revisit !== undefined && issues.length === 0) issues.push(...termsPastCalendar(scenarios, revisit, '--revisit'));
  if (!resolved.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { settings: resolved.value, trials, seed, ...(revisit === undefined ? {} : { revisit }), ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) } };
}

/**
 * What is wrong with the number of trials and the seed asked for; none when they are fine.
 *
 * @example
 * trialOptionIssues({ trials: 10, seed: -1 }).map((issue) => issue.message); // ['--seed: expected a whole number from 0 to 4294967295, found -1']
 */
export function trialOptionIssues(options: { readonly trials?: number; readonly seed?: number }): Issue[] {
  const issues: Issue[] = [];
  const trials = options.trials ?? DEFAULT_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS) issues.push({ code: 'invalid-option', message: `--trials: expected a whole number of trials from 1 to ${MAX_TRIALS}, found ${String(options.trials)}` });
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) issues.push({ code: 'invalid-option', message: `--seed: expected a whole number from 0 to 4294967295, found ${String(options.seed)}` });
  return issues;
}

