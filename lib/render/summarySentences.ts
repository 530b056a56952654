import { Money } from '../money/decimal.js';
import type { BreakEven, CommitmentSummary, Comparison, ComparisonSettings, ScenarioComparison } from '../report/comparison.js';
import { displayAmount } from './displayAmount.js';
import { unitCostSentence } from './unitCostSentence.js';

/**
 * What a comparison says in plain words: a heading line and the sentences under the table.
 *
 * @example
 * const summary: SummarySentences = summarySentences(compare([selfHosted], { months: 12 }));
 * summary; // { heading: '1 scenario over 12 months (2009-05 to 2010-04), USD, not discounted. Baseline: Self-hosted.', sentences: [] }
 */
export type SummarySentences = {
  /** What was compared, over what, in which currency, discounted or not, against which baseline. */
  readonly heading: string;
  /**
   * Per scenario, in order: its break-even against the baseline, what its commitment obliges
   * you to (its terms, and the cost of leaving when asked), its currency conversion, its
   * migration overlap, then its notes.
   */
  readonly sentences: readonly string[];
};

/**
 * How {@link summarySentences} writes scenario names.
 *
 * @example
 * const options: SummaryOptions = { formatName: (name) => `**${name}**` };
 * summarySentences(compare([selfHosted, managedProvider], { months: 36 }), options).sentences[0];
 * // '**Managed provider** never breaks even against **Self-hosted** within 36 months.'
 */
export type SummaryOptions = {
  /** Makes a scenario name safe for the output format (escaping); names are used as written by default. */
  readonly formatName?: (name: string) => string;
};

/** Leaving after this month of a longer term is the figure quoted: "revisit in a year". */
const QUOTED_EXIT_MONTH = 12;

type Crossing = BreakEven['crossings'][number];

/**
 * The plain-language summary of a comparison: a heading line, then for each challenger when
 * (if ever) it breaks even against the baseline, and for each committed scenario what signing
 * commits you to and what leaving early costs.
 *
 * @example
 * const summary = summarySentences(compare([selfHosted, managedProvider], { months: 36 }));
 * summary.heading; // '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted. Baseline: Self-hosted.'
 * summary.sentences[0]; // 'Managed provider never breaks even against Self-hosted within 36 months.'
 * summary.sentences[1];
 * // 'Managed provider commits you to 1,005,000.00 over 24 months (2009-05 to 2011-04); leaving after 12 months (end of 2010-04) costs 480,000.00.'
 */
export function summarySentences(comparison: Comparison, options: SummaryOptions = {}): SummarySentences {
  const formatName = options.formatName ?? ((name: string) => name);
  const { settings } = comparison;
  const baseline = formatName(settings.baseline);
  const heading =
    `${count(comparison.scenarios.length, 'scenario')} over ${count(settings.months, 'month')} (${span(settings.from, settings.to)}), ` +
    `${settings.currency}, ${discounting(settings)}${settings.view === 'amortized' ? ', hardware amortized' : ''}. Baseline: ${baseline}.` +
    (settings.ranges === 'medians' ? ' Ranges at their medians.' : '');
  const sentences: string[] = [];
  for (const scenario of comparison.scenarios) {
    const name = formatName(scenario.name);
    if (scenario.breakEven !== null) sentences.push(breakEvenSentence(name, baseline, settings.months, scenario.breakEven));
    if (scenario.commitment !== null) {
      sentences.push(commitmentSentence(name, scenario.commitment, settings.minorDigits));
      const terms = termsSentence(name, scenario.commitment, settings);
      if (terms !== undefined) sentences.push(terms);
      if (scenario.commitment.exit !== undefined) sentences.push(exitSentence(name, scenario.commitment.exit, settings.minorDigits));
    }
    sentences.push(...annotationSentences(name, scenario, settings, formatName));
    if (scenario.unitCost !== undefined) sentences.push(unitCostSentence(name, scenario.unitCost, { digits: settings.minorDigits, months: comparison.months }));
  }
  return { heading, sentences };
}

function discounting(settings: ComparisonSettings): string {
  if (settings.discountRate === null) return 'not discounted';
  return `discounted at ${new Money(settings.discountRate).times(100).toString()}% a year`;
}

function breakEvenSentence(challenger: string, baseline: string, horizonMonths: number, breakEven: BreakEven): string {
  const within = `within ${count(horizonMonths, 'month')}`;
  const { at, crossings } = breakEven;
  if (at === null) {
    const never = `${challenger} never breaks even against ${baseline} ${within}`;
    return crossings.length === 0 ? `${never}.` : `${never}: cumulatively it is ${history(crossings)}.`;
  }
  if (at.month === 1) return `${challenger} is never more expensive than ${baseline} ${within}.`;
  const breaksEven = `${challenger} breaks even against ${baseline} in month ${at.month} (${at.calendar})`;
  // Crossings before the break-even tell the story so far; none means the challenger simply
  // cost more until then. (The crossing at the break-even, or just after it when the curves
  // are level there, only says it became cheaper.)
  const before = crossings.filter((crossing) => crossing.month < at.month);
  if (before.length === 0) return `${breaksEven}.`;
  return `${breaksEven}; before that, cumulatively it was ${history(before)}.`;
}

/** "cheaper at first, then more expensive from month 4 (2009-08), then cheaper again from …" */
function history(crossings: readonly Crossing[]): string {
  const first = crossings[0];
  if (first === undefined) throw new Error('a history needs at least one crossing');
  const initial: Crossing['cheaper'] = first.cheaper === 'challenger' ? 'baseline' : 'challenger';
  const seen = new Set([initial]);
  const parts = initial === 'challenger' ? ['cheaper at first'] : [];
  for (const crossing of crossings) {
    const state = crossing.cheaper === 'challenger' ? 'cheaper' : 'more expensive';
    parts.push(`${state}${seen.has(crossing.cheaper) ? ' again' : ''} from month ${crossing.month} (${crossing.calendar})`);
    seen.add(crossing.cheaper);
  }
  return parts.join(', then ');
}

function commitmentSentence(name: string, commitment: CommitmentSummary, digits: number): string {
  const commits = `${name} commits you to ${displayAmount(commitment.committedMinimum, digits)} over ${count(commitment.months, 'month')} (${span(commitment.from, commitment.to)})`;
  // Leaving after the last month of the term costs nothing: a one-month term has no exit to quote.
  if (commitment.months === 1) return `${commits}.`;
  const quoted = commitment.exitCosts[commitment.months > QUOTED_EXIT_MONTH ? QUOTED_EXIT_MONTH - 1 : 0];
  if (quoted === undefined) throw new Error(`commitment of ${commitment.months} months has ${commitment.exitCosts.length} exit costs`);
  return `${commits}; leaving after ${quoted.month === 1 ? 'the first month' : `${quoted.month} months`} (end of ${quoted.calendar}) costs ${displayAmount(quoted.cost, digits)}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function span(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

/** "Name: leaving early costs …; … notice; after the term …" for the terms a commitment states; undefined when it states none. */
function termsSentence(name: string, commitment: CommitmentSummary, settings: ComparisonSettings): string | undefined {
  const digits = settings.minorDigits;
  const parts: string[] = [];
  const { exitFee, noticeMonths, renewal } = commitment;
  if (exitFee !== undefined) {
    const share = new Money(exitFee.rate);
    const fixed = new Money(exitFee.amount).isZero() ? undefined : displayAmount(exitFee.amount, digits);
    const ofRemaining = share.equals(1) ? 'all the remaining payments' : share.isZero() ? undefined : `${share.times(100).toString()}% of the remaining payments`;
    parts.push(`leaving early costs ${[ofRemaining, fixed].filter((part) => part !== undefined).join(' plus ') || 'nothing'}`);
  }
  if (noticeMonths !== undefined && noticeMonths > 0) parts.push(`${count(noticeMonths, 'month')}' notice`);
  if (renewal !== undefined) {
    parts.push(
      renewal.kind === 'ends'
        ? 'nothing is paid after the term'
        : renewal.kind === 'renews'
          ? `the term renews for another ${count(commitment.months, 'month')} unless notice is given`
          : renewal.price === undefined
            ? 'after the term it continues month to month'
            : `after the term it continues month to month at ${displayAmount(renewal.price, digits)} a month`,
    );
  }
  if (parts.length === 0) return undefined;
  return `${name}: ${parts.join('; ')}.`;
}

function exitSentence(name: string, exit: NonNullable<CommitmentSummary['exit']>, digits: number): string {
  const when =
    exit.noticeMonths === 0
      ? `(end of ${exit.decidedAt})`
      : `(notice at the end of ${exit.decidedAt}, ${count(exit.noticeMonths, 'month')}' notice, paid through ${exit.endsAt})`;
  const fee = new Money(exit.fee).isZero() ? 'no exit fee' : `an exit fee of ${displayAmount(exit.fee, digits)}`;
  // Not "costs": the commitment's sentence says what leaving costs beyond what was paid (the exit fee); this one adds both up.
  return `Leaving ${name} after ${count(exit.decidedAfter, 'month')} ${when}: ${displayAmount(exit.paid, digits)} paid and ${fee}, ${displayAmount(exit.total, digits)} in all.`;
}

function annotationSentences(name: string, scenario: ScenarioComparison, settings: ComparisonSettings, formatName: (name: string) => string): string[] {
  const sentences: string[] = [];
  const { convertedFrom, overlap } = scenario;
  if (convertedFrom !== undefined) {
    sentences.push(`${name} is converted from ${convertedFrom.currency} at ${convertedFrom.rate} ${settings.currency} per ${convertedFrom.currency}, entry by entry.`);
  }
  if (overlap !== undefined) {
    sentences.push(
      `${name} keeps ${formatName(overlap.scenario)} running for its first ${count(overlap.months, 'month')} (${span(overlap.from, overlap.to)}) while migrating: ${displayAmount(overlap.total, settings.minorDigits)}, included above.`,
    );
  }
  for (const note of scenario.notes ?? []) sentences.push(`${name}: ${note}`);
  return sentences;
}
