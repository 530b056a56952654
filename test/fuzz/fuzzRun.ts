/**
 * Runs the fuzz property over `runs` generated cases; on a failure, fast-check shrinks it to
 * a smallest case, which is saved in test/fuzz/found/ (replayed by fuzz.test.ts from then on).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { projectRoot } from '../support/fixtures.js';
import { COMMANDS, fuzzFailure, type FuzzCase, type FuzzCommand } from './fuzzProperty.js';
import { fuzzedOptions, fuzzedScenario } from './scenarioArbitraries.js';

/** The cheap commands run on every case; one costly command more, by turns; PNG on 1 case in 50. */
const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fuzzedScenario, fuzzedOptions, fc.constantFrom<FuzzCommand>('chart-svg', 'report', 'simulate'), fc.integer({ min: 0, max: 49 }))
  .map(([file, options, costly, dice]) => ({ file, options, commands: [...COMMANDS.slice(0, 3), costly, ...(dice === 0 ? (['chart-png'] as const) : [])] }));

/** The folder failing cases are saved in. */
export const FOUND_DIR = `${projectRoot}test/fuzz/found/`;

/** Checks `runs` cases from `seed`; returns the path of the saved failing case, or undefined. */
export async function fuzz(runs: number, seed: number): Promise<{ readonly failure?: string; readonly saved?: string }> {
  const result = await fc.check(
    fc.asyncProperty(fuzzCase, async (test) => {
      const failure = await fuzzFailure(test);
      if (failure !== undefined) throw new Error(failure);
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
  if (!result.failed || result.counterexample === null) return {};
  const [test] = result.counterexample;
  const text = `${JSON.stringify(test, null, 2)}\n`;
  const saved = `${FOUND_DIR}${createHash('sha256').update(text).digest('hex').slice(0, 12)}.json`;
  writeFileSync(saved, text);
  return { failure: `${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)} (seed ${seed})`, saved };
}
