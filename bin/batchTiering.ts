import { setFlagsFromString } from 'node:v8';

/**
 * From how many scenario files a command's run is batch work: below it, the setting of
 * {@link tierUpLaterForBatch} costs more than it saves (`compare` of 10 files took some 6 ms
 * longer with it, of 50 the same, of 200 some 9 ms less, of 1,000 some 40 ms less).
 */
export const BATCH_FILES = 100;

/** V8's interrupt budget for a batch run: about six times its default (67,584). */
const BATCH_INTERRUPT_BUDGET = 400_000;

let set = false;

/**
 * Makes a run over `files` scenario files, when they are {@link BATCH_FILES} or more, wait
 * longer before V8 optimizes a function: its interrupt budget, the work a function does
 * between checks of whether to optimize it, is raised. A thousand files run the same few
 * hundred functions a thousand times: with the default budget, V8 compiles many of them
 * while they are still changing (some 100 compilations, 200 ms of CPU on a second core the
 * run itself wants), and compiles some twice. The figures are the same either way; only
 * when code is optimized changes.
 *
 * The setting is made late, once the command knows its files, and not at start-up: a V8 flag
 * changed before Node loads its own modules and costmodel's script makes V8 refuse their
 * code caches, which costs a small run more than any run gains. The library never calls
 * this: V8's settings belong to the program that imports it.
 */
export function tierUpLaterForBatch(files: number): void {
  const flags = batchTieringFlags(files);
  if (set || flags === undefined) return;
  set = true;
  setFlagsFromString(flags);
}

/**
 * The V8 flags {@link tierUpLaterForBatch} sets for a run over `files` scenario files: none
 * below {@link BATCH_FILES}.
 */
export function batchTieringFlags(files: number): string | undefined {
  return files < BATCH_FILES ? undefined : `--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`;
}
