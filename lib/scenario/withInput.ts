/**
 * One input of a scenario changed, as a typed transformation of the normalized scenario:
 * what thresholds try value after value, without writing JSON and parsing it again.
 *
 *   scenario + address + value ─▶ the value allowed there? (what the file format allows:
 *     money not negative and a price not below its salvage, a rate above −100%, a term, a
 *     duration, a life or an overlap of 1 to 1200 whole months, a notice of 0 to 1200) ─▶ the item (or commitment) with the value, the renewal's
 *     effect on the items worked out again when the term or its price changes
 *     ─▶ the definition with the same value, so that it still parses to this scenario
 */
import type { Decimal } from '../money/decimal.js';
import type { InputAddress, ItemField } from './inputAddress.js';
import { itemsUnderRenewal } from './normalizeCommitment.js';
import { isRangeFile, leastMonthCount, MAX_MONTH_COUNT } from './normalizeRange.js';
import { withDriver, withExitFee } from './withCommitmentOrDriver.js';
import type { Commitment, CostItem, Scenario } from './scenario.js';
import type { CommitmentFile, CostItemFile } from './scenarioFile.js';

/**
 * The scenario with the input at `address` set to `value` (money and rates as Decimals, a
 * term as a whole number of months); undefined when the scenario file would be invalid with
 * that value. The result is what parsing the changed file would give, definition included.
 *
 * @example
 * const cheaper = withInput(managedProvider, { on: 'item', index: 1, field: 'amount' }, toDecimal('2750'));
 * compare([selfHosted, cheaper!]).scenarios.map((s) => s.total); // ['144000.00', '144000.00']
 * cheaper?.definition.costs[1]?.kind === 'recurring' && cheaper.definition.costs[1].amount; // '2750'
 * withInput(managedProvider, { on: 'item', index: 1, field: 'amount' }, toDecimal('-1')); // undefined
 */
export function withInput(scenario: Scenario, address: InputAddress, value: Decimal): Scenario | undefined {
  switch (address.on) {
    case 'item':
      return withItem(scenario, address.index, (item, cost) => itemWith(item, cost, address.field, value));
    case 'tier':
      return withItem(scenario, address.index, (item, cost) => tierWith(item, cost, address.tier, value));
    case 'itemMonths':
      if (!isMonthCount(value, 1)) return undefined;
      return withItem(scenario, address.index, (item, cost) => itemMonthsWith(item, cost, address.field, value.toNumber()));
    case 'commitment':
      if (!isMonthCount(value, 1)) return undefined;
      return withCommitment(scenario, (commitment) => ({ ...commitment, months: value.toNumber() }), (file) => ({ ...file, months: value.toNumber() }));
    case 'notice':
      if (!isMonthCount(value, leastMonthCount('/commitment/noticeMonths'))) return undefined;
      return withCommitment(scenario, (commitment) => ({ ...commitment, noticeMonths: value.toNumber() }), (file) => ({ ...file, noticeMonths: value.toNumber() }));
    case 'overlap': {
      const { overlap } = scenario;
      const file = scenario.definition.overlap;
      if (overlap === undefined || file === undefined) throw new Error(`withInput: ${scenario.name} has no overlap`);
      if (!isMonthCount(value, 1)) return undefined;
      const changedFile = { ...file, months: value.toNumber() };
      return withoutRangesAt({ ...scenario, overlap: { ...overlap, months: value.toNumber() }, definition: { ...scenario.definition, overlap: changedFile } }, '/overlap/', changedFile);
    }
    case 'renewal':
      if (value.isNegative()) return undefined;
      return withCommitment(
        scenario,
        (commitment) => ({ ...commitment, renewal: { kind: 'monthly', price: value } }),
        (file) => ({ ...file, renewal: { ...file.renewal, kind: 'monthly', price: value.toFixed() } }),
      );
    case 'exitFee': {
      const changed = withExitFee(scenario, address.field, value);
      return changed === undefined ? undefined : withoutRangesAt(changed, '/commitment/', changed.definition.commitment);
    }
    case 'driver': {
      const changed = withDriver(scenario, address.name, address.field, value);
      const at = `/drivers/${address.name.replace(/~/g, '~0').replace(/\//g, '~1')}/`;
      return changed === undefined ? undefined : withoutRangesAt(changed, at, changed.definition.drivers?.[address.name]);
    }
    default:
      return assertNever(address);
  }
}

type Changed = { readonly item: CostItem; readonly cost: CostItemFile } | undefined;

/** The scenario with item `index` changed; undefined when the change is not allowed. */
function withItem(scenario: Scenario, index: number, change: (item: CostItem, cost: CostItemFile) => Changed): Scenario | undefined {
  const item = scenario.items[index];
  const cost = scenario.definition.costs[index];
  if (item === undefined || cost === undefined || item.kind !== cost.kind) throw new Error(`withInput: ${scenario.name} has no cost item ${index} as written`);
  const changed = change(item, cost);
  if (changed === undefined) return undefined;
  return withoutRangesAt(
    {
      ...scenario,
      items: scenario.items.map((other, i) => (i === index ? changed.item : other)),
      definition: { ...scenario.definition, costs: scenario.definition.costs.map((other, i) => (i === index ? changed.cost : other)) },
    },
    `/costs/${index}/`,
    changed.cost,
  );
}

/**
 * The scenario without the ranges its changed part no longer has: a value set where a range
 * was is a number now. `prefix` is where the changed part is; `part` its definition now.
 */
function withoutRangesAt(scenario: Scenario, prefix: string, part: unknown): Scenario {
  if (scenario.ranges === undefined) return scenario;
  const ranges = scenario.ranges.filter((range) => !range.path.startsWith(prefix) || isRangeFile(valueAtPointer(part, range.path.slice(prefix.length))));
  if (ranges.length === scenario.ranges.length) return scenario;
  const { ranges: _before, ...rest } = scenario;
  return ranges.length === 0 ? rest : { ...rest, ranges };
}

/** The value at a relative JSON Pointer (`a/b/0`) of plain data; undefined where there is none. */
function valueAtPointer(data: unknown, pointer: string): unknown {
  let node: unknown = data;
  for (const key of pointer.split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** Whether `value` is a whole number of months from `least` to the most the format allows. */
function isMonthCount(value: Decimal, least: number): boolean {
  return value.isInteger() && value.greaterThanOrEqualTo(least) && value.lessThanOrEqualTo(MAX_MONTH_COUNT);
}

/** An item's duration (`months`, of every kind that runs for a while) or a hardware item's life (`lifeMonths`). */
function itemMonthsWith(item: CostItem, cost: CostItemFile, field: 'months' | 'lifeMonths', months: number): Changed {
  if (field === 'lifeMonths') {
    if (item.kind === 'hardware' && cost.kind === 'hardware') return { item: { ...item, lifeMonths: months }, cost: { ...cost, lifeMonths: months } };
  } else if (item.kind !== 'one-time' && item.kind !== 'hardware' && cost.kind === item.kind) {
    return { item: { ...item, months }, cost: { ...cost, months } as CostItemFile };
  }
  throw new Error(`withInput: a ${item.kind} item has no ${field}`);
}

const RATES: ReadonlySet<ItemField> = new Set(['escalation', 'raise']);

function itemWith(item: CostItem, cost: CostItemFile, field: ItemField, value: Decimal): Changed {
  if (RATES.has(field) ? value.lessThanOrEqualTo(-1) : value.isNegative()) return undefined;
  const text = value.toFixed();
  switch (field) {
    case 'amount':
      if (item.kind === 'one-time' && cost.kind === 'one-time') return { item: { ...item, amount: value }, cost: { ...cost, amount: text } };
      if (item.kind === 'recurring' && cost.kind === 'recurring') return { item: { ...item, amount: value }, cost: { ...cost, amount: text } };
      break;
    case 'escalation':
      if (item.kind === 'recurring' && cost.kind === 'recurring' && item.escalation !== undefined && cost.escalation !== undefined) {
        return { item: { ...item, escalation: { ...item.escalation, rate: value } }, cost: { ...cost, escalation: { ...cost.escalation, rate: text } } };
      }
      break;
    case 'price':
      if (item.kind === 'hardware' && cost.kind === 'hardware') return value.lessThan(item.salvage) ? undefined : { item: { ...item, price: value }, cost: { ...cost, price: text } };
      break;
    case 'minimum':
      if (item.kind === 'usage' && cost.kind === 'usage') return { item: { ...item, minimum: value }, cost: { ...cost, minimum: text } };
      break;
    case 'oneTimePerBlock':
      if (item.kind === 'step' && cost.kind === 'step') return { item: { ...item, oneTimePerBlock: value }, cost: { ...cost, oneTimePerBlock: text } };
      break;
    case 'recurringPerBlock':
      if (item.kind === 'step' && cost.kind === 'step') return { item: { ...item, recurringPerBlock: value }, cost: { ...cost, recurringPerBlock: text } };
      break;
    case 'annualCost':
      if (item.kind === 'staff' && cost.kind === 'staff') return { item: { ...item, annualCost: value }, cost: { ...cost, annualCost: text } };
      break;
    case 'onCallStipend':
      if (item.kind === 'staff' && cost.kind === 'staff') return { item: { ...item, onCallStipend: value }, cost: { ...cost, onCallStipend: text } };
      break;
    case 'raise':
      if (item.kind === 'staff' && cost.kind === 'staff') return { item: { ...item, raise: value }, cost: { ...cost, raise: text } };
      break;
    case 'salvage':
      if (item.kind === 'hardware' && cost.kind === 'hardware') return value.greaterThan(item.price) ? undefined : { item: { ...item, salvage: value }, cost: { ...cost, salvage: text } };
      break;
    default:
      return assertNever(field);
  }
  throw new Error(`withInput: a ${item.kind} item has no ${field}`);
}

/** A usage item's price in one tier: `price` in the file when it gives one flat price, else `tiers[tier].price`. */
function tierWith(item: CostItem, cost: CostItemFile, tier: number, value: Decimal): Changed {
  if (item.kind !== 'usage' || cost.kind !== 'usage' || item.tiers[tier] === undefined) throw new Error(`withInput: ${item.name} has no tier ${tier + 1}`);
  if (value.isNegative()) return undefined;
  const tiers = item.tiers.map((band, t) => (t === tier ? { ...band, price: value } : band));
  const text = value.toFixed();
  if (cost.price !== undefined) return { item: { ...item, tiers }, cost: { ...cost, price: text } };
  const fileTiers = (cost.tiers ?? []).map((band, t) => (t === tier ? { ...band, price: text } : band));
  return { item: { ...item, tiers }, cost: { ...cost, tiers: fileTiers } };
}

/**
 * The scenario under another commitment: the items as the file writes them, put under the
 * new term's renewal again (a term that ends, or continues at another price, stops them).
 */
function withCommitment(scenario: Scenario, change: (commitment: Commitment) => Commitment, changeFile: (file: CommitmentFile) => CommitmentFile): Scenario {
  const { commitment } = scenario;
  const file = scenario.definition.commitment;
  if (commitment === undefined || file === undefined) throw new Error(`withInput: ${scenario.name} has no commitment`);
  const changed = change(commitment);
  const changedFile = changeFile(file);
  return withoutRangesAt(
    {
      ...scenario,
      commitment: changed,
      items: itemsUnderRenewal(itemsAsWritten(scenario), changed, scenario.start),
      definition: { ...scenario.definition, commitment: changedFile },
    },
    '/commitment/',
    changedFile,
  );
}

/**
 * The items as the file writes them: one per cost, in order, before a renewal stopped them
 * at the end of the term (normalizing sets `until` only for that) or added its own item.
 */
function itemsAsWritten(scenario: Scenario): CostItem[] {
  return scenario.items.slice(0, scenario.definition.costs.length).map(({ until: _until, ...item }) => item);
}

function assertNever(value: never): never {
  throw new Error(`withInput: unexpected ${JSON.stringify(value)}`);
}
