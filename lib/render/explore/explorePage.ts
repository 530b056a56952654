/**
 * `costmodel explore` as a library call: scenarios and options ─▶ one self-contained HTML page
 * on which every input can be changed and every figure is recomputed in the browser, by the
 * same functions the command line runs.
 *
 *   scenarios + options ─▶ tryWhatIfReport (checked here once: bad options are reported now,
 *     not on a page that opens broken)
 *   ─▶ ExploreData: each scenario's file name and definition, the options
 *   ─▶ renderExplorePage(data, assets)
 */
import { unwrap, type Result } from '../../issues/issue.js';
import { tryWhatIfReport, type WhatIfOptions } from '../../report/whatIfReport.js';
import type { Scenario } from '../../scenario/scenario.js';
import { orList } from '../report/reportWords.js';
import type { ExploreData, ExploreScenario } from './exploreState.js';
import { renderExplorePage, type ExploreAssets } from './renderExplorePage.js';

/**
 * Options of {@link explorePage}: the analysis options the page starts from, and what it is
 * built of ({@link readExploreAssets}).
 *
 * @example
 * const options: ExplorePageOptions = { months: 36, revisit: '2010-05', assets: await readExploreAssets() };
 * options.revisit; // '2010-05'
 */
export type ExplorePageOptions = WhatIfOptions & {
  /** The page's scripts and fonts, from {@link readExploreAssets}. */
  readonly assets: ExploreAssets;
};

/**
 * The explore page of scenarios, as an HTML string: a what-if page that runs offline.
 * Throws {@link InputError} when the scenarios cannot be compared with these options;
 * {@link tryExplorePage} returns the issues instead.
 *
 * @example
 * const html = explorePage([selfHosted, managedProvider], { months: 36, assets: await readExploreAssets() });
 * [html.startsWith('<!doctype html>'), html.includes('<title>What if: Self-hosted or Managed provider</title>'), html.length < 2_000_000]; // [true, true, true]
 */
export function explorePage(scenarios: readonly Scenario[], options: ExplorePageOptions): string {
  return unwrap(tryExplorePage(scenarios, options));
}

/**
 * {@link explorePage}, returning problems with the scenarios or options as a value.
 *
 * @example
 * const page = tryExplorePage([selfHosted], { months: 0, assets: await readExploreAssets() });
 * page.ok ? 'written' : page.issues.map((issue) => issue.code); // ['invalid-option']
 */
export function tryExplorePage(scenarios: readonly Scenario[], options: ExplorePageOptions): Result<string> {
  const { assets, ...analysis } = options;
  const report = tryWhatIfReport(scenarios, analysis);
  if (!report.ok) return report;
  const data: ExploreData = { version: 1, scenarios: exploreScenarios(scenarios), options: { ...analysis, months: report.value.comparison.settings.months } };
  const title = `What if: ${orList(scenarios.map((scenario) => scenario.name))}`;
  return { ok: true, value: renderExplorePage(data, assets, title) };
}

/** Each scenario's definition with the name of its file (unique among them: a download is saved under it). */
function exploreScenarios(scenarios: readonly Scenario[]): ExploreScenario[] {
  const taken = new Set<string>();
  return scenarios.map((scenario, index) => {
    const base = fileName(scenario.origin) ?? `scenario-${index + 1}.json`;
    let file = base;
    for (let n = 2; taken.has(file.toLowerCase()); n += 1) file = base.replace(/(\.json)?$/i, `-${n}$1`);
    taken.add(file.toLowerCase());
    return { file, definition: scenario.definition };
  });
}

/** The last part of a path, whichever separator it uses; undefined without one. */
function fileName(origin: string | undefined): string | undefined {
  const name = origin?.split(/[\\/]/).pop();
  return name === undefined || name === '' ? undefined : name;
}
