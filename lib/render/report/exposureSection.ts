/**
 * "What signing commits you to": for each option other than the baseline, the signing plans
 * of the report (lib/analysis/signingPlans.ts) as a table, and the sentence the decision
 * summary says about them.
 *
 *   the baseline under a minimum term itself ─▶ a paragraph: the plans leave it without the
 *     cost of leaving early
 *   per option ─▶ committed minimum; signing now and leaving at the revisit date (paid, exit
 *     fee, in all); signing now; keeping the baseline and signing at the revisit date (each
 *     with what it commits after the horizon); what waiting saves or costs, by NPV too
 *     ─▶ the break-even of both plans against the baseline
 *   summary ─▶ "Signing Managed provider today would commit you to 1,005,000.00; waiting
 *     until May 2010 saves 432,000.00 over three years."
 */
import { Money } from '../../money/decimal.js';
import type { Exposure } from '../../analysis/signingPlans.js';
import type { RevisitReport } from '../../report/revisitReport.js';
import { displayAmount } from '../displayAmount.js';
import type { ReportBlock } from './reportBlocks.js';
import { horizonWords, monthWords, spanWords } from './reportWords.js';

/** The section, or nothing when there is no option but the baseline. */
export function exposureSection(report: RevisitReport): ReportBlock[] {
  if (report.exposure.length === 0) return [];
  const blocks: ReportBlock[] = [{ type: 'heading', level: 2, text: 'What signing commits you to' }];
  const current = report.comparison.scenarios.find((s) => s.isBaseline);
  if (current?.commitment != null) {
    blocks.push({
      type: 'paragraph',
      runs: [
        {
          text: `${current.name}, the baseline, is itself under a minimum term until ${monthWords(current.commitment.to)}: the plans below switch away from it without the cost of leaving it early (see its exit costs under The options).`,
        },
      ],
    });
  }
  for (const exposure of report.exposure) blocks.push(...exposureBlocks(report, exposure));
  return blocks;
}

/** For the decision summary: what signing each committed option commits you to, and what waiting is worth. */
export function commitSentences(report: RevisitReport): string[] {
  const digits = report.comparison.settings.minorDigits;
  const revisit = monthWords(report.revisit);
  const horizon = horizonWords(report.comparison.settings.months);
  return report.exposure
    .filter((exposure) => exposure.committedMinimum !== null)
    .map((exposure) => {
      const waiting = new Money(exposure.valueOfWaiting);
      const wait = waiting.isZero()
        ? `waiting until ${revisit} changes nothing over ${horizon}`
        : waiting.isPositive()
          ? `waiting until ${revisit} saves ${displayAmount(exposure.valueOfWaiting, digits)} over ${horizon}${laterCommitment(report, exposure)}`
          : `waiting until ${revisit} costs ${displayAmount(waiting.negated().toFixed(digits), digits)} more over ${horizon}`;
      const committed = displayAmount(exposure.committedMinimum as string, digits);
      const past = report.date !== null && report.date.slice(0, 7) > exposure.signNow.starts;
      return past
        ? `Signing ${exposure.scenario} for ${monthWords(exposure.signNow.starts)} would have committed you to ${committed}; ${wait}.`
        : `Signing ${exposure.scenario} today would commit you to ${committed}; ${wait}.`;
    });
}

/** ", though signing then commits 480,000.00 more after April 2012" when waiting pushes payments past the horizon. */
function laterCommitment(report: RevisitReport, exposure: Exposure): string {
  const digits = report.comparison.settings.minorDigits;
  const extra = exposure.waitingCommitsAfterHorizon;
  if (extra === null || !new Money(extra).greaterThan(0)) return '';
  return `, though signing then commits ${displayAmount(extra, digits)} more after ${monthWords(report.comparison.settings.to)}`;
}

function exposureBlocks(report: RevisitReport, exposure: Exposure): ReportBlock[] {
  const { settings } = report.comparison;
  const amount = (value: string) => displayAmount(value, settings.minorDigits);
  const revisit = monthWords(report.revisit);
  const breakEven = (plan: Exposure['signNow']) => (plan.breakEven === null ? 'never within the horizon' : `month ${plan.breakEven.month} (${monthWords(plan.breakEven.calendar)})`);
  const rows: (readonly string[])[] = [];
  if (exposure.commitment !== null && exposure.committedMinimum !== null) {
    rows.push([`Committed minimum (${exposure.commitment.months} months, ${spanWords(exposure.commitment.from, exposure.commitment.to)})`, amount(exposure.committedMinimum)]);
  }
  if (exposure.leavingAtRevisit !== null) {
    const leaving = exposure.leavingAtRevisit;
    const notice = leaving.noticeMonths === 0 ? '' : `, then ${leaving.noticeMonths} month${leaving.noticeMonths === 1 ? '' : 's'} of notice`;
    rows.push([`Signing now and leaving at the revisit date (notice given at the end of ${monthWords(leaving.decidedAt)}${notice}): paid until it ends`, amount(leaving.paid)]);
    rows.push(['… plus the exit fee', amount(leaving.fee)]);
    rows.push(['… in all', amount(leaving.total)]);
  }
  const horizon = horizonWords(settings.months);
  const after = (plan: Exposure['signNow']) => {
    if (plan.committedAfterHorizon !== null && !new Money(plan.committedAfterHorizon).isZero()) rows.push([`… and committed for after ${monthWords(settings.to)}`, amount(plan.committedAfterHorizon)]);
  };
  rows.push([`Signing now (from ${monthWords(exposure.signNow.starts)}): total over ${horizon}`, amount(exposure.signNow.total)]);
  after(exposure.signNow);
  rows.push([`Keeping ${settings.baseline} and signing in ${revisit}: total over ${horizon}`, amount(exposure.signAtRevisit.total)]);
  after(exposure.signAtRevisit);
  rows.push(savesOrCosts(exposure.valueOfWaiting, `What waiting until ${revisit} saves`, `What waiting until ${revisit} costs`, settings.minorDigits));
  if (exposure.valueOfWaitingNpv !== null) rows.push(savesOrCosts(exposure.valueOfWaitingNpv, '… by NPV (saves)', '… by NPV (costs)', settings.minorDigits));
  return [
    { type: 'heading', level: 3, text: exposure.scenario },
    { type: 'table', header: ['Exposure', 'Amount'], align: ['left', 'right'], rows },
    {
      type: 'paragraph',
      runs: [{ text: `Break-even against ${settings.baseline}: signing now, ${breakEven(exposure.signNow)}; signing in ${revisit}, ${breakEven(exposure.signAtRevisit)}.` }],
    },
  ];
}

/** A value of waiting as a row: the words say which way it goes, the amount is its size. */
function savesOrCosts(value: string, saves: string, costs: string, digits: number): readonly [string, string] {
  const waiting = new Money(value);
  return [waiting.isNegative() ? costs : saves, displayAmount(waiting.abs().toFixed(digits), digits)];
}
