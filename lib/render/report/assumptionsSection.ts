/**
 * "Assumptions": every input of every scenario (lib/analysis/assumptions.ts) with its
 * values, where it comes from and its note, one row per cost item, commitment and driver.
 *
 *   money ─▶ "40,000.00 a month", "minimum charge 250.00 a month", "tier 2 price 0.025 per
 *     unit a month" (to the input's own places when it has more than the currency's)
 *   rate ─▶ "escalation 3% a year", "raise 3% a year", "growing 5% every quarter"
 *   quantity ─▶ "2 full-time equivalents"; a driver's growth signed: "+10 every month"
 *   months ─▶ "24 months"
 *   a range ─▶ its median as above, then "(median of 30,000.00 to 45,000.00, lognormal)"
 */
import type { AssumedValue } from '../../analysis/assumptions.js';
import { Money } from '../../money/decimal.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import { displayAmount } from '../displayAmount.js';
import type { ReportBlock } from './reportBlocks.js';
import { fieldWords, perOfRate } from './inputWords.js';
import { percentText } from './reportWords.js';

/** The section: a table of every assumption, with its source and note. */
export function assumptionsSection(report: RevisitReport): ReportBlock[] {
  const digits = report.comparison.settings.minorDigits;
  return [
    { type: 'heading', level: 2, text: 'Assumptions' },
    {
      type: 'table',
      header: ['Scenario', 'Item', 'Value', 'Source', 'Note'],
      align: ['left', 'left', 'left', 'left', 'left'],
      rows: report.assumptions.map((a) => [
        a.scenario,
        a.kind === 'driver' ? `${a.item ?? ''} (driver)` : (a.item ?? 'Commitment'),
        a.values.map((v) => assumedValueText(v, digits)).join('; ') || a.kind,
        a.source ?? '—',
        a.note ?? '',
      ]),
    },
  ];
}

function assumedValueText(v: AssumedValue, digits: number): string {
  const text = numberText(v, digits);
  if (v.range === undefined) return text;
  const bound = (value: string) => (v.kind === 'money' ? displayAmount(value, Math.max(digits, new Money(value).decimalPlaces())) : v.kind === 'rate' ? percentText(value) : value);
  const mode = v.range.mode === undefined ? '' : `, most likely ${bound(v.range.mode)}`;
  return `${text} (median of ${bound(v.range.low)} to ${bound(v.range.high)}, ${v.range.dist}${mode})`;
}

function numberText(v: AssumedValue, digits: number): string {
  switch (v.kind) {
    case 'money':
      return `${v.field === 'amount' ? '' : `${fieldWords(v.field)} `}${displayAmount(v.value, Math.max(digits, new Money(v.value).decimalPlaces()))} ${v.per}`;
    case 'rate':
      return `${v.field === 'raise' ? 'raise' : v.field === 'growth' ? 'growing' : 'escalation'} ${percentText(v.value)} ${perOfRate(v.per)}`;
    case 'quantity':
      return v.field === 'growth' ? `${new Money(v.value).isNegative() ? '' : '+'}${v.value} ${v.per}` : `${v.value} ${v.per}`;
    case 'months':
      return `${v.value} months`;
  }
}
