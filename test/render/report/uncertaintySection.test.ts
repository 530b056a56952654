/**
 * "How sure are we": the revisit report's simulation when an input is a range, against the
 * worked example of docs/methodology.md ("What waiting is worth"): self-hosting at 4,000.00 a
 * month; a provider at anywhere from 3,100.00 to 5,100.00 a month, uniformly; 24 months;
 * revisit in month 13. By hand:
 *
 *   the provider is cheaper when X < 4,000: 900 ÷ 2,000 = 45% of trials, self-hosting in 55%
 *   P10 and P90 of X: 3,300.00 and 4,900.00, so the difference to self-hosting over 24 months
 *     is 24 × 3,300 − 96,000 = −16,800.00 and 24 × 4,900 − 96,000 = +21,600.00, exactly
 *   waiting is worth 12 × E[max(0, 4,000 − X)] = 12 × 0.45 × 450 = 2,430.00 on average;
 *     its standard deviation is about 3,406, so over 4,000 trials the mean is within ±250
 *     (more than 4 standard errors) of 2,430
 *   deciding now loses 24 × 0.45 × 450 = 4,860.00 against foresight (standard error ≈ 108)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { revisitReport, tryRevisitReport, type RevisitReport } from '../../../lib/report/revisitReport.js';
import { decisionSummary } from '../../../lib/render/report/decisionSummary.js';
import { reportDocument } from '../../../lib/render/report/reportDocument.js';
import { uncertaintySection } from '../../../lib/render/report/uncertaintySection.js';
import { foundingReport, scenarioWith, selfHosted, selfHostedWithItHire } from './reportFixtures.js';

const negotiable = scenarioWith('Negotiable provider', [{ name: 'Managed hosting', kind: 'recurring', amount: { low: '3100', high: '5100', dist: 'uniform' }, every: 'month' }]);

function negotiableReport(options: { readonly seed?: number; readonly date?: string } = {}): RevisitReport {
  return revisitReport([selfHosted, negotiable], { months: 24, revisit: '2010-05', trials: 4000, seed: options.seed ?? 1, ...(options.date === undefined ? {} : { date: options.date }) });
}

const near = (value: string | undefined, expected: number, tolerance: number) => Math.abs(Number(value) - expected) <= tolerance;

describe('how sure the revisit report is, when an input is a range', () => {
  const report = negotiableReport();
  const simulation = report.uncertainty;

  it('simulates the options as the report analyses them: the same months, baseline and revisit month', () => {
    assert.ok(simulation !== null);
    assert.deepEqual(
      [simulation.settings.from, simulation.settings.to, simulation.settings.baseline, simulation.settings.trials, simulation.settings.seed, simulation.waiting?.revisit],
      ['2009-05', '2011-04', 'Self-hosted', 4000, 1, '2010-05'],
    );
    assert.deepEqual(
      simulation.scenarios.map((s) => s.atMedians),
      report.comparison.scenarios.map((s) => s.total),
    );
    assert.deepEqual(simulation.scenarios.map((s) => s.atMedians), ['96000.00', '98400.00']);
  });

  it('agrees with the worked example: the odds, the value of waiting and the regret of deciding now', () => {
    const [self, provider] = simulation?.scenarios ?? [];
    assert.ok(near(self?.probabilityCheapest, 0.55, 0.03), `Self-hosted cheapest in ${self?.probabilityCheapest}`);
    assert.ok(near(provider?.probabilityCheaperThanBaseline ?? undefined, 0.45, 0.03));
    assert.equal(simulation?.waiting?.decideNow, 'Self-hosted');
    assert.ok(near(simulation?.waiting?.valueOfWaiting.mean, 2430, 250), `waiting is worth ${simulation?.waiting?.valueOfWaiting.mean}`);
    assert.ok(near(simulation?.waiting?.probabilityWaitingRight, 0.45, 0.03));
    assert.ok(near(simulation?.waiting?.expectedRegretNow, 4860, 450), `regret ${simulation?.waiting?.expectedRegretNow}`);
  });

  it('lays out the options over the trials, the break-even, waiting and the tornado after what would change the decision', () => {
    const blocks = uncertaintySection(report);
    const s = simulation?.scenarios ?? [];
    const w = simulation?.waiting;
    assert.deepEqual(blocks[0], { type: 'heading', level: 2, text: 'How sure are we' });
    assert.deepEqual(blocks[1], {
      type: 'paragraph',
      runs: [
        {
          text: 'One input is a range rather than a single value, and the rest of this report takes it at its median. Here it is drawn anew in each of 4,000 trials (seed 1), and the options are compared exactly in every trial.',
        },
      ],
    });
    const table = blocks[2];
    assert.ok(table?.type === 'table');
    assert.deepEqual(table.header, ['Option', 'At the medians', 'P5', 'P50', 'P95', 'Cheapest in']);
    assert.deepEqual(table.rows[0], ['Self-hosted', '96,000.00', '96,000.00', '96,000.00', '96,000.00', `${(Number(s[0]?.probabilityCheapest) * 100).toFixed(1)}%`]);
    assert.equal(table.rows[1]?.[1], '98,400.00');
    const sentences = blocks[3]?.type === 'paragraph' ? (blocks[3].runs[0]?.text ?? '') : '';
    assert.match(sentences, /^Negotiable provider breaks even against Self-hosted within the horizon in \d+\.\d% of trials; in most it does not break even within the horizon\. /);
    assert.ok(sentences.includes(`Deciding today takes Self-hosted, 96,000.00 on average; waiting until May 2010 and then taking the option cheapest from there costs`));
    assert.ok(sentences.includes(`waiting until May 2010 is worth ${Number(w?.valueOfWaiting.mean).toLocaleString('en-US', { minimumFractionDigits: 2 })} on average (P5 0.00, P95 +`));
    assert.deepEqual(blocks.slice(4, 5), [{ type: 'heading', level: 3, text: 'What moves the answer most' }]);
    const tornado = blocks[6];
    assert.ok(tornado?.type === 'table');
    assert.deepEqual(tornado.header, ['Input', 'P10', 'P90', 'Difference at P10', 'Difference at P90']);
    assert.deepEqual(tornado.rows, [['Negotiable provider: Managed hosting', '3,300.00', '4,900.00', '-16,800.00', '+21,600.00']]);
    const headings = reportDocument(report).flatMap((block) => (block.type === 'heading' && block.level === 2 ? [block.text] : []));
    assert.deepEqual(headings.slice(headings.indexOf('What would change the decision'), headings.indexOf('What would change the decision') + 2), ['What would change the decision', 'How sure are we']);
  });

  it('says in the decision summary how often the decision’s option is the cheapest', () => {
    const share = `${(Number(simulation?.scenarios[0]?.probabilityCheapest) * 100).toFixed(1)}%`;
    assert.ok(decisionSummary(report)[1]?.text.includes(`With its ranges drawn 4,000 times, Self-hosted is the cheapest in ${share} of them.`));
  });

  it('gives the same numbers for the same seed, and other draws for another', () => {
    assert.deepEqual(negotiableReport().uncertainty, simulation);
    assert.notDeepEqual(negotiableReport({ seed: 2 }).uncertainty?.scenarios[1]?.total, simulation?.scenarios[1]?.total);
  });

  it('simulates options moved to start at the month of the report, their ranges with them', () => {
    const later = revisitReport([selfHosted, negotiable], { months: 24, date: '2010-02-10', revisit: '2011-02', trials: 500 });
    assert.equal(later.moved[0]?.to, '2010-02');
    assert.deepEqual([later.uncertainty?.settings.from, later.uncertainty?.uncertain.map((q) => q.label)], ['2010-02', ['Negotiable provider: Managed hosting']]);
    assert.deepEqual(later.uncertainty?.scenarios.map((s) => s.atMedians), later.comparison.scenarios.map((s) => s.total));
  });

  it('names the option of each row of the tornado when there are several', () => {
    const three = revisitReport([selfHosted, negotiable, selfHostedWithItHire], { months: 24, trials: 200 });
    const tornado = uncertaintySection(three).find((block) => block.type === 'table' && block.header[0] === 'Input');
    assert.ok(tornado?.type === 'table');
    assert.deepEqual(tornado.header, ['Input', 'Option', 'P10', 'P90', 'Difference at P10', 'Difference at P90']);
    assert.deepEqual(
      tornado.rows.map((row) => row.slice(0, 2)),
      [
        ['Negotiable provider: Managed hosting', 'Negotiable provider'],
        ['Negotiable provider: Managed hosting', 'Self-hosted + IT hire'],
      ],
    );
  });

  it('has nothing to say, and no simulation, when no input is a range', () => {
    assert.equal(foundingReport().uncertainty, null);
    assert.deepEqual(uncertaintySection(foundingReport()), []);
  });

  it('reports a bad number of trials or seed with the other problems', () => {
    const made = tryRevisitReport([selfHosted, negotiable], { trials: 1.5, seed: -3, revisit: 'soon' });
    assert.deepEqual(made.ok ? [] : made.issues.map((issue) => issue.message), [
      '--revisit: expected a month as YYYY-MM, found "soon"',
      '--trials: expected a whole number of trials from 1 to 1000000, found 1.5',
      '--seed: expected a whole number from 0 to 4294967295, found -3',
    ]);
  });
});
