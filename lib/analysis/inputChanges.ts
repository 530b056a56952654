/**
 * The numeric inputs of a scenario that differ between a recorded definition and today's,
 * matched by item name and field.
 */
import { parseDecimal } from '../money/parseDecimal.js';
import type { ThresholdInput } from '../scenario/thresholdInputs.js';

/**
 * A numeric input that differs between the record and today: changed, or there on one side
 * only (its item, or the field, added or removed). Items are matched by name, so an item that
 * moved in the file is the same item. Values are plain decimal strings as
 * {@link thresholdInputs} gives them (a rate as a fraction: `"0.03"`); a number written
 * differently but equal (`48000`, `"48000.00"`) is not a change.
 *
 * @example
 * const cheaper = unwrap(parseScenario({ ...managedProvider.definition, costs: [managedProvider.definition.costs[0]!, { ...managedProvider.definition.costs[1]!, amount: '2500' }] }));
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const [fee]: readonly InputChange[] = recordChanges(record, revisitReport([selfHosted, cheaper]), [selfHosted, cheaper]).inputs;
 * [fee?.item, fee?.path, fee?.before, fee?.after, fee?.change, fee?.relative]; // ['Managed hosting', '/costs/1/amount', '40000', '2500', '-37500', '-0.9375']
 */
export type InputChange = {
  readonly scenario: string;
  /** The cost item's name; null for the commitment. */
  readonly item: string | null;
  readonly field: string;
  /** JSON Pointer of the value in today's definition; for a removed input, in the record's. */
  readonly path: string;
  readonly kind: ThresholdInput['kind'];
  readonly per: string;
  readonly status: 'changed' | 'added' | 'removed';
  /** The recorded value; null when added. */
  readonly before: string | null;
  /** Today's value; null when removed. */
  readonly after: string | null;
  /** after − before, as a decimal string; null when added or removed. */
  readonly change: string | null;
  /** after ÷ before − 1, to 6 places; null when added, removed, or before is 0. */
  readonly relative: string | null;
  /** 1 + `relative`: the multiple of the recorded value today's is; null with `relative`. */
  readonly factor: string | null;
};

/**
 * The inputs that differ between `before` (the record's) and `after` (today's): today's
 * order first (changed and added), then the removed ones.
 *
 * @example
 * const before = definitionInputs('Provider', { costs: [{ name: 'Hosting', kind: 'recurring', amount: '40000' }] });
 * const after = definitionInputs('Provider', { costs: [{ name: 'Hosting', kind: 'recurring', amount: 38000 }] });
 * inputChanges(before, after).map((c) => [c.item, c.status, c.before, c.after, c.change, c.relative]); // [['Hosting', 'changed', '40000', '38000', '-2000', '-0.05']]
 */
export function inputChanges(before: readonly ThresholdInput[], after: readonly ThresholdInput[]): InputChange[] {
  const old = inputKeys(before);
  const now = inputKeys(after);
  const changes: InputChange[] = [];
  for (const [key, input] of now) {
    const was = old.get(key);
    if (was === undefined) {
      changes.push(inputChange(input, 'added', null, input.current));
      continue;
    }
    const a = parseDecimal(was.current);
    const b = parseDecimal(input.current);
    const same = a !== undefined && b !== undefined ? a.equals(b) : was.current === input.current;
    if (!same) changes.push(inputChange(input, 'changed', was.current, input.current));
  }
  for (const [key, input] of old) if (!now.has(key)) changes.push(inputChange(input, 'removed', input.current, null));
  return changes;
}

function inputChange(input: ThresholdInput, status: InputChange['status'], from: string | null, to: string | null): InputChange {
  const a = from === null ? undefined : parseDecimal(from);
  const b = to === null ? undefined : parseDecimal(to);
  const relative = a === undefined || b === undefined || a.isZero() ? undefined : b.dividedBy(a).minus(1).toDecimalPlaces(6);
  return {
    scenario: input.scenario,
    item: input.item,
    field: input.field,
    path: input.path,
    kind: input.kind,
    per: input.per,
    status,
    before: from,
    after: to,
    change: a === undefined || b === undefined ? null : b.minus(a).toFixed(),
    relative: relative === undefined ? null : relative.toFixed(),
    factor: relative === undefined ? null : relative.plus(1).toFixed(),
  };
}

/** The same input on both sides: item and field, the n-th of that pair (items with one name). */
function inputKeys(inputs: readonly ThresholdInput[]): Map<string, ThresholdInput> {
  const keys = new Map<string, ThresholdInput>();
  const count = new Map<string, number>();
  for (const input of inputs) {
    const base = JSON.stringify([input.item, input.field]);
    const n = count.get(base) ?? 0;
    count.set(base, n + 1);
    keys.set(`${base}#${n}`, input);
  }
  return keys;
}
