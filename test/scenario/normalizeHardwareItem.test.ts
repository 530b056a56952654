import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import type { HardwareItem } from '../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';
import { scenarioOf } from '../support/fixtures.js';

const file = (item: Record<string, unknown>): ScenarioFile => ({
  name: 'Own servers',
  currency: 'USD',
  start: '2009-05',
  costs: [{ name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36, ...item } as ScenarioFile['costs'][number]],
});

function problems(data: unknown): string[] {
  const result = parseScenario(data, 'own.json');
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('a hardware item', () => {
  it('is bought at the start, refreshed, with no salvage, by default', () => {
    const servers = scenarioOf(file({})).items[0] as HardwareItem;
    assert.deepEqual([servers.price.toString(), servers.lifeMonths, servers.from, servers.refresh, servers.salvage.toString()], ['36000', 36, scenarioOf(file({})).start, true, '0']);
  });

  it('refuses a useful life of zero months, naming the file and the place', () => {
    assert.deepEqual(problems(file({ lifeMonths: 0 })), ['own.json: /costs/0/lifeMonths: expected a number of at least 1, found 0']);
  });

  it('refuses a life that is not a whole number of months', () => {
    assert.deepEqual(problems(file({ lifeMonths: 2.5 })), ['own.json: /costs/0/lifeMonths: expected an integer, found the number 2.5']);
  });

  it('refuses a salvage value above the price', () => {
    assert.deepEqual(problems(file({ salvage: '40000' })), ['own.json: /costs/0/salvage: expected a salvage value of at most the price, 36000, found "40000"']);
  });

  it('refuses a purchase before the scenario starts, and a missing price', () => {
    assert.deepEqual(problems(file({ from: '2009-04' })), ["own.json: /costs/0/from: 2009-04 is before the scenario's start 2009-05; a scenario costs nothing before its start"]);
    assert.deepEqual(problems({ ...file({}), costs: [{ name: 'Servers', kind: 'hardware', lifeMonths: 36 }] } as unknown), ['own.json: /costs/0: missing required key "price"']);
  });
});
