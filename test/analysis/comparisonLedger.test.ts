import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import { foundingScenarios, scenarioOf, times } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();

/** Self-hosting with its servers bought outright: 36,000 for 36 months, 3,600 back at the end. */
const ownServers = scenarioOf({
  ...selfHosted.definition,
  name: 'Own servers',
  costs: [...selfHosted.definition.costs, { name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36, salvage: '3600', category: 'hardware' }],
});

describe('the ledger of a comparison', () => {
  describe('in the cash and the amortized view', () => {
    it('pays hardware when bought in the cash view (the default)', () => {
      const [result] = compare([ownServers]).scenarios;
      // month 1: 4,000 + 36,000; month 36: 4,000 − 3,600
      assert.deepEqual([result?.monthly[0], result?.monthly[1], result?.monthly[35], result?.total], ['40000.00', '4000.00', '400.00', '176400.00']);
    });

    it('spreads it over its life in the amortized view: (36,000 − 3,600) ÷ 36 = 900.00 a month', () => {
      const [result] = compare([ownServers], { view: 'amortized' }).scenarios;
      assert.deepEqual([result?.monthly[0], result?.monthly[35], result?.total], ['4900.00', '4900.00', '176400.00']);
    });

    it('gives both views the same total over a whole life, and different cumulative costs on the way', () => {
      const cash = compare([selfHosted, ownServers]).scenarios[1];
      const amortized = compare([selfHosted, ownServers], { view: 'amortized' }).scenarios[1];
      assert.equal(cash?.total, amortized?.total);
      assert.deepEqual([cash?.cumulative[11], amortized?.cumulative[11]], ['84000.00', '58800.00']);
    });

    it('names the view in the settings only when one was asked for', () => {
      assert.equal(compare([ownServers], { view: 'amortized' }).settings.view, 'amortized');
      assert.equal('view' in compare([ownServers]).settings, false);
    });

    it('applies the view to the schedule too', () => {
      const entries = schedule([ownServers], { months: 1, view: 'amortized' }).entries;
      assert.deepEqual(entries.map((entry) => [entry.item, entry.amount]), [['Self-hosting', '4000.00'], ['Servers', '900.00']]);
    });
  });

  describe('with scenarios in other currencies', () => {
    const euros = scenarioOf({ ...managed.definition, name: 'Provider EU', currency: 'EUR' });

    it('converts them entry by entry into the reporting currency', () => {
      const result = compare([selfHosted, euros], { rates: { EUR: '1.08' } });
      const provider = result.scenarios[1];
      // 45,000 × 1.08 = 48,600 and 40,000 × 1.08 = 43,200 a month: 48,600 + 36 × 43,200
      assert.deepEqual([provider?.monthly[0], provider?.monthly[1], provider?.total], ['91800.00', '43200.00', '1603800.00']);
      assert.deepEqual(provider?.convertedFrom, { currency: 'EUR', rate: '1.08' });
      assert.deepEqual(result.settings.rates, { EUR: '1.08' });
      assert.equal(result.scenarios[0]?.convertedFrom, undefined);
    });

    it('converts the commitment too: 48,600 + 24 × 43,200', () => {
      assert.equal(compare([selfHosted, euros], { rates: { EUR: '1.08' } }).scenarios[1]?.commitment?.committedMinimum, '1085400.00');
    });

    it('reports in another currency when asked, with its minor unit', () => {
      const result = compare([selfHosted, euros], { currency: 'JPY', rates: { USD: '95', EUR: '130.5' } });
      assert.deepEqual([result.settings.currency, result.settings.minorDigits, result.scenarios[0]?.monthly[0], result.scenarios[1]?.monthly[1]], [
        'JPY',
        0,
        '380000',
        '5220000',
      ]);
    });

    it('shows the amount before conversion next to each converted entry of the schedule', () => {
      const ledger = schedule([selfHosted, euros], { months: 1, rates: { EUR: '1.08' } });
      assert.deepEqual(ledger.entries, [
        { month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', category: 'hosting', amount: '4000.00' },
        { month: '2009-05', scenario: 'Provider EU', item: 'Migration and setup', category: 'migration', amount: '48600.00', original: { currency: 'EUR', amount: '45000.00' } },
        { month: '2009-05', scenario: 'Provider EU', item: 'Managed hosting', category: 'hosting', amount: '43200.00', original: { currency: 'EUR', amount: '40000.00' } },
      ]);
      assert.deepEqual(ledger.scenarios[1]?.convertedFrom, { currency: 'EUR', rate: '1.08' });
    });
  });

  describe('with a migration overlap', () => {
    const migrating = scenarioOf({ ...managed.definition, overlap: { months: 3 } });

    it('adds the baseline\'s costs to the first months of the scenario migrated to', () => {
      const provider = compare([selfHosted, migrating]).scenarios[1];
      // 3 × 4,000 more than the founding example's 1,485,000
      assert.equal(provider?.total, '1497000.00');
      assert.deepEqual(provider?.items.map((item) => [item.name, item.total]), [
        ['Migration and setup', '45000.00'],
        ['Managed hosting', '1440000.00'],
        ['Self-hosting (overlap)', '12000.00'],
      ]);
      assert.deepEqual(provider?.overlap, { scenario: 'Self-hosted', months: 3, from: '2009-05', to: '2009-07', total: '12000.00' });
    });

    it('does not count the overlap in the commitment: it is the option left behind that costs', () => {
      assert.equal(compare([selfHosted, migrating]).scenarios[1]?.commitment?.committedMinimum, '1005000.00');
    });

    it('adds the overlap rows to the schedule, so its rows still sum to the totals', () => {
      const rows = schedule([selfHosted, migrating], { months: 4 }).entries.filter((entry) => entry.item === 'Self-hosting (overlap)');
      assert.deepEqual(rows.map((row) => [row.month, row.scenario, row.amount]), times(3, undefined).map((_, m) => [`2009-0${5 + m}`, 'Managed provider', '4000.00']));
    });

    it('converts an overlap with a baseline in another currency', () => {
      const eurosBaseline = scenarioOf({ ...selfHosted.definition, currency: 'EUR' });
      const provider = compare([eurosBaseline, migrating], { currency: 'USD', rates: { EUR: '1.5' } }).scenarios[1];
      assert.equal(provider?.overlap?.total, '18000.00');
    });
  });

  it('leaves a version 1 comparison exactly as it was: no new keys', () => {
    const result = compare([selfHosted, managed]);
    assert.deepEqual(Object.keys(result.settings), ['from', 'to', 'months', 'currency', 'minorDigits', 'discountRate', 'baseline']);
    assert.deepEqual(Object.keys(result.scenarios[1] ?? {}), [
      'name', 'description', 'origin', 'start', 'isBaseline', 'total', 'years', 'npv', 'difference', 'monthly', 'cumulative', 'categories', 'items', 'breakEven', 'commitment',
    ]);
    assert.deepEqual(Object.keys(result.scenarios[1]?.commitment ?? {}), ['months', 'from', 'to', 'committedMinimum', 'exitCosts']);
  });
});
