/**
 * `x as unknown as T` tells the compiler to stop checking: whatever x is, call it a T. The
 * library keeps at most three, and each says why it is sound where it stands.
 *
 *   the rule: a `//` comment containing the word "sound" (any case) on the line of the
 *   `as unknown`, or on the line just above it:
 *
 *     // Sound: csv-parse returns one object per record with `columns: true`.
 *     const records = parse(text, options) as unknown as CsvRecord[];
 *
 *   lib/**: casts with such a comment ≤ 3, casts without one: none
 *
 * bin/ is not checked: its casts adapt yargs' types. Today's casts without a comment are in
 * KNOWN_UNKNOWN_CASTS, keyed `file: as unknown as T`; a cast that gains its comment is fixed
 * and leaves the list, and then counts among the three. The list can only shrink (see
 * knownViolations.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { projectImportGraph } from './importGraph.js';
import { itKeepsToKnown } from './knownViolations.js';

const MAX_CASTS = 3;

/** The casts of lib/ without a comment saying why they are sound, today. */
const KNOWN_UNKNOWN_CASTS: readonly string[] = [];

describe('`as unknown as` in lib/', () => {
  const graph = projectImportGraph(projectRoot);
  const casts = graph.files.filter((file) => file.startsWith('lib/')).flatMap((file) => graph.facts.get(file)?.unknownCasts ?? []);
  const unexplained = casts.filter((cast) => !cast.justified).map((cast) => ({ key: `${cast.file}: as unknown as ${cast.type}`, detail: `${cast.file}:${cast.line} ${cast.text}` }));

  itKeepsToKnown('KNOWN_UNKNOWN_CASTS', KNOWN_UNKNOWN_CASTS, unexplained, 'cast without a comment saying why it is sound');

  it(`is used at most ${MAX_CASTS} times with that comment`, () => {
    const explained = casts.filter((cast) => cast.justified);
    assert.ok(explained.length <= MAX_CASTS, `${explained.length} casts, at most ${MAX_CASTS} allowed:\n${explained.map((cast) => `  ${cast.file}:${cast.line} ${cast.text}`).join('\n')}`);
  });
});
