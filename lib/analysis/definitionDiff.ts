/**
 * What differs between a scenario's definition as recorded and as it is today, value by
 * value, other than its numeric inputs: a source, a note, a description, a category, a
 * month — and the cost items added or removed as a whole.
 */
import { escapePointer, isJsonObject, type JsonObject } from '../record/jsonData.js';
import { canonicalJson } from '../record/recordHash.js';
import type { ThresholdInput } from '../scenario/thresholdInputs.js';

/**
 * Any other value of a definition that differs: a source, a note, a description, a
 * category, a month. One entry per value (leaf), at its JSON Pointer; items matched by name.
 *
 * @example
 * const requoted = unwrap(parseScenario({ ...managedProvider.definition, description: 'Quote renewed April 2010' }));
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * const texts: readonly TextChange[] = recordChanges(record, revisitReport([selfHosted, requoted]), [selfHosted, requoted]).texts;
 * texts; // [{ scenario: 'Managed provider', path: '/description', before: 'Quote received April 2009', after: 'Quote renewed April 2010' }]
 */
export type TextChange = {
  readonly scenario: string;
  /** JSON Pointer in today's definition; for a removed value, in the record's. */
  readonly path: string;
  /** The value as text: a string as it is, anything else as JSON; null where there was none. */
  readonly before: string | null;
  readonly after: string | null;
};

/** A cost item added or removed as a whole, by name. */
export type ItemChange = { readonly scenario: string; readonly item: string; readonly status: 'added' | 'removed'; readonly path: string };

/**
 * A diff of two definitions by JSON Pointer, value by value. Arrays of named objects (the
 * cost items) are matched by name (the n-th of a name with the n-th), other arrays by
 * position. The numeric inputs (reported as input changes) are left out, and so are cost
 * items added or removed as a whole (reported as items).
 *
 * @example
 * const diff = new DefinitionDiff('Provider', [], []);
 * diff.compare({ note: 'a', costs: [{ name: 'Setup' }] }, { note: 'b', costs: [{ name: 'Support' }] });
 * diff.texts; // [{ scenario: 'Provider', path: '/note', before: 'a', after: 'b' }]
 * diff.items.map((item) => [item.item, item.status]); // [['Support', 'added'], ['Setup', 'removed']]
 */
export class DefinitionDiff {
  readonly items: ItemChange[] = [];
  readonly texts: TextChange[] = [];
  private readonly inputsBefore: ReadonlySet<string>;
  private readonly inputsAfter: ReadonlySet<string>;

  /** `before` and `after`: the numeric inputs of each side, whose values this leaves out. */
  constructor(
    private readonly scenario: string,
    before: readonly ThresholdInput[],
    after: readonly ThresholdInput[],
  ) {
    this.inputsBefore = new Set(before.map((input) => input.path));
    this.inputsAfter = new Set(after.map((input) => input.path));
  }

  compare(before: JsonObject, after: JsonObject): void {
    this.value(before, after, '', '');
  }

  /** One value on either side; a path is undefined on the side without the value. */
  private value(before: unknown, after: unknown, beforePath: string | undefined, afterPath: string | undefined): void {
    if ((beforePath !== undefined && this.inputsBefore.has(beforePath)) || (afterPath !== undefined && this.inputsAfter.has(afterPath))) return;
    if (isJsonObject(before) && isJsonObject(after)) {
      for (const key of Object.keys(after)) this.value(before[key], after[key], `${beforePath}/${escapePointer(key)}`, `${afterPath}/${escapePointer(key)}`);
      for (const key of Object.keys(before)) if (!(key in after)) this.value(before[key], undefined, `${beforePath}/${escapePointer(key)}`, undefined);
      return;
    }
    if (Array.isArray(before) && Array.isArray(after)) {
      this.array(before, after, beforePath, afterPath);
      return;
    }
    if (before === undefined && (isJsonObject(after) || Array.isArray(after)) && !isEmpty(after)) {
      for (const [key, element] of entriesOf(after)) this.value(undefined, element, undefined, `${afterPath}/${key}`);
      return;
    }
    if (after === undefined && (isJsonObject(before) || Array.isArray(before)) && !isEmpty(before)) {
      for (const [key, element] of entriesOf(before)) this.value(element, undefined, `${beforePath}/${key}`, undefined);
      return;
    }
    if (before !== undefined && after !== undefined && canonicalJson(before) === canonicalJson(after)) return;
    this.texts.push({ scenario: this.scenario, path: (after === undefined ? beforePath : afterPath) ?? '', before: shownText(before), after: shownText(after) });
  }

  private array(before: readonly unknown[], after: readonly unknown[], beforePath: string | undefined, afterPath: string | undefined): void {
    const [old, now] = [namesOf(before), namesOf(after)];
    if (old === undefined || now === undefined) {
      for (let i = 0; i < Math.max(before.length, after.length); i++) {
        this.value(before[i], after[i], i < before.length ? `${beforePath}/${i}` : undefined, i < after.length ? `${afterPath}/${i}` : undefined);
      }
      return;
    }
    const isItems = afterPath === '/costs';
    const [oldKeys, nowKeys] = [occurrenceKeys(old), occurrenceKeys(now)];
    nowKeys.forEach((key, i) => {
      const j = oldKeys.indexOf(key);
      if (j >= 0) this.value(before[j], after[i], `${beforePath}/${j}`, `${afterPath}/${i}`);
      else if (isItems) this.items.push({ scenario: this.scenario, item: now[i] as string, status: 'added', path: `${afterPath}/${i}` });
      else this.value(undefined, after[i], undefined, `${afterPath}/${i}`);
    });
    oldKeys.forEach((key, j) => {
      if (nowKeys.includes(key)) return;
      if (isItems) this.items.push({ scenario: this.scenario, item: old[j] as string, status: 'removed', path: `${beforePath}/${j}` });
      else this.value(before[j], undefined, `${beforePath}/${j}`, undefined);
    });
  }
}

/** The names of a list of named objects; undefined when any element has no name. */
function namesOf(list: readonly unknown[]): string[] | undefined {
  const names: string[] = [];
  for (const element of list) {
    const name = isJsonObject(element) ? element['name'] : undefined;
    if (typeof name !== 'string') return undefined;
    names.push(name);
  }
  return names;
}

/** Each name with its occurrence (`"Hosting"#0`, `"Hosting"#1`), so that the n-th of a name matches the n-th. */
function occurrenceKeys(names: readonly string[]): string[] {
  const count = new Map<string, number>();
  return names.map((name) => {
    const n = count.get(name) ?? 0;
    count.set(name, n + 1);
    return `${JSON.stringify(name)}#${n}`;
  });
}

function isEmpty(value: object): boolean {
  return Object.keys(value).length === 0;
}

function entriesOf(value: object): [string, unknown][] {
  return Array.isArray(value) ? value.map((element, i) => [String(i), element]) : Object.entries(value).map(([key, element]) => [escapePointer(key), element]);
}

function shownText(value: unknown): string | null {
  return value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);
}
