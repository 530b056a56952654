import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { revisitReport } from '../../../lib/report/revisitReport.js';
import { decisionSummary } from '../../../lib/render/report/decisionSummary.js';
import { foundingReport, managedProvider, plainReport, revisit2010Report, scenarioWith, selfHosted, selfHostedWithItHire } from './reportFixtures.js';

/** The summary's sentences after its headline. */
const sentencesOf = (runs: ReturnType<typeof decisionSummary>) => runs[1]?.text;

const FOUNDING_SENTENCES =
  ' Over three years Managed provider costs 1,341,000.00 more than Self-hosted. Changing one input at a time, it would become the cheaper option only if its Managed hosting fell below 2,750.00 a month (−93%) or Self-hosted’s Self-hosting rose above 495,000.00 a year (×10.3). Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2010 saves 432,000.00 over three years.';

describe('decisionSummary', () => {
  it('heads with the decision in bold, then says what the other option costs, what would flip the decision and what signing commits you to', () => {
    assert.deepEqual(decisionSummary(foundingReport()), [{ text: 'Keep Self-hosted; look again in May 2010.', strong: true }, { text: FOUNDING_SENTENCES }]);
  });

  it('a year later, adds how spending went against the plan and what changed since the decision', () => {
    assert.deepEqual(decisionSummary(revisit2010Report()), [
      { text: 'Keep Self-hosted; look again in May 2011.', strong: true },
      {
        text: ' Over three years Managed provider costs 1,341,000.00 more than Self-hosted. Changing one input at a time, it would become the cheaper option only if its Managed hosting fell below 2,750.00 a month (−93%) or Self-hosted’s Self-hosting rose above 495,000.00 a year (×10.3). Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2011 saves 432,000.00 over three years. From May 2009 through April 2010, Self-hosted has cost 50,880.50, 2,880.50 (6.0%) more than planned. In the last three months it ran 180.00 a month (4.5%) above plan: the plan ahead may be low. Since the decision of 2009-05-04, nothing in the scenarios has changed and no threshold has been crossed.',
      },
    ]);
  });

  describe('the headline', () => {
    it('says to switch when the cheapest option is not the baseline', () => {
      assert.deepEqual(decisionSummary(revisitReport([managedProvider, selfHosted], { months: 36 }))[0], { text: 'Switch to Self-hosted; look again in May 2010.', strong: true });
    });

    it('says the revisit is due once the report’s date has reached it', () => {
      assert.deepEqual(decisionSummary(plainReport({ from: '2009-05', date: '2010-06-01', revisit: '2010-05' }))[0], { text: 'Keep Self-hosted; the revisit of May 2010 is due now.', strong: true });
    });
  });

  describe('what the other options cost', () => {
    it('says what the cheapest option costs more than the baseline it replaces', () => {
      assert.match(sentencesOf(decisionSummary(revisitReport([managedProvider, selfHosted], { months: 36 }))) ?? '', /^ Over three years Managed provider costs 1,341,000\.00 more than Self-hosted\. /);
    });

    it('with three options, names the cheapest and what each other costs more', () => {
      assert.match(
        sentencesOf(decisionSummary(revisitReport([selfHosted, managedProvider, selfHostedWithItHire], { months: 36 }))) ?? '',
        /^ Over three years Self-hosted is the cheapest: Managed provider costs 1,341,000\.00 more, Self-hosted \+ IT hire costs 296,080\.18 more\. /,
      );
    });

    it('says when an option costs the same', () => {
      const twin = scenarioWith('Twin', [{ name: 'Hosting', kind: 'recurring', amount: '4000', every: 'month' }]);
      assert.match(sentencesOf(decisionSummary(revisitReport([selfHosted, twin], { months: 36 }))) ?? '', /^ Over three years Twin costs the same as Self-hosted\. /);
    });

    it('with one option, says what it costs and that there is nothing to compare it with', () => {
      assert.equal(
        sentencesOf(decisionSummary(revisitReport([selfHosted], { months: 36 }))),
        ' Over three years Self-hosted costs 144,000.00. There is no other option to compare it with: add one to see what would change the decision.',
      );
    });
  });

  it('ends by saying when discounting makes another option the cheaper one', () => {
    const report = plainReport({ discountRate: '8%' });
    const npvFavours = { ...report, decision: { ...report.decision, cheapestByNpv: 'Managed provider' } };
    assert.match(sentencesOf(decisionSummary(npvFavours)) ?? '', / over three years\. Discounted at 8% a year, Managed provider is the cheaper option instead\.$/);
    assert.doesNotMatch(sentencesOf(decisionSummary(report)) ?? '', /Discounted/);
  });
});
