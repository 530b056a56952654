/**
 * Lists of known violations that can only shrink. Each architecture test names today's
 * violations in a `KNOWN_…` list; the test fails on any violation missing from the list
 * (a new one) and on any entry no longer found (fixed: the entry must go), so the restructure
 * can only move forwards.
 *
 *   a finding in KNOWN_X                  ─▶ tolerated, for now
 *   a finding not in KNOWN_X              ─▶ fail: "…, not in KNOWN_X (n):" and its details
 *   an entry of KNOWN_X no longer found   ─▶ fail: "remove it from KNOWN_X — it is fixed"
 *
 * A key names a violation without line numbers, so it stays put while the file around it is
 * edited; the details (chains, lines, sizes) go in `detail`. Keys may repeat: both lists are
 * compared as multisets.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';

/** One violation: `key` is what a KNOWN_… list holds, `detail` what a person needs to fix it. */
export type Finding = { readonly key: string; readonly detail: string };

/**
 * The findings not covered by the known keys, each key covering one finding.
 *
 * @example
 * newFindings(['a'], [{ key: 'a', detail: '' }, { key: 'b', detail: '' }]); // [{ key: 'b', detail: '' }]
 */
export function newFindings(known: readonly string[], found: readonly Finding[]): Finding[] {
  const left = counts(known);
  return found.filter(({ key }) => {
    const count = left.get(key) ?? 0;
    left.set(key, count - 1);
    return count <= 0;
  });
}

/**
 * The known keys no finding has any more.
 *
 * @example
 * fixedKeys(['a', 'b'], [{ key: 'a', detail: '' }]); // ['b']
 */
export function fixedKeys(known: readonly string[], found: readonly Finding[]): string[] {
  const left = counts(found.map(({ key }) => key));
  return known.filter((key) => {
    const count = left.get(key) ?? 0;
    left.set(key, count - 1);
    return count <= 0;
  });
}

/** Fails, listing them with their details, when there are findings the list does not know. */
export function assertNoNewFindings(listName: string, known: readonly string[], found: readonly Finding[], what: string): void {
  const added = newFindings(known, found);
  const lines = added.flatMap(({ key, detail }) => [`  ${key}`, ...(detail === '' ? [] : detail.split('\n').map((line) => `      ${line}`))]);
  assert.ok(added.length === 0, `${what}, not in ${listName} (${added.length}):\n${lines.join('\n')}`);
}

/** Fails, naming them, when the list has entries no longer found. */
export function assertNoFixedFindings(listName: string, known: readonly string[], found: readonly Finding[]): void {
  const fixed = fixedKeys(known, found);
  assert.ok(fixed.length === 0, fixed.map((key) => `'${key}' is no longer found: remove it from ${listName} — it is fixed`).join('\n'));
}

/**
 * The two tests of a check with a list of known violations: no violation beyond the list,
 * and no entry in the list that is no longer a violation.
 */
export function itKeepsToKnown(listName: string, known: readonly string[], found: readonly Finding[], what: string): void {
  it(`no ${what} beyond ${listName}`, () => assertNoNewFindings(listName, known, found, what));
  it(`every entry of ${listName} still found (a fixed one is removed)`, () => assertNoFixedFindings(listName, known, found));
}

function counts(keys: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const key of keys) result.set(key, (result.get(key) ?? 0) + 1);
  return result;
}
