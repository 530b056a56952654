import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definedOnly } from '../../lib/scenario/definedOnly.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';

test('definedOnly gives what spreading gives, the undefined values left out', () => {
  const common = { name: 'Hosting', source: undefined, note: 'n', category: 'hosting' };
  const result = definedOnly(common, { kind: 'recurring', months: undefined, note: 'later', empty: null });
  assert.deepEqual(Object.keys(result), ['name', 'note', 'category', 'kind', 'empty']);
  assert.deepEqual(result, { name: 'Hosting', note: 'later', category: 'hosting', kind: 'recurring', empty: null });
  assert.equal('source' in result, false);
  assert.equal('months' in result, false);
});

test('definedOnly copies: the objects given are left as they are', () => {
  const first = { a: 1 };
  const second = { b: 2 };
  const result = definedOnly(first, second);
  assert.notEqual(result, first);
  assert.deepEqual([first, second], [{ a: 1 }, { b: 2 }]);
});

test('normalized items keep their keys in the order the spreads gave them, optional keys only when given', () => {
  const scenario = parseScenario({
    name: 'Keys',
    description: 'order',
    currency: 'USD',
    start: '2026-01',
    commitment: { months: 12, noticeMonths: 2 },
    costs: [
      { name: 'Setup', kind: 'one-time', amount: '10', note: 'once', source: 'quote' },
      { name: 'Hosting', kind: 'recurring', amount: '100', every: 'month', months: 6, escalation: { rate: '3%' } },
      { name: 'Admin', kind: 'staff', annualCost: '90000', onCallStipend: '100' },
    ],
  });
  assert.ok(scenario.ok);
  assert.deepEqual(Object.keys(scenario.value), ['name', 'description', 'currency', 'minorDigits', 'start', 'commitment', 'items', 'definition']);
  assert.deepEqual(Object.keys(scenario.value.commitment ?? {}), ['months', 'noticeMonths']);
  assert.deepEqual(
    scenario.value.items.map((item) => Object.keys(item)),
    [
      ['name', 'category', 'source', 'note', 'kind', 'amount', 'month'],
      ['name', 'category', 'kind', 'amount', 'periodMonths', 'billing', 'from', 'months', 'escalation'],
      ['name', 'category', 'kind', 'annualCost', 'fte', 'from', 'raise', 'onCallStipend', 'onCallPeople'],
    ],
  );
});
