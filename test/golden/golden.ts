/**
 * Golden files: the exact bytes a renderer produces for the founding example, kept in
 * test/golden/ and reviewed like code. Run the tests with UPDATE_GOLDEN=1 to rewrite them
 * after an intended change, then read the diff before committing it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Checks `actual` against test/golden/`name` byte for byte, or rewrites the file when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(name, import.meta.url);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) assert.fail(`test/golden/${name} does not exist yet: run the tests with UPDATE_GOLDEN=1 and review it`);
  const expected = readFileSync(file);
  assert.equal(Buffer.from(actual, 'utf8').equals(expected), true, `differs from test/golden/${name} (after an intended change: UPDATE_GOLDEN=1, then review the diff)\n${diffHint(actual, expected.toString('utf8'))}`);
}

function diffHint(actual: string, expected: string): string {
  const actualLines = actual.split('\n');
  const expectedLines = expected.split('\n');
  const line = actualLines.findIndex((text, i) => text !== expectedLines[i]);
  const at = line < 0 ? actualLines.length : line;
  return `first difference on line ${at + 1}:\n  expected ${JSON.stringify(expectedLines[at])}\n  actual   ${JSON.stringify(actualLines[at])}`;
}
