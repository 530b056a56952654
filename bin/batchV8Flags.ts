import { setFlagsFromString } from 'node:v8';

/**
 * From how many scenario files a command's run is batch work: below it, setting
 * {@link batchV8Flags} costs more than it saves (`compare` of 10 files took some 6 ms longer
 * with the first of them, of 50 the same, of 200 some 9 ms less, of 1,000 some 40 ms less).
 */
export const BATCH_FILES = 100;

/** V8's interrupt budget for a batch run: about six times its default (67,584). */
const BATCH_INTERRUPT_BUDGET = 400_000;

let set = false;

/**
 * Tunes V8 for a run over `files` scenario files, when they are {@link BATCH_FILES} or more
 * (see {@link batchV8Flags}). The figures are the same either way; only when code is
 * optimized and how memory is collected change.
 *
 * The flags are set late, once the command knows its files, and not at start-up: a V8 flag
 * changed before Node loads its own modules and costmodel's script makes V8 refuse their
 * code caches, which costs a small run more than any run gains. The library never calls
 * this: V8's settings belong to the program that imports it.
 */
export function tuneV8ForBatch(files: number): void {
  const flags = batchV8Flags(files);
  if (set || flags === undefined) return;
  set = true;
  setFlagsFromString(flags);
}

/**
 * The V8 flags for a run over `files` scenario files; none below {@link BATCH_FILES}.
 *
 * - `--interrupt-budget`, the work a function does between checks of whether to optimize
 *   it, raised: a thousand files run the same few hundred functions a thousand times, and
 *   with the default budget V8 compiles many of them while they are still changing (some
 *   100 compilations, 200 ms of CPU on a second core the run itself wants), some twice.
 * - `--no-incremental-marking`: the old generation is collected in one pause when it must
 *   be, not marked step by step beside the run, which slows every write of an object while
 *   it lasts. A batch run wants the throughput, not short pauses; for 1,000 files the heap
 *   simply grows (a peak of some 130 MB instead of 120) and is never marked at all.
 *
 * @example
 * batchV8Flags(99); // undefined
 * batchV8Flags(1000); // '--interrupt-budget=400000 --no-incremental-marking'
 */
export function batchV8Flags(files: number): string | undefined {
  return files < BATCH_FILES ? undefined : `--interrupt-budget=${BATCH_INTERRUPT_BUDGET} --no-incremental-marking`;
}
