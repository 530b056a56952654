import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { summarySentences } from '../../lib/render/summarySentences.js';
import { foundingScenarios, monthlyScenario, scenarioOf } from './fixtures.js';

const selfHosted = () => monthlyScenario('Self-hosted', '4000');
const oneTime = (name: string, amount: string, month: string) => ({ name, kind: 'one-time', amount, month });

describe('summarySentences', () => {
  describe('the founding example over 36 months', () => {
    const summary = summarySentences(compare(foundingScenarios(), { months: 36 }));

    it('heads with what was compared, over which months, in which currency, undiscounted, against which baseline', () => {
      assert.equal(summary.heading, '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted. Baseline: Self-hosted.');
    });

    it('says the managed provider never breaks even, then what its 24-month commitment costs and what leaving after a year costs', () => {
      assert.deepEqual(summary.sentences, [
        'Managed provider never breaks even against Self-hosted within 36 months.',
        'Managed provider commits you to 1,005,000.00 over 24 months (2009-05 to 2011-04); leaving after 12 months (end of 2010-04) costs 480,000.00.',
      ]);
    });
  });

  describe('the heading', () => {
    it('gives the discount rate as a percentage a year', () => {
      assert.equal(
        summarySentences(compare(foundingScenarios(), { months: 36, discountRate: '8%' })).heading,
        '2 scenarios over 36 months (2009-05 to 2012-04), USD, discounted at 8% a year. Baseline: Self-hosted.',
      );
      assert.equal(
        summarySentences(compare(foundingScenarios(), { months: 36, discountRate: 0.075 })).heading,
        '2 scenarios over 36 months (2009-05 to 2012-04), USD, discounted at 7.5% a year. Baseline: Self-hosted.',
      );
    });

    it('speaks of one scenario over one month in the singular, with a single calendar month', () => {
      const summary = summarySentences(compare([selfHosted()], { months: 1 }));
      assert.equal(summary.heading, '1 scenario over 1 month (2009-05), USD, not discounted. Baseline: Self-hosted.');
      assert.deepEqual(summary.sentences, []);
    });

    it('names the baseline chosen in the options', () => {
      const summary = summarySentences(compare(foundingScenarios(), { months: 36, baseline: 'Managed provider' }));
      assert.equal(summary.heading, '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted. Baseline: Managed provider.');
      assert.equal(summary.sentences[0], 'Self-hosted is never more expensive than Managed provider within 36 months.');
    });
  });

  describe('break-even', () => {
    it('gives the month from which a challenger with a setup fee and a lower fee stays cheaper', () => {
      // 10,500 + 3,000 m ≤ 4,000 m from m = 10.5: month 11, 2010-03 (43,500 against 44,000)
      const lean = monthlyScenario('Lean provider', '3000', [oneTime('Setup', '10500', '2009-05')]);
      assert.deepEqual(summarySentences(compare([selfHosted(), lean], { months: 36 })).sentences, [
        'Lean provider breaks even against Self-hosted in month 11 (2010-03).',
      ]);
    });

    it('says a challenger that is cheaper all along is never more expensive', () => {
      const cheap = monthlyScenario('Cheap', '3000');
      assert.deepEqual(summarySentences(compare([selfHosted(), cheap], { months: 36 })).sentences, [
        'Cheap is never more expensive than Self-hosted within 36 months.',
      ]);
    });

    it('tells how a challenger that was cheaper at first came to break even later', () => {
      // 1,000 a month and 20,000 in month 4: cumulative 3,000 < 12,000, then 24,000 > 16,000 in month 4, then 27,000 ≤ 28,000 in month 7
      const bursty = monthlyScenario('Bursty', '1000', [oneTime('Hardware', '20000', '2009-08')]);
      assert.deepEqual(summarySentences(compare([selfHosted(), bursty], { months: 36 })).sentences, [
        'Bursty breaks even against Self-hosted in month 7 (2009-11); before that, cumulatively it was cheaper at first, then more expensive from month 4 (2009-08).',
      ]);
    });

    it('says "again" when the cheaper option changes back', () => {
      // 5,500 + 1,000 m: 6,500 > 4,000, then cheaper from month 2 (7,500 < 8,000); 20,000 more in month 5: 30,500 > 20,000;
      // 34,500 ≤ 36,000 from month 9 (33,500 > 32,000 in month 8)
      const zigzag = monthlyScenario('Zigzag', '1000', [oneTime('Setup', '5500', '2009-05'), oneTime('Upgrade', '20000', '2009-09')]);
      assert.deepEqual(summarySentences(compare([selfHosted(), zigzag], { months: 36 })).sentences, [
        'Zigzag breaks even against Self-hosted in month 9 (2010-01); before that, cumulatively it was cheaper from month 2 (2009-06), then more expensive again from month 5 (2009-09).',
      ]);
    });

    it('keeps the whole story when the curves are level from the break-even on', () => {
      // 1,000 a month for 8 months, 25,000 in month 5, 3,000 in month 9, then 4,000 a month like the baseline:
      // cheaper at first, 30,000 > 20,000 in month 5, 33,000 > 32,000 in month 8, level at 36,000 from month 9
      const level = scenarioOf({
        name: 'Level',
        currency: 'USD',
        start: '2009-05',
        costs: [
          { name: 'Early fee', kind: 'recurring', amount: '1000', every: 'month', months: 8 },
          oneTime('Migration', '25000', '2009-09'),
          oneTime('Catch-up', '3000', '2010-01'),
          { name: 'Fee', kind: 'recurring', amount: '4000', every: 'month', from: '2010-02' },
        ],
      });
      assert.deepEqual(summarySentences(compare([selfHosted(), level], { months: 36 })).sentences, [
        'Level breaks even against Self-hosted in month 9 (2010-01); before that, cumulatively it was cheaper at first, then more expensive from month 5 (2009-09).',
      ]);
    });

    it('tells when a challenger that never breaks even was cheaper for a while', () => {
      // 1,000 a month for a year, then 10,000: 12,000 + 10,000 k passes 48,000 + 4,000 k at k = 7, month 19 (82,000 > 76,000)
      const teaser = scenarioOf({
        name: 'Teaser',
        currency: 'USD',
        start: '2009-05',
        costs: [
          { name: 'Introductory fee', kind: 'recurring', amount: '1000', every: 'month', months: 12 },
          { name: 'Full fee', kind: 'recurring', amount: '10000', every: 'month', from: '2010-05' },
        ],
      });
      assert.deepEqual(summarySentences(compare([selfHosted(), teaser], { months: 36 })).sentences, [
        'Teaser never breaks even against Self-hosted within 36 months: cumulatively it is cheaper at first, then more expensive from month 19 (2010-11).',
      ]);
    });
  });

  describe('commitments', () => {
    const committed = (name: string, months: number) =>
      scenarioOf({ name, currency: 'USD', start: '2009-05', commitment: { months }, costs: [{ name: 'Fee', kind: 'recurring', amount: '5000', every: 'month' }] });
    const sentencesFor = (months: number) => summarySentences(compare([committed('Provider', months)], { months: 36 })).sentences;

    it('quotes leaving after month 12 when the term is longer than a year', () => {
      assert.deepEqual(sentencesFor(13), ['Provider commits you to 65,000.00 over 13 months (2009-05 to 2010-05); leaving after 12 months (end of 2010-04) costs 5,000.00.']);
    });

    it('quotes leaving after the first month when the term is a year or shorter', () => {
      assert.deepEqual(sentencesFor(12), ['Provider commits you to 60,000.00 over 12 months (2009-05 to 2010-04); leaving after the first month (end of 2009-05) costs 55,000.00.']);
      assert.deepEqual(sentencesFor(6), ['Provider commits you to 30,000.00 over 6 months (2009-05 to 2009-10); leaving after the first month (end of 2009-05) costs 25,000.00.']);
    });

    it('quotes no exit for a one-month term, where leaving costs nothing', () => {
      assert.deepEqual(sentencesFor(1), ['Provider commits you to 5,000.00 over 1 month (2009-05).']);
    });

    it('describes the commitment of the baseline too, after the break-even of each challenger in scenario order', () => {
      const summary = summarySentences(compare([committed('Provider', 6), selfHosted()], { months: 36 }));
      assert.deepEqual(summary.sentences, [
        'Provider commits you to 30,000.00 over 6 months (2009-05 to 2009-10); leaving after the first month (end of 2009-05) costs 25,000.00.',
        'Self-hosted is never more expensive than Provider within 36 months.',
      ]);
    });
  });

  it('writes every scenario name through formatName', () => {
    const summary = summarySentences(compare(foundingScenarios(), { months: 36 }), { formatName: (name) => `«${name}»` });
    assert.equal(summary.heading, '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted. Baseline: «Self-hosted».');
    assert.equal(summary.sentences[0], '«Managed provider» never breaks even against «Self-hosted» within 36 months.');
    assert.match(summary.sentences[1] ?? '', /^«Managed provider» commits you to /);
  });

  it('does not mutate the comparison', () => {
    const comparison = compare(foundingScenarios(), { months: 36 });
    const before = JSON.stringify(comparison);
    summarySentences(comparison);
    assert.equal(JSON.stringify(comparison), before);
  });
});

describe('summarySentences: commitments in full, currencies, overlap and notes', () => {
  const [self, managed] = foundingScenarios();
  const provider = (commitment: Record<string, unknown>, more: Record<string, unknown> = {}) =>
    scenarioOf({ ...managed!.definition, commitment: commitment as never, ...more });
  const sentencesOf = (scenarios: Parameters<typeof compare>[0], options: Parameters<typeof compare>[1] = {}) => summarySentences(compare(scenarios, options)).sentences;

  it('states the commitment\'s terms after what it commits you to', () => {
    const sentences = sentencesOf([self!, provider({ months: 24, exitFee: { kind: 'share', rate: '50%', amount: '5000' }, noticeMonths: 3, renewal: { kind: 'monthly', price: '44000' } })]);
    assert.deepEqual(sentences.slice(1), [
      'Managed provider commits you to 1,005,000.00 over 24 months (2009-05 to 2011-04); leaving after 12 months (end of 2010-04) costs 245,000.00.',
      'Managed provider: leaving early costs 50% of the remaining payments plus 5,000.00; 3 months\' notice; after the term it continues month to month at 44,000.00 a month.',
    ]);
  });

  it('words each exit fee and renewal', () => {
    const terms = (commitment: Record<string, unknown>) => sentencesOf([provider(commitment)])[1];
    assert.equal(terms({ months: 24, exitFee: { kind: 'remaining' } }), 'Managed provider: leaving early costs all the remaining payments.');
    assert.equal(terms({ months: 24, exitFee: { kind: 'fixed', amount: '50000' } }), 'Managed provider: leaving early costs 50,000.00.');
    assert.equal(terms({ months: 24, renewal: { kind: 'ends' } }), 'Managed provider: nothing is paid after the term.');
    assert.equal(terms({ months: 24, renewal: { kind: 'renews' } }), 'Managed provider: the term renews for another 24 months unless notice is given.');
    assert.equal(terms({ months: 24, renewal: { kind: 'monthly' } }), 'Managed provider: after the term it continues month to month.');
  });

  it('says what leaving after N months costs, with the notice period when there is one', () => {
    assert.equal(
      sentencesOf([managed!], { exitAfter: 12 })[1],
      'Leaving Managed provider after 12 months (end of 2010-04): 525,000.00 paid and an exit fee of 480,000.00, 1,005,000.00 in all.',
    );
    assert.equal(
      sentencesOf([provider({ months: 24, noticeMonths: 3 })], { exitAfter: 24 }).at(-1),
      "Leaving Managed provider after 24 months (notice at the end of 2011-04, 3 months' notice, paid through 2011-07): 1,125,000.00 paid and no exit fee, 1,125,000.00 in all.",
    );
  });

  it('labels a converted scenario with its currency and rate', () => {
    const euros = scenarioOf({ ...self!.definition, name: 'Self-hosted EU', currency: 'EUR' });
    assert.deepEqual(sentencesOf([self!, euros], { rates: { EUR: '1.08' } }).slice(1), ['Self-hosted EU is converted from EUR at 1.08 USD per EUR, entry by entry.']);
  });

  it('says what a migration overlap adds', () => {
    assert.equal(
      sentencesOf([self!, provider({ months: 24 }, { overlap: { months: 3 } })]).at(-1),
      'Managed provider keeps Self-hosted running for its first 3 months (2009-05 to 2009-07) while migrating: 12,000.00, included above.',
    );
  });

  it('names the amortized view in the heading', () => {
    assert.equal(
      summarySentences(compare([self!], { view: 'amortized' })).heading,
      '1 scenario over 36 months (2009-05 to 2012-04), USD, not discounted, hardware amortized. Baseline: Self-hosted.',
    );
  });
});
