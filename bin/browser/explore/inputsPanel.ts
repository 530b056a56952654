/**
 * The controls of the page, in the order a keyboard reaches them: the analysis options, then
 * each scenario's inputs in file order, each scenario in a fieldset named after it.
 */
import type { RevisitReport } from '../../../lib/report/revisitReport.js';
import { inputKey, optionText, type ExploreData, type OptionControl } from '../../../lib/render/explore/exploreState.js';
import { inputLabel } from '../../../lib/render/explore/exploreView.js';
import { exploreInputs, type ExploreInput } from '../../../lib/scenario/exploreInputs.js';
import type { Scenario } from '../../../lib/scenario/scenario.js';
import { amountScale, monthsScale, percentOf, rateScale, type ControlSpec } from './controls.js';

/** The analysis options' controls. */
export function optionSpecs(data: ExploreData, scenarios: readonly Scenario[]): ControlSpec[] {
  const text = (option: OptionControl) => optionText(data.options, option);
  const discount = text('discount-rate');
  return [
    { key: 'months', label: 'Horizon', original: text('months'), kind: 'text', inputMode: 'numeric', per: 'months (1 to 1200)', slider: monthsScale(text('months'), 1, 120) },
    { key: 'from', label: 'First month of the analysis', original: text('from'), kind: 'month', hint: 'Empty: the earliest start among the scenarios.' },
    {
      key: 'baseline',
      label: 'Baseline',
      original: text('baseline') === '' ? (scenarios[0]?.name ?? '') : text('baseline'),
      kind: 'select',
      choices: scenarios.map((scenario) => ({ value: scenario.name, text: scenario.name })),
      hint: 'What you do today: the others are compared with it.',
    },
    {
      key: 'discount-rate',
      label: 'Discount rate',
      original: discount === '' ? '' : percentOrText(discount),
      kind: 'text',
      inputMode: 'decimal',
      per: 'a year, for NPV; empty: not discounted',
      slider: rateScale(discount === '' ? '0' : fractionOrZero(discount)),
    },
    {
      key: 'view',
      label: 'Hardware',
      original: text('view'),
      kind: 'select',
      choices: [
        { value: 'cash', text: 'cash: paid when bought' },
        { value: 'amortized', text: 'amortized: spread over its life' },
      ],
    },
    { key: 'revisit', label: 'Revisit', original: text('revisit'), kind: 'month', hint: 'Empty: twelve months after the first month.' },
  ];
}

/** Each scenario's controls: its start, drivers, amounts, rates and commitment. */
export function scenarioSpecs(scenario: Scenario, index: number, report: RevisitReport): ControlSpec[] {
  return exploreInputs(scenario).map((input) => inputSpec(scenario, index, input, report));
}

function inputSpec(scenario: Scenario, index: number, input: ExploreInput, report: RevisitReport): ControlSpec {
  const flip = report.thresholds.total.thresholds.find((t) => t.scenario === scenario.name && t.path === input.path)?.value ?? undefined;
  const hint = input.range === undefined ? undefined : `A range in the file: ${input.range.low} to ${input.range.high}${input.range.mode === undefined ? '' : `, most likely ${input.range.mode}`} (${input.range.dist}); the median stands in. A value typed here replaces the range.`;
  const common = { key: inputKey(index, input.path), label: inputLabel(input), per: input.per, scenario: index, input, ...(hint === undefined ? {} : { hint }) };
  switch (input.kind) {
    case 'money':
    case 'quantity':
      return { ...common, original: input.current, kind: 'text', inputMode: 'decimal', slider: amountScale(input.current, input.kind === 'money' ? scenario.minorDigits : 0, flip) };
    case 'rate':
      return { ...common, original: percentOf(input.current), kind: 'text', inputMode: 'decimal', slider: rateScale(input.current, flip) };
    case 'months':
      return { ...common, original: input.current, kind: 'text', inputMode: 'numeric', slider: monthsScale(input.current, 0) };
    case 'month':
      return { ...common, original: input.current, kind: 'month' };
  }
}

/** A rate from the command line as people type it: "8%" stays, 0.08 becomes "8%". */
function percentOrText(rate: string): string {
  return rate.includes('%') ? rate : /^\s*-?\d*\.?\d+\s*$/.test(rate) ? percentOf(rate.trim()) : rate;
}

function fractionOrZero(rate: string): string {
  const percent = /^\s*(-?\d*\.?\d+)\s*%\s*$/.exec(rate);
  if (percent !== null) return String(Number(percent[1]) / 100);
  return /^\s*-?\d*\.?\d+\s*$/.test(rate) ? rate.trim() : '0';
}
