/**
 * The decision summary: the paragraph under the title that a manager reads aloud.
 *
 *   a bold headline: keep or switch, and when to look again (or that the revisit is due)
 *   ─▶ what the other options cost more over the horizon
 *   ─▶ the two smallest changes that would flip the decision         (thresholdsSection.ts)
 *   ─▶ with ranges, how often the option is the cheapest over the trials (uncertaintySection.ts)
 *   ─▶ what signing commits you to and what waiting is worth         (exposureSection.ts)
 *   ─▶ with actuals, how spending went against the plan              (actualsSection.ts)
 *   ─▶ with a record, what changed since and which thresholds were crossed  (changesSection.ts)
 *   ─▶ when discounting makes another option the cheaper one, that it does
 */
import type { RevisitReport } from '../../report/revisitReport.js';
import { displayAmount } from '../displayAmount.js';
import { Money } from '../../money/decimal.js';
import { actualsSentences } from './actualsSection.js';
import { changesSentences } from './changesSection.js';
import { commitSentences } from './exposureSection.js';
import type { TextRun } from './reportBlocks.js';
import { horizonWords, monthWords, percentText } from './reportWords.js';
import { flipSentence } from './thresholdsSection.js';
import { uncertaintySentences } from './uncertaintySection.js';

/**
 * The decision in a bold headline and sentences a manager can read aloud: what to do and
 * when to look again, what the alternative costs, what would flip it, what signing commits
 * you to and what waiting is worth.
 *
 * @example
 * decisionSummary(revisitReport([selfHosted, managedProvider], { months: 36 })).map((run) => run.text);
 * // ['Keep Self-hosted; look again in May 2010.',
 * //  ' Over three years Managed provider costs 1,341,000.00 more than Self-hosted. Changing one input at a time, it would become the cheaper option only if its Managed hosting fell below 2,750.00 a month (−93%) or Self-hosted’s Self-hosting rose above 495,000.00 a year (×10.3). Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2010 saves 432,000.00 over three years.']
 */
export function decisionSummary(report: RevisitReport): TextRun[] {
  const sentences = [costSentence(report), flipSentence(report), ...uncertaintySentences(report), ...commitSentences(report), ...actualsSentences(report), ...changesSentences(report), ...discountSentences(report)];
  return [{ text: headline(report), strong: true }, { text: ` ${sentences.join(' ')}` }];
}

/** "Keep Self-hosted; look again in May 2010.", "Switch to …; the revisit of May 2010 is due now." */
function headline(report: RevisitReport): string {
  const { decision } = report;
  const revisit = monthWords(report.revisit);
  const due = report.date !== null && report.date.slice(0, 7) >= report.revisit;
  return `${decision.keep ? 'Keep' : 'Switch to'} ${decision.cheapest}; ${due ? `the revisit of ${revisit} is due now` : `look again in ${revisit}`}.`;
}

/** "Over three years Managed provider costs 1,341,000.00 more than Self-hosted." */
function costSentence(report: RevisitReport): string {
  const { comparison, decision } = report;
  const digits = comparison.settings.minorDigits;
  const cheapest = comparison.scenarios.find((s) => s.name === decision.cheapest);
  if (cheapest === undefined) throw new Error(`the cheapest option, "${decision.cheapest}", is not among the options compared`);
  const over = `Over ${horizonWords(comparison.settings.months)}`;
  const [only, ...others] = decision.costsMore;
  if (only === undefined) return `${over} ${cheapest.name} costs ${displayAmount(cheapest.total, digits)}.`;
  const more = (amount: string) => (new Money(amount).isZero() ? 'the same' : `${displayAmount(amount, digits)} more`);
  if (others.length === 0) {
    const gap = more(only.amount);
    return `${over} ${only.scenario} costs ${gap}${gap === 'the same' ? ' as' : ' than'} ${cheapest.name}.`;
  }
  return `${over} ${cheapest.name} is the cheapest: ${decision.costsMore.map((other) => `${other.scenario} costs ${more(other.amount)}`).join(', ')}.`;
}

/** When discounting, and it makes another option the cheaper one: which. */
function discountSentences(report: RevisitReport): string[] {
  const { decision } = report;
  if (decision.cheapestByNpv === null || decision.cheapestByNpv === decision.cheapest) return [];
  return [`Discounted at ${percentText(report.comparison.settings.discountRate ?? '0')} a year, ${decision.cheapestByNpv} is the cheaper option instead.`];
}
