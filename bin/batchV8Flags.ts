import { setFlagsFromString } from 'node:v8';

/**
 * From how many scenario files a run of `compare` or `schedule` is batch work. Paired against
 * runs without {@link batchV8Flags}, `compare` of the first N generated files took the same
 * time with them for 2 and 10 files, some 6 ms less for 25, 16 ms less for 50 and 40 ms less
 * for 1,000: below 20 files, V8 is left as it is.
 */
export const BATCH_FILES = 20;

/** The V8 the flags were measured on (Node 20's); another keeps its own settings. */
const MEASURED_V8 = /^11\.3\./;

/** The flags' values in that V8 when no one has set them (Node was not started with them): what {@link restoreV8Defaults} sets back. */
const DEFAULTS = '--interrupt-budget=67584 --incremental-marking';

let tuned = false;

/**
 * Tunes V8 for a run of `compare` or `schedule` over `files` scenario files, when they are
 * {@link BATCH_FILES} or more (see {@link batchV8Flags}); {@link restoreV8Defaults} undoes
 * it. The figures are the same either way: only when code is optimized, and how memory is
 * collected, change.
 *
 * V8 keeps a code cache only for the flags it was made with, so the flags are set late, once
 * the command knows its files, and after the scenario validator has loaded from its cache (set
 * at start-up, they made V8 refuse the caches of Node's own modules and of vega-lite: the
 * founding comparison took 5 ms longer, a PNG chart 37 ms). Only the command line sets them:
 * the library leaves V8's settings to the program that imports it. `simulate` does not: its
 * worker threads share the flags, and would see them change as they run.
 */
export async function tuneV8ForBatch(files: number): Promise<void> {
  const flags = batchV8Flags(files, process.versions.v8);
  if (tuned || flags === undefined || givenAtStartUp(process.execArgv, process.env['NODE_OPTIONS'])) return;
  (await import('../lib/scenario/validateScenario.js')).loadScenarioValidator();
  setFlagsFromString(flags);
  tuned = true;
}

/**
 * Whether Node was started with one of the flags {@link batchV8Flags} sets (in its arguments
 * or `NODE_OPTIONS`): they are then the person's, and left as they are.
 *
 * @example
 * givenAtStartUp(['--no-incremental-marking'], undefined); // true
 * givenAtStartUp([], '--max-old-space-size=4096 --interrupt-budget=1000'); // true
 * givenAtStartUp(['--enable-source-maps'], '--max-old-space-size=4096'); // false
 */
export function givenAtStartUp(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((argument) => /^--(no-)?(interrupt[-_]budget|incremental[-_]marking)(=|$)/.test(argument));
}

/**
 * Sets V8's flags back to their defaults (which they had: see {@link givenAtStartUp}) after
 * {@link tuneV8ForBatch}, if it set them: before a chart loads vega and vega-lite, whose code
 * caches V8 would refuse under the batch flags (loading vega then took some 24 ms instead of 9).
 */
export function restoreV8Defaults(): void {
  if (!tuned) return;
  setFlagsFromString(DEFAULTS);
  tuned = false;
}

/**
 * The V8 flags for a run over `files` scenario files under V8 version `v8`: none below
 * {@link BATCH_FILES}, nor under a V8 they were not measured on.
 *
 * - `--interrupt-budget`, the work a function does between checks of whether to optimize it,
 *   about six times its default: a thousand files run the same few hundred functions a
 *   thousand times, and with the default budget V8 compiles many of them while they are still
 *   changing (some 100 compilations, 200 ms of CPU on a second core the run itself wants),
 *   some twice.
 * - `--no-incremental-marking`: the old generation is collected in one pause when it must be,
 *   not marked step by step beside the run, which slows every write of an object while it
 *   lasts. A batch run wants the throughput, not short pauses: for 1,000 files the heap simply
 *   grows (some 10 MB more at its peak) and is never marked.
 *
 * @example
 * batchV8Flags(19, '11.3.244.8-node.33'); // undefined
 * batchV8Flags(1000, '11.3.244.8-node.33'); // '--interrupt-budget=400000 --no-incremental-marking'
 * batchV8Flags(1000, '12.4.254.21-node.33'); // undefined
 */
export function batchV8Flags(files: number, v8: string): string | undefined {
  return files < BATCH_FILES || !MEASURED_V8.test(v8) ? undefined : '--interrupt-budget=400000 --no-incremental-marking';
}
