import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scenarioSchedule } from '../../lib/model/schedule.js';
import { withOverlap } from '../../lib/model/withOverlap.js';
import { fixed, foundingScenarios, month, scenarioOf } from '../support/fixtures.js';

describe('withOverlap', () => {
  const { selfHosted, managed } = foundingScenarios();
  const range = { first: month('2009-05'), count: 5 };

  it('adds the option left behind to the first months of the one migrated to, item by item', () => {
    const migrating = withOverlap(scenarioSchedule(managed, range), scenarioSchedule(selfHosted, range), 3, range, 2);
    assert.deepEqual(migrating.items.map(({ item }) => [item.name, item.category]), [
      ['Migration and setup', 'migration'],
      ['Managed hosting', 'hosting'],
      ['Self-hosting (overlap)', 'hosting'],
    ]);
    assert.deepEqual(fixed(migrating.items[2]?.amounts ?? []), ['4000.00', '4000.00', '4000.00', undefined, undefined]);
    // 85,000 + 4,000 in month 1, then 44,000 twice, then 40,000
    assert.deepEqual(fixed(migrating.monthlyTotals), ['89000.00', '44000.00', '44000.00', '40000.00', '40000.00']);
  });

  it('counts the overlap from the start of the scenario migrated to, not of the range', () => {
    const later = scenarioOf({ ...managed.definition, start: '2009-07' });
    const migrating = withOverlap(scenarioSchedule(later, range), scenarioSchedule(selfHosted, range), 2, range, 2);
    assert.deepEqual(fixed(migrating.items[2]?.amounts ?? []), [undefined, undefined, '4000.00', '4000.00', undefined]);
  });

  it('changes nothing of the ledgers it is given', () => {
    const own = scenarioSchedule(managed, range);
    withOverlap(own, scenarioSchedule(selfHosted, range), 3, range, 2);
    assert.equal(own.items.length, 2);
    assert.deepEqual(fixed(own.monthlyTotals), ['85000.00', '40000.00', '40000.00', '40000.00', '40000.00']);
  });
});
