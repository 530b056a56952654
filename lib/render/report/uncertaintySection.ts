/**
 * "How sure are we": the simulation of the report (lib/report/simulation.ts) when an input is
 * a range, as a CFO reads it, and the sentence the decision summary says about it.
 *
 *   the options over the trials: at the medians (what the rest of the report says), P5, P50,
 *     P95 and how often each is the cheapest
 *   ─▶ each challenger's break-even against the baseline: how often, and the median month
 *   ─▶ deciding now against waiting until the revisit date: what waiting is worth
 *   ─▶ the inputs that move the answer most: each at its P10 and P90, the others at their medians
 *   summary ─▶ "With its ranges drawn 10,000 times, Self-hosted is the cheapest in 65.3% of them."
 *
 * A report without ranges has no simulation and this section gives no blocks.
 */
import type { RevisitReport } from '../../report/revisitReport.js';
import type { SimulatedQuantity, SimulatedScenario, Simulation } from '../../report/simulation.js';
import { Money } from '../../money/decimal.js';
import { displayAmount } from '../displayAmount.js';
import { trialsText } from '../charts/simulationChartWords.js';
import type { ReportBlock } from './reportBlocks.js';
import { countWords, monthWords, percentText, shareText } from './reportWords.js';

/** The section; none without a simulation. */
export function uncertaintySection(report: RevisitReport): ReportBlock[] {
  const simulation = report.uncertainty;
  if (simulation === null) return [];
  const { settings } = simulation;
  const digits = settings.minorDigits;
  const amount = (value: string) => displayAmount(value, digits);
  const signed = (value: string) => displayAmount(value, digits, { signed: true });
  const ranges = simulation.uncertain.length;
  const blocks: ReportBlock[] = [
    { type: 'heading', level: 2, text: 'How sure are we' },
    {
      type: 'paragraph',
      runs: [
        {
          text:
            `${ranges === 1 ? 'One input is a range' : `${capitalized(countWords(ranges))} inputs are ranges`} rather than a single value, and the rest of this report takes ${ranges === 1 ? 'it' : 'each'} at its median. ` +
            `Here ${ranges === 1 ? 'it is' : 'each is'} drawn anew in each of ${trialsText(settings.trials)} (seed ${settings.seed}), and the options are compared exactly in every trial.`,
        },
      ],
    },
    {
      type: 'table',
      header: ['Option', 'At the medians', 'P5', 'P50', 'P95', 'Cheapest in'],
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
      rows: simulation.scenarios.map((s) => [s.name, amount(s.atMedians), amount(s.total.p5), amount(s.total.p50), amount(s.total.p95), shareText(s.probabilityCheapest)]),
    },
  ];
  const sentences = [
    ...simulation.scenarios.flatMap((s) => (s.breakEven === null ? [] : [breakEvenSentence(s, settings.baseline)])),
    ...(simulation.waiting === null ? [] : [waitingSentence(simulation.waiting, amount, signed)]),
  ];
  if (sentences.length > 0) blocks.push({ type: 'paragraph', runs: [{ text: sentences.join(' ') }] });
  if (simulation.sensitivity.length > 0) blocks.push(...sensitivityBlocks(simulation, signed));
  return blocks;
}

/** For the decision summary: how often the decision's option is the cheapest over the trials. */
export function uncertaintySentences(report: RevisitReport): string[] {
  const simulation = report.uncertainty;
  if (simulation === null) return [];
  const cheapest = simulation.scenarios.find((s) => s.name === report.decision.cheapest);
  if (cheapest === undefined) return [];
  const trials = simulation.settings.trials.toLocaleString('en-US');
  return [`With its ranges drawn ${trials} times, ${cheapest.name} is the cheapest in ${shareText(cheapest.probabilityCheapest)} of them.`];
}

/** "Managed provider breaks even against Self-hosted within the horizon in 12.3% of trials, within its commitment's term in 4.1%; in most it does not." */
function breakEvenSentence(s: SimulatedScenario, baseline: string): string {
  const breakEven = s.breakEven as NonNullable<SimulatedScenario['breakEven']>;
  const term = breakEven.withinCommitment === null ? '' : `, within its commitment’s term in ${shareText(breakEven.withinCommitment)}`;
  const median = breakEven.p50 === null ? 'in most it does not break even within the horizon' : `the median break-even is ${monthWords(breakEven.p50.calendar)} (month ${breakEven.p50.month})`;
  return `${s.name} breaks even against ${baseline} within the horizon in ${shareText(breakEven.withinHorizon)} of trials${term}; ${median}.`;
}

/** Deciding now against waiting until the revisit date, in money and odds. */
function waitingSentence(w: NonNullable<Simulation['waiting']>, amount: (value: string) => string, signed: (value: string) => string): string {
  const value = new Money(w.valueOfWaiting.mean);
  const worth = value.isZero()
    ? 'on average waiting changes nothing'
    : value.isPositive()
      ? `waiting until ${monthWords(w.revisit)} is worth ${amount(w.valueOfWaiting.mean)} on average (P5 ${signed(w.valueOfWaiting.p5)}, P95 ${signed(w.valueOfWaiting.p95)})`
      : `waiting until ${monthWords(w.revisit)} costs ${amount(value.abs().toFixed())} more on average`;
  const taken = w.choices.filter((c) => !new Money(c.probability).isZero()).map((c) => `${c.scenario} in ${shareText(c.probability)}`);
  return (
    `Deciding today takes ${w.decideNow}, ${amount(w.decideNowCost.mean)} on average; waiting until ${monthWords(w.revisit)} and then taking the option cheapest from there costs ${amount(w.waitCost.mean)} on average: ` +
    `${worth}. Waiting turns out cheaper in ${shareText(w.probabilityWaitingRight)} of trials (it takes ${taken.join(', ')}); against perfect foresight, deciding today loses ${amount(w.expectedRegretNow)} on average.`
  );
}

/** The tornado as a table: each uncertain input at its P10 and at its P90, the others at their medians. */
function sensitivityBlocks(simulation: Simulation, signed: (value: string) => string): ReportBlock[] {
  const several = simulation.scenarios.length > 2;
  const digits = simulation.settings.minorDigits;
  const baseline = simulation.settings.baseline;
  return [
    { type: 'heading', level: 3, text: 'What moves the answer most' },
    {
      type: 'paragraph',
      runs: [{ text: `Each row is one range at its 10th and at its 90th percentile with every other at its median, and what ${several ? 'each option' : 'the other option'} then costs more (+) or less (−) than ${baseline}; largest swing first.` }],
    },
    {
      type: 'table',
      header: ['Input', ...(several ? ['Option'] : []), 'P10', 'P90', 'Difference at P10', 'Difference at P90'],
      align: ['left', ...(several ? (['left'] as const) : []), 'right', 'right', 'right', 'right'],
      rows: simulation.sensitivity.flatMap((s) => {
        const quantity = simulation.uncertain.find((q) => q.label === s.label);
        return s.scenarios.map((c) => [s.label, ...(several ? [c.scenario] : []), quantityText(quantity, s.low, digits), quantityText(quantity, s.high, digits), signed(c.atLow), signed(c.atHigh)]);
      }),
    },
  ];
}

/** A drawn value as its kind is written: money with the currency's digits, a rate as a percentage. */
function quantityText(quantity: SimulatedQuantity | undefined, value: string, digits: number): string {
  if (quantity?.kind === 'money') return displayAmount(value, digits);
  if (quantity?.kind === 'rate') return percentText(value);
  return value;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
