import { formatMonth } from '../calendar/month.js';
import { sumMinorUnits } from '../analysis/sumMinorUnits.js';
import { formatMinorUnits } from '../money/minorUnits.js';
import type { ScenarioSchedule } from '../model/schedule.js';
import type { Scenario } from '../scenario/scenario.js';
import type { AnalysisSettings } from '../analysis/analysisSettings.js';
import type { ConvertedFrom, OverlapSummary } from './comparison.js';

/** What a comparison says about a scenario beyond its numbers; only the keys that apply. */
export type ScenarioAnnotations = {
  readonly convertedFrom?: ConvertedFrom;
  readonly overlap?: OverlapSummary;
  readonly notes?: readonly string[];
};

/**
 * The conversion, the migration overlap and the warnings of one scenario of a comparison.
 * A scenario that uses none of them gets none of the keys, so a version 1 comparison stays
 * exactly as it was.
 *
 * @example
 * const team = unwrap(parseScenario({ name: 'One admin', currency: 'USD', start: '2009-05', costs: [{ name: 'IT administrator', kind: 'staff',
 *   annualCost: '98000', fte: 1, coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } }] }));
 * compare([team]).scenarios[0]?.notes;
 * // ['IT administrator covers 168 on-call hours a week with 1 FTE; a sustainable rotation at no more than 40 hours a person needs 5 people (⌈168 ÷ 40⌉).']
 */
export function scenarioAnnotations(ledger: ScenarioSchedule, index: number, scenarios: readonly Scenario[], settings: AnalysisSettings): ScenarioAnnotations {
  const scenario = ledger.scenario;
  const rate = settings.rates?.get(scenario.currency);
  const notes: string[] = [];
  for (const item of scenario.items) {
    if (item.kind !== 'staff' || item.coverage === undefined || item.fte.greaterThanOrEqualTo(item.coverage.peopleNeeded)) continue;
    const { hoursPerWeek, maxOnCallHoursPerPersonPerWeek: perPerson, peopleNeeded } = item.coverage;
    notes.push(
      `${item.name} covers ${hoursPerWeek} on-call hours a week with ${item.fte.toString()} FTE; a sustainable rotation at no more than ${perPerson} hours a person needs ${peopleNeeded} ${peopleNeeded === 1 ? 'person' : 'people'} (⌈${hoursPerWeek} ÷ ${perPerson}⌉).`,
    );
  }
  let overlap: OverlapSummary | undefined;
  if (scenario.overlap !== undefined) {
    const from = settings.overlapFrom?.[index];
    if (from === undefined) {
      notes.push(`its overlap of ${scenario.overlap.months} months is left out, because it is the baseline and names no other scenario to migrate from (give "overlap": { "scenario": … }).`);
    } else {
      const fromName = (scenarios[from] as Scenario).name;
      // withOverlap appends the items of the option left behind after the scenario's own.
      const overlapUnits = ledger.items.slice(scenario.items.length).map((entry) => entry.totalMinorUnits);
      overlap = {
        scenario: fromName,
        months: scenario.overlap.months,
        from: formatMonth(scenario.start),
        to: formatMonth(scenario.start + scenario.overlap.months - 1),
        total: formatMinorUnits(sumMinorUnits(overlapUnits), settings.minorDigits),
      };
    }
  }
  return {
    ...(rate === undefined ? {} : { convertedFrom: { currency: scenario.currency, rate: rate.toString() } }),
    ...(overlap === undefined ? {} : { overlap }),
    ...(notes.length === 0 ? {} : { notes }),
  };
}
