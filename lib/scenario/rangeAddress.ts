import type { InputAddress, ItemField } from './inputAddress.js';
import type { Scenario } from './scenario.js';

const ITEM_FIELDS: ReadonlySet<string> = new Set<ItemField>(['amount', 'minimum', 'oneTimePerBlock', 'recurringPerBlock', 'annualCost', 'onCallStipend', 'raise', 'salvage']);

/**
 * The address {@link withInput} changes the value at a JSON Pointer of a scenario's definition
 * at — the pointers a scenario's `ranges` have; undefined for a pointer that is no such input.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', drivers: { customers: { value: 200 } },
 *   costs: [{ name: 'Fee', kind: 'usage', driver: 'customers', price: { low: '15', high: '25' } }] }));
 * [addressOfPath(provider, '/costs/0/price'), addressOfPath(provider, '/drivers/customers/value'), addressOfPath(provider, '/costs/0/months'), addressOfPath(provider, '/commitment/months')];
 * // [{ on: 'tier', index: 0, tier: 0 }, { on: 'driver', name: 'customers', field: 'value' }, { on: 'itemMonths', index: 0, field: 'months' }, { on: 'commitment' }]
 */
export function addressOfPath(scenario: Scenario, path: string): InputAddress | undefined {
  const keys = path.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const [top, second, third, fourth, fifth] = keys;
  if (top === 'costs' && second !== undefined && /^\d+$/.test(second)) {
    const index = Number(second);
    const item = scenario.items[index];
    if (item === undefined || keys.length < 3) return undefined;
    if (keys.length === 3 && third === 'price') return item.kind === 'hardware' ? { on: 'item', index, field: 'price' } : item.kind === 'usage' ? { on: 'tier', index, tier: 0 } : undefined;
    if (keys.length === 3 && third !== undefined && ITEM_FIELDS.has(third)) return { on: 'item', index, field: third as ItemField };
    if (keys.length === 3 && (third === 'months' || third === 'lifeMonths')) return { on: 'itemMonths', index, field: third };
    if (keys.length === 4 && third === 'escalation' && fourth === 'rate') return { on: 'item', index, field: 'escalation' };
    if (keys.length === 5 && third === 'tiers' && fourth !== undefined && /^\d+$/.test(fourth) && fifth === 'price') return { on: 'tier', index, tier: Number(fourth) };
    return undefined;
  }
  if (top === 'commitment' && keys.length === 2) return second === 'months' ? { on: 'commitment' } : second === 'noticeMonths' ? { on: 'notice' } : undefined;
  if (top === 'overlap' && keys.length === 2 && second === 'months') return { on: 'overlap' };
  if (top === 'commitment' && keys.length === 3) {
    if (second === 'exitFee' && (third === 'amount' || third === 'rate')) return { on: 'exitFee', field: third === 'amount' ? 'amount' : 'share' };
    if (second === 'renewal' && third === 'price') return { on: 'renewal' };
    return undefined;
  }
  if (top === 'drivers' && second !== undefined) {
    if (keys.length === 3 && third === 'value') return { on: 'driver', name: second, field: 'value' };
    if (keys.length === 4 && third === 'growth' && (fourth === 'add' || fourth === 'rate')) return { on: 'driver', name: second, field: fourth };
  }
  return undefined;
}
