import { formatMonth, LAST_MONTH, type Month } from '../calendar/month.js';
import type { Issue } from '../issues/issue.js';
import type { Scenario } from '../scenario/scenario.js';

/**
 * The committed scenarios whose term, signed in `month` (or at their start, if later), would
 * run past {@link LAST_MONTH}: a report that signs an option later (at the report's date or
 * the revisit date) names the end of its term, which must be a month costmodel can write.
 *
 * @example
 * const provider = { ...managedProvider, origin: 'managed-provider.json' };
 * termsPastCalendar([selfHosted, provider], parseMonth('9998-06')!, '--revisit').map((issue) => issue.message);
 * // ['--revisit: "Managed provider" signed in 9998-06 would be committed to 10000-05, after 9999-12, the last month costmodel models']
 */
export function termsPastCalendar(scenarios: readonly Scenario[], month: Month, option: string): Issue[] {
  return scenarios.flatMap((scenario): Issue[] => {
    if (scenario.commitment === undefined) return [];
    const signed = Math.max(scenario.start, month);
    const end = signed + scenario.commitment.months + (scenario.commitment.noticeMonths ?? 0) - 1;
    if (end <= LAST_MONTH) return [];
    return [{ code: 'outside-calendar', message: `${option}: "${scenario.name}" signed in ${formatMonth(signed)} would be committed to ${formatMonth(end)}, after ${formatMonth(LAST_MONTH)}, the last month costmodel models` }];
  });
}
