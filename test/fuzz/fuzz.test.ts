/**
 * The fuzz suite (issue 14): generated scenario files — valid ones, and mutations of them
 * with keys deleted, duplicated, retyped or moved, edge numbers and dates, hostile strings —
 * and options run through validate, compare, schedule, chart (SVG; PNG on a small sample),
 * report and simulate, in-process. Each ends with exit 0 or 2, never a stack trace or an
 * internal error, within bounded time and memory.
 *
 * fast-check is the property-testing library: well kept, it generates and shrinks a failing
 * case to the smallest that still fails. `npm run fuzz -- --runs N` runs longer; a case it
 * finds is saved in test/fuzz/found/ and replayed below for good. Among the strings are
 * control characters, terminal escapes, lone surrogates and names of 100,000 characters;
 * one file in ten repeats a key.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fuzzFailure, type FuzzCase } from './fuzzProperty.js';
import { fuzz, FOUND_DIR } from './fuzzRun.js';

/** Cases in `npm test`; a fixed seed, so a failure is the same on every machine. */
const RUNS = Number(process.env.COSTMODEL_FUZZ_RUNS ?? 1000);

describe('fuzz', () => {
  it(`${RUNS} generated cases end with exit 0 or 2, never an internal error`, { timeout: 600_000 }, async () => {
    const result = await fuzz(RUNS, 20090504);
    assert.equal(result.failure, undefined, `saved as ${result.saved ?? ''}`);
  });

  for (const name of readdirSync(FOUND_DIR).filter((file) => file.endsWith('.json')).sort()) {
    it(`replays the case found before: ${name}`, async () => {
      const test = JSON.parse(readFileSync(FOUND_DIR + name, 'utf8')) as FuzzCase;
      assert.equal(await fuzzFailure(test), undefined);
    });
  }
});
