/**
 * What changed since a recorded decision: the founding record (test/support/records.ts) held
 * against the scenarios a year later. Every expected value is worked out by hand from the
 * founding example.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordChanges, type ReportToday, type ThresholdCheck } from '../../lib/analysis/recordChanges.js';
import { revisitReport, type RevisitOptions } from '../../lib/report/revisitReport.js';
import type { Scenario } from '../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';
import { readExample, scenarioOf } from '../support/fixtures.js';
import { FOUNDING, edited, founding, foundingRecord as record, foundingReport, managed, selfHosted } from '../support/records.js';

const A_YEAR_LATER: RevisitOptions = { months: 36, revisit: '2011-05', date: '2010-05-03' };
const itHire = scenarioOf(readExample('self-hosted-with-it-hire.json') as ScenarioFile, 'scenarios/self-hosted-with-it-hire.json');

/** The changes since the founding record, for today's scenarios. */
function changesSince(today: readonly Scenario[], options: RevisitOptions = A_YEAR_LATER) {
  return recordChanges(record, revisitReport(today, options), today);
}

describe('recordChanges', () => {
  const watched = (checks: readonly ThresholdCheck[]) => checks.map((c) => [c.metric, c.scenario, c.item, c.threshold, c.direction, c.before, c.now, c.crossed]);

  it('nothing changed: the same scenarios a year later', () => {
    const changes = changesSince(founding);
    assert.deepEqual(changes.since, { date: '2009-05-04', decision: FOUNDING.decision, revisit: '2010-05' });
    // a year later the report looks ahead from its own month
    assert.deepEqual(changes.settings, [{ setting: 'from', before: '2009-05', after: '2010-05' }]);
    assert.deepEqual(changes.scenarios, { added: [], removed: [], unchanged: ['Self-hosted', 'Managed provider'], changed: [] });
    assert.deepEqual([changes.items, changes.inputs, changes.texts], [[], [], []]);
    assert.deepEqual(watched(changes.thresholds), [
      ['total', 'Managed provider', 'Managed hosting', '2750.00', 'down', '40000', '40000', false],
      ['total', 'Self-hosted', 'Self-hosting', '495000.00', 'up', '48000', '48000', false],
    ]);
    assert.deepEqual(changes.decision, { changed: false, total: { before: 'Self-hosted', now: 'Self-hosted', changed: false }, npv: null });
    assert.deepEqual(changes.results, [
      { scenario: 'Self-hosted', total: { before: '144000.00', now: '144000.00', difference: '0.00' }, npv: null },
      { scenario: 'Managed provider', total: { before: '1485000.00', now: '1485000.00', difference: '0.00' }, npv: null },
    ]);
  });

  it('the provider cuts its fee from 40000 to 2500: the threshold of 2750 is crossed and the decision flips', () => {
    const cheaper = edited(managed, (file) => (file.costs[1]!['amount'] = '2500'));
    const changes = changesSince([selfHosted, cheaper]);
    assert.deepEqual(changes.scenarios, { added: [], removed: [], unchanged: ['Self-hosted'], changed: ['Managed provider'] });
    assert.deepEqual(changes.counts, { changes: 1, crossedThresholds: 1 });
    assert.deepEqual(changes.inputs, [
      {
        scenario: 'Managed provider',
        item: 'Managed hosting',
        field: 'amount',
        path: '/costs/1/amount',
        kind: 'money',
        per: 'a month',
        status: 'changed',
        before: '40000',
        after: '2500',
        change: '-37500',
        relative: '-0.9375',
        factor: '0.0625',
      },
    ]);
    assert.deepEqual(changes.texts, []);
    const [fee, selfHosting] = changes.thresholds;
    assert.deepEqual(fee, {
      metric: 'total',
      scenario: 'Managed provider',
      item: 'Managed hosting',
      field: 'amount',
      path: '/costs/1/amount',
      kind: 'money',
      per: 'a month',
      threshold: '2750.00',
      direction: 'down',
      becomes: 'Managed provider',
      before: '40000',
      now: '2500',
      crossed: true,
    });
    assert.deepEqual([selfHosting?.item, selfHosting?.crossed], ['Self-hosting', false]);
    assert.deepEqual(changes.decision, { changed: true, total: { before: 'Self-hosted', now: 'Managed provider', changed: true }, npv: null });
    // 45,000 + 36 × 2,500 = 135,000
    assert.deepEqual(changes.results[1], { scenario: 'Managed provider', total: { before: '1485000.00', now: '135000.00', difference: '-1350000.00' }, npv: null });
  });

  it('self-hosting rises from 48000 to 52000 a year: changed, not past 495000', () => {
    const dearer = edited(selfHosted, (file) => (file.costs[0]!['amount'] = '52000'));
    const changes = changesSince([dearer, managed]);
    assert.deepEqual(changes.scenarios, { added: [], removed: [], unchanged: ['Managed provider'], changed: ['Self-hosted'] });
    assert.equal(changes.inputs.length, 1);
    const [input] = changes.inputs;
    assert.deepEqual(
      [input?.item, input?.path, input?.per, input?.before, input?.after, input?.change, input?.relative],
      ['Self-hosting', '/costs/0/amount', 'a year', '48000', '52000', '4000', '0.083333'],
    );
    assert.deepEqual(watched(changes.thresholds)[1], ['total', 'Self-hosted', 'Self-hosting', '495000.00', 'up', '48000', '52000', false]);
    assert.equal(changes.decision.changed, false);
    // 52,000 a year is 4,333.33 × 12 (+0.04 allocated): 156,000.00 over three years
    assert.deepEqual(changes.results[0], { scenario: 'Self-hosted', total: { before: '144000.00', now: '156000.00', difference: '12000.00' }, npv: null });
  });

  it('a source text changed: listed with its pointer, not as an input', () => {
    const requoted = edited(managed, (file) => (file.costs[1]!['source'] = 'Vendor quote, 2010-04'));
    const changes = changesSince([selfHosted, requoted]);
    assert.deepEqual(changes.scenarios.changed, ['Managed provider']);
    assert.deepEqual(changes.inputs, []);
    assert.deepEqual(changes.texts, [{ scenario: 'Managed provider', path: '/costs/1/source', before: 'Vendor quote, 2009-04', after: 'Vendor quote, 2010-04' }]);
    assert.equal(changes.decision.changed, false);
  });

  it('a scenario added and one removed, by name', () => {
    const changes = changesSince([selfHosted, itHire]);
    assert.deepEqual(changes.scenarios, { added: ['Self-hosted + IT hire'], removed: ['Managed provider'], unchanged: ['Self-hosted'], changed: [] });
    assert.deepEqual([changes.items, changes.inputs, changes.texts], [[], [], []]);
    assert.deepEqual(changes.counts, { changes: 2, crossedThresholds: 0 });
    // the provider's threshold has nothing to watch today
    assert.deepEqual(watched(changes.thresholds), [
      ['total', 'Managed provider', 'Managed hosting', '2750.00', 'down', '40000', null, false],
      ['total', 'Self-hosted', 'Self-hosting', '495000.00', 'up', '48000', '48000', false],
    ]);
    assert.deepEqual(changes.results, [
      { scenario: 'Self-hosted', total: { before: '144000.00', now: '144000.00', difference: '0.00' }, npv: null },
      { scenario: 'Managed provider', total: { before: '1485000.00', now: null, difference: null }, npv: null },
      { scenario: 'Self-hosted + IT hire', total: { before: null, now: changes.results[2]?.total.now ?? '', difference: null }, npv: null },
    ]);
    assert.match(changes.results[2]?.total.now ?? '', /^\d+\.\d{2}$/);
  });

  it('items added and removed by name; the others matched by name wherever they moved', () => {
    const reshaped = edited(managed, (file) => {
      file.costs.shift(); // no more setup fee
      file.costs.push({ name: 'Support plan', kind: 'recurring', amount: '1000', every: 'month', category: 'support' });
    });
    const changes = changesSince([selfHosted, reshaped]);
    assert.deepEqual(changes.items, [
      { scenario: 'Managed provider', item: 'Support plan', status: 'added', path: '/costs/1' },
      { scenario: 'Managed provider', item: 'Migration and setup', status: 'removed', path: '/costs/0' },
    ]);
    assert.deepEqual(
      changes.inputs.map((i) => [i.item, i.field, i.path, i.status, i.before, i.after, i.change, i.relative]),
      [
        ['Support plan', 'amount', '/costs/1/amount', 'added', null, '1000', null, null],
        ['Migration and setup', 'amount', '/costs/0/amount', 'removed', '45000', null, null, null],
      ],
    );
    // "Managed hosting" moved from /costs/1 to /costs/0 and did not change
    assert.deepEqual(changes.texts, []);
    // an item added and one removed, each once as the item and once for its amount
    assert.deepEqual(changes.counts, { changes: 4, crossedThresholds: 0 });
    assert.deepEqual(watched(changes.thresholds)[0], ['total', 'Managed provider', 'Managed hosting', '2750.00', 'down', '40000', '40000', false]);
  });

  it('an input added to an item (an escalation): the rate as an input, the rest as text', () => {
    const escalating = edited(selfHosted, (file) => (file.costs[0]!['escalation'] = { rate: '3%', every: 'year' }));
    const changes = changesSince([escalating, managed]);
    assert.deepEqual(
      changes.inputs.map((i) => [i.item, i.field, i.path, i.kind, i.status, i.before, i.after]),
      [['Self-hosting', 'rate', '/costs/0/escalation/rate', 'rate', 'added', null, '0.03']],
    );
    assert.deepEqual(changes.texts, [{ scenario: 'Self-hosted', path: '/costs/0/escalation/every', before: null, after: 'year' }]);
  });

  it('a number written as text, or with another scale, is the same input', () => {
    const rewritten = edited(selfHosted, (file) => (file.costs[0]!['amount'] = '48000.00'));
    const changes = changesSince([rewritten, managed]);
    assert.deepEqual(changes.scenarios.changed, ['Self-hosted']);
    assert.deepEqual([changes.inputs, changes.texts], [[], []]);
  });

  it('other values: a commitment, a description, the $schema path', () => {
    const longer = edited(managed, (file) => {
      file['commitment'] = { months: 36 };
      file['description'] = 'Quote renewed April 2010';
    });
    const changes = changesSince([selfHosted, longer]);
    assert.deepEqual(
      changes.inputs.map((i) => [i.item, i.field, i.path, i.kind, i.before, i.after, i.change, i.relative]),
      [[null, 'months', '/commitment/months', 'months', '24', '36', '12', '0.5']],
    );
    assert.deepEqual(changes.texts, [{ scenario: 'Managed provider', path: '/description', before: 'Quote received April 2009', after: 'Quote renewed April 2010' }]);
  });

  it('settings that differ from the record', () => {
    const changes = changesSince(founding, { ...A_YEAR_LATER, months: 24, discountRate: '8%' });
    assert.deepEqual(changes.settings, [
      { setting: 'from', before: '2009-05', after: '2010-05' },
      { setting: 'months', before: '36', after: '24' },
      { setting: 'discountRate', before: null, after: '0.08' },
    ]);
    assert.deepEqual(changes.decision.npv, { before: null, now: 'Self-hosted', changed: true });
    assert.equal(changes.decision.changed, true);
    assert.deepEqual(changes.results[0]?.npv?.before, null);
  });

  it('is plain JSON data', () => {
    const changes = changesSince([selfHosted, edited(managed, (file) => (file.costs[1]!['amount'] = '2500'))]);
    assert.deepEqual(JSON.parse(JSON.stringify(changes)), changes);
  });

  it('reads only the settings, the totals and the decision of today\'s report', () => {
    const settings = { from: '2010-05', to: '2013-04', months: 36, currency: 'USD', minorDigits: 2, discountRate: null, baseline: 'Self-hosted' };
    const today: ReportToday = {
      comparison: {
        settings,
        scenarios: [
          { name: 'Self-hosted', total: '150000.00', npv: null },
          { name: 'Managed provider', total: '140000.00', npv: null },
        ],
      },
      decision: { cheapest: 'Managed provider', cheapestByNpv: null },
    };
    const changes = recordChanges(record, today, founding);
    assert.deepEqual(changes.settings, [{ setting: 'from', before: '2009-05', after: '2010-05' }]);
    assert.deepEqual(changes.decision, { changed: true, total: { before: 'Self-hosted', now: 'Managed provider', changed: true }, npv: null });
    assert.deepEqual(changes.results, [
      { scenario: 'Self-hosted', total: { before: '144000.00', now: '150000.00', difference: '6000.00' }, npv: null },
      { scenario: 'Managed provider', total: { before: '1485000.00', now: '140000.00', difference: '-1345000.00' }, npv: null },
    ]);
  });

  it('refuses scenarios other than the ones the report compares', () => {
    assert.throws(() => recordChanges(record, foundingReport, [selfHosted]), /not the scenarios the report compares/);
  });
});
