/**
 * What the explore page holds: the scenario files and analysis options it was written with
 * (ExploreData, serialised into the page), and the what-if people made of them (WhatIf: only
 * the values they changed, kept in the URL fragment so that a link reproduces it).
 *
 *   ExploreData + WhatIf ─▶ whatIfInputs ─▶ the changed scenario files + analysis options
 *   WhatIf ⇄ "#months=24&s2/costs/1/amount=2750" (whatIfFragment, parseWhatIfFragment)
 */
import type { Issue } from '../../issues/issue.js';
import type { WhatIfOptions } from '../../report/whatIfReport.js';
import { definitionWithValue } from '../../scenario/exploreInputs.js';
import type { ScenarioFile } from '../../scenario/scenarioFile.js';

/**
 * The analysis options the page starts from: those of the command line (`compare`'s, and the
 * report's `--revisit`).
 *
 * @example
 * const options: ExploreOptions = { months: 36, discountRate: '8%', revisit: '2010-05' };
 * options.months; // 36
 */
export type ExploreOptions = Omit<WhatIfOptions, 'months'> & { readonly months: number };

/** One scenario file as the page starts from it: the file's name, and its definition (merged with its base). */
export type ExploreScenario = { readonly file: string; readonly definition: ScenarioFile };

/** What the page is written with: the scenario files and the options, as given. */
export type ExploreData = { readonly version: 1; readonly scenarios: readonly ExploreScenario[]; readonly options: ExploreOptions };

/** The analysis options the page has a control for, by their command-line names. */
export const OPTION_CONTROLS = ['months', 'from', 'baseline', 'discount-rate', 'view', 'revisit'] as const;
/** One of {@link OPTION_CONTROLS}. */
export type OptionControl = (typeof OPTION_CONTROLS)[number];

/**
 * A what-if: the options and inputs people changed, as they typed them. An input is keyed
 * by the scenario's place among the files (from 1) and the JSON Pointer of the value:
 * `s2/costs/1/amount`.
 */
export type WhatIf = { readonly options: Readonly<Partial<Record<OptionControl, string>>>; readonly values: Readonly<Record<string, string>> };

/** The key of an input of the `index`-th scenario (from 0) in a {@link WhatIf}. */
export function inputKey(index: number, path: string): string {
  return `s${index + 1}${path}`;
}

/** The text of an option as the page starts from it ('' when not given). */
export function optionText(options: ExploreOptions, option: OptionControl): string {
  switch (option) {
    case 'months':
      return String(options.months);
    case 'from':
      return options.from ?? '';
    case 'baseline':
      return options.baseline ?? '';
    case 'discount-rate':
      return options.discountRate === undefined ? '' : String(options.discountRate);
    case 'view':
      return options.view ?? 'cash';
    case 'revisit':
      return options.revisit ?? '';
  }
}

/**
 * The what-if as a URL fragment: the changed options, then the changed inputs, in a stable
 * order; '' when nothing changed.
 */
export function whatIfFragment(whatIf: WhatIf): string {
  const params = new URLSearchParams();
  for (const option of OPTION_CONTROLS) {
    const value = whatIf.options[option];
    if (value !== undefined) params.append(option, value);
  }
  for (const key of Object.keys(whatIf.values).sort(compareKeys)) params.append(key, whatIf.values[key] as string);
  // A fragment may hold "/" as it is: "s2/costs/1/amount" reads better in a link than "s2%2Fcosts%2F1%2Famount".
  const text = params.toString().replace(/%2F/g, '/');
  return text === '' ? '' : `#${text}`;
}

/** Keys in the order of the files, then of the paths (so s10 follows s9). */
function compareKeys(a: string, b: string): number {
  const index = (key: string) => Number(/^s(\d+)/.exec(key)?.[1] ?? 0);
  return index(a) - index(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Reads a what-if from a URL fragment. Keys the page does not know (an input of a file it was
 * not written with, an option it has no control for) are returned as `ignored`, not applied.
 */
export function parseWhatIfFragment(fragment: string, data: ExploreData, knownInputs: ReadonlySet<string>): { whatIf: WhatIf; ignored: string[] } {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const options: Partial<Record<OptionControl, string>> = {};
  const values: Record<string, string> = {};
  const ignored: string[] = [];
  for (const [key, value] of params) {
    if ((OPTION_CONTROLS as readonly string[]).includes(key)) options[key as OptionControl] = value;
    else if (knownInputs.has(key) && /^s\d+\//.test(key) && Number(/^s(\d+)/.exec(key)?.[1]) <= data.scenarios.length) values[key] = value;
    else ignored.push(key);
  }
  return { whatIf: { options, values }, ignored };
}

/**
 * The scenario files and analysis options of a what-if: each file with the values changed,
 * the options as typed read as the library takes them. Problems with an option (a horizon
 * that is not a whole number) are issues, like the command line's.
 */
export function whatIfInputs(data: ExploreData, whatIf: WhatIf): { definitions: ScenarioFile[]; options: WhatIfOptions; issues: Issue[] } {
  const definitions = data.scenarios.map((scenario, index) => {
    let definition = scenario.definition;
    const prefix = `s${index + 1}/`;
    for (const [key, value] of Object.entries(whatIf.values)) if (key.startsWith(prefix)) definition = definitionWithValue(definition, key.slice(prefix.length - 1), value);
    return definition;
  });
  const issues: Issue[] = [];
  const text = (option: OptionControl) => (whatIf.options[option] ?? optionText(data.options, option)).trim();
  const monthsText = text('months');
  const months = /^\d+$/.test(monthsText) ? Number(monthsText) : undefined;
  if (months === undefined) issues.push({ code: 'invalid-option', message: `--months: expected a whole number of months from 1 to 1200, found ${JSON.stringify(monthsText)}` });
  const view = text('view');
  if (view !== 'cash' && view !== 'amortized') issues.push({ code: 'invalid-option', message: `--view: expected cash or amortized, found ${JSON.stringify(view)}` });
  const { currency, rates, exitAfter, per, perTarget } = data.options;
  const options: WhatIfOptions = {
    months: months ?? data.options.months,
    ...(text('from') === '' ? {} : { from: text('from') }),
    ...(text('baseline') === '' ? {} : { baseline: text('baseline') }),
    ...(text('discount-rate') === '' ? {} : { discountRate: text('discount-rate') }),
    ...(view === 'amortized' ? { view: 'amortized' as const } : {}),
    ...(text('revisit') === '' ? {} : { revisit: text('revisit') }),
    ...(currency === undefined ? {} : { currency }),
    ...(rates === undefined ? {} : { rates }),
    ...(exitAfter === undefined ? {} : { exitAfter }),
    ...(per === undefined ? {} : { per }),
    ...(perTarget === undefined ? {} : { perTarget }),
  };
  return { definitions, options, issues };
}
