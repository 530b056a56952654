import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Threshold } from '../../../lib/analysis/thresholds.js';
import { revisitReport, type RevisitReport } from '../../../lib/report/revisitReport.js';
import { flipSentence, thresholdsSection } from '../../../lib/render/report/thresholdsSection.js';
import { foundingReport, managedProvider, plainReport, scenarioWith, selfHosted, selfHostedWithItHire } from './reportFixtures.js';

const HEADER = ['#', 'Scenario', 'Input', 'Today', 'Decision changes beyond', 'Change needed', 'Then cheapest'];
const ALIGN = ['right', 'left', 'left', 'right', 'right', 'right', 'left'];
const NONE_FOUNDING = {
  type: 'paragraph',
  runs: [{ text: 'No value of these alone changes the decision: ', strong: true }, { text: 'Migration and setup (Managed provider); Commitment length (Managed provider).' }],
};

/** Self-hosting rising 3% a year against a provider at a flat 4,200.00 a month: close enough for a rate to flip it. */
const escalating = () =>
  revisitReport(
    [
      scenarioWith('Self-hosted', [{ name: 'Self-hosting', kind: 'recurring', amount: '48000', every: 'year', billing: 'monthly', escalation: { rate: '3%', every: 'year' } }]),
      scenarioWith('Provider', [{ name: 'Hosting', kind: 'recurring', amount: '4200', every: 'month' }]),
    ],
    { months: 36 },
  );

/** 100.00 a month for 24 months, then 11,000.00: one month less of the term and it is no longer the cheaper option. */
const steepRenewal = () =>
  revisitReport(
    [selfHosted, scenarioWith('Steep renewal', [{ name: 'Hosting', kind: 'recurring', amount: '100', every: 'month' }], { commitment: { months: 24, renewal: { kind: 'monthly', price: '11000' } } })],
    { months: 36 },
  );

/** The report with the thresholds by total changed. */
function withThresholds(report: RevisitReport, change: (thresholds: readonly Threshold[]) => readonly Threshold[]): RevisitReport {
  const { total } = report.thresholds;
  return { ...report, thresholds: { ...report.thresholds, total: { ...total, thresholds: change(total.thresholds) } } };
}

describe('the section on what would change the decision', () => {
  it('ranks the thresholds by total, then lists the inputs no value of which alone flips the decision', () => {
    assert.deepEqual(thresholdsSection(foundingReport()), [
      { type: 'heading', level: 2, text: 'What would change the decision' },
      { type: 'heading', level: 3, text: 'Watch these: by total cost' },
      { type: 'paragraph', runs: [{ text: 'By total cost over three years, Self-hosted is the cheapest. Each row is one input changed on its own, ranked by how little it has to move.' }] },
      {
        type: 'table',
        header: HEADER,
        align: ALIGN,
        rows: [
          ['1', 'Managed provider', 'Managed hosting', '40,000.00 a month', '2,750.00 a month', '−93%', 'Managed provider'],
          ['2', 'Self-hosted', 'Self-hosting', '48,000.00 a year', '495,000.00 a year', '×10.3', 'Managed provider'],
        ],
      },
      NONE_FOUNDING,
    ]);
  });

  it('adds the thresholds by net present value when discounting', () => {
    assert.deepEqual(thresholdsSection(plainReport({ discountRate: '8%' })).slice(5), [
      { type: 'heading', level: 3, text: 'Watch these: by net present value' },
      { type: 'paragraph', runs: [{ text: 'By net present value at 8% a year, Self-hosted is the cheapest. Each row is one input changed on its own, ranked by how little it has to move.' }] },
      {
        type: 'table',
        header: HEADER,
        align: ALIGN,
        rows: [
          ['1', 'Managed provider', 'Managed hosting', '40,000.00 a month', '2,604.63 a month', '−93%', 'Managed provider'],
          ['2', 'Self-hosted', 'Self-hosting', '48,000.00 a year', '496,744.44 a year', '×10.3', 'Managed provider'],
        ],
      },
      NONE_FOUNDING,
    ]);
  });

  it('gives a rate’s change in percentage points', () => {
    const table = thresholdsSection(escalating())[3];
    assert.deepEqual(table?.type === 'table' && table.rows, [
      ['1', 'Self-hosted', 'Self-hosting: escalation', '3% a year', '4.9193% a year', '+1.92 points', 'Provider'],
      ['2', 'Provider', 'Hosting', '4,200.00 a month', '4,121.20 a month', '−2%', 'Provider'],
      ['3', 'Self-hosted', 'Self-hosting', '48,000.00 a year', '48,917.79 a year', '+2%', 'Provider'],
    ]);
  });

  it('gives a commitment’s length and its price after the term', () => {
    const table = thresholdsSection(steepRenewal())[3];
    assert.deepEqual(table?.type === 'table' && table.rows, [
      ['1', 'Steep renewal', 'Commitment length', '24 months', '24 months', '+0.00%', 'Self-hosted'],
      ['2', 'Self-hosted', 'Self-hosting', '48,000.00 a year', '44,800.01 a year', '−7%', 'Self-hosted'],
      ['3', 'Steep renewal', 'Commitment renewal price', '11,000.00 a month after the term', '11,799.99 a month after the term', '+7%', 'Self-hosted'],
      ['4', 'Steep renewal', 'Hosting', '100.00 a month', '499.99 a month', '×5.0', 'Self-hosted'],
    ]);
  });

  it('has no table when no input alone flips the decision', () => {
    const report = withThresholds(foundingReport(), (thresholds) => thresholds.map((t) => ({ ...t, value: null, direction: null, change: null, factor: null, difference: null, becomes: null })));
    assert.deepEqual(
      thresholdsSection(report).map((block) => block.type),
      ['heading', 'heading', 'paragraph', 'paragraph'],
    );
  });
});

describe('flipSentence, for the decision summary', () => {
  it('names the two smallest changes that would make the other option the cheaper one', () => {
    assert.equal(
      flipSentence(foundingReport()),
      'Changing one input at a time, it would become the cheaper option only if its Managed hosting fell below 2,750.00 a month (−93%) or Self-hosted’s Self-hosting rose above 495,000.00 a year (×10.3).',
    );
  });

  it('names a rate without a relative change, and a commitment length as the first length that flips it', () => {
    assert.deepEqual(
      [flipSentence(escalating()), flipSentence(steepRenewal())],
      [
        'Changing one input at a time, it would become the cheaper option only if Self-hosted’s Self-hosting escalation rose above 4.9193% a year or its Hosting fell below 4,121.20 a month (−2%).',
        'Changing one input at a time, it would become the cheaper option only if Steep renewal’s commitment were 23 months or shorter or its Self-hosting fell below 44,800.01 a year (−7%).',
      ],
    );
  });

  it('speaks of a longer commitment when the length must rise', () => {
    const report = withThresholds(steepRenewal(), (thresholds) => thresholds.map((t) => (t.kind === 'months' ? { ...t, direction: 'up', beyond: '25' } : t)));
    assert.match(flipSentence(report), /only if Steep renewal’s commitment were 25 months or longer or/);
  });

  it('with three options, says which option each change makes the cheapest', () => {
    assert.equal(
      flipSentence(revisitReport([selfHosted, managedProvider, selfHostedWithItHire], { months: 36 })),
      'Changing one input at a time, the decision would change only if Managed provider’s Managed hosting fell below 2,750.00 a month (−93%), making Managed provider the cheapest, or Self-hosted’s Self-hosting rose above 146,693.39 a year (×3.1), making Self-hosted + IT hire the cheapest.',
    );
  });

  it('says when no single input flips the decision, and when there is nothing to compare', () => {
    const none = withThresholds(foundingReport(), (thresholds) => thresholds.map((t) => ({ ...t, value: null })));
    assert.deepEqual(
      [flipSentence(none), flipSentence(revisitReport([selfHosted], { months: 36 }))],
      ['No single input, changed on its own, makes another option cheaper.', 'There is no other option to compare it with: add one to see what would change the decision.'],
    );
  });
});
