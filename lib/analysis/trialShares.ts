/**
 * Sharing a simulation's trials out over threads, and putting their outcomes back together:
 *
 *   trials ─▶ blocks of TRIALS_PER_STREAM (each drawn from its own seeded stream)
 *     ─▶ trialShares: consecutive blocks per thread, as even as whole blocks allow
 *     ─▶ each thread: simulateTrialRange(first, end)
 *     ─▶ mergeTrialOutcomes: the shares' outcomes in trial order
 *
 * A trial's draws depend only on the seed and its block, never on the thread that ran it, so
 * the merged outcomes are those of one thread, whatever the number of threads.
 */
import { TRIALS_PER_STREAM } from './randomStream.js';
import type { TrialOutcomes } from './simulateTrials.js';

/**
 * The trials each of at most `threads` threads runs: consecutive whole blocks, the first
 * shares one block longer when they do not divide evenly; never an empty share.
 *
 * @example
 * trialShares(2500, 2); // [{ first: 0, end: 2000 }, { first: 2000, end: 2500 }]
 * trialShares(10000, 3).map(({ first, end }) => end - first); // [4000, 3000, 3000]
 * trialShares(800, 4); // [{ first: 0, end: 800 }]
 */
export function trialShares(trials: number, threads: number): { readonly first: number; readonly end: number }[] {
  const blocks = Math.ceil(trials / TRIALS_PER_STREAM);
  const count = Math.max(1, Math.min(threads, blocks));
  const shares: { first: number; end: number }[] = [];
  let block = 0;
  for (let share = 0; share < count; share++) {
    const size = Math.floor(blocks / count) + (share < blocks % count ? 1 : 0);
    shares.push({ first: block * TRIALS_PER_STREAM, end: Math.min(trials, (block + size) * TRIALS_PER_STREAM) });
    block += size;
  }
  return shares;
}

/**
 * The outcomes of consecutive shares of trials as one: arrays joined in trial order, the
 * counts of trials in which each scenario is the cheapest added.
 *
 * @example
 * const provider = unwrap(parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05',
 *   costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000' }, every: 'month' }] }));
 * const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
 * const quantities = uncertainQuantities([selfHosted, provider]);
 * const parts = trialShares(2500, 2).map(({ first, end }) => simulateTrialRange([selfHosted, provider], settings, quantities, { trials: 2500, seed: 1, first, end, exact: false }));
 * const whole = simulateTrials([selfHosted, provider], settings, quantities, { trials: 2500, seed: 1 });
 * const merged = mergeTrialOutcomes(parts);
 * [merged.trials, merged.totals[1]!.every((total, t) => total === whole.totals[1]![t]), [...merged.cheapest].join() === [...whole.cheapest].join()]; // [2500, true, true]
 * // the cumulative costs kept, trial by trial, joined the same way
 * [merged.cumulative[1]!.length, merged.cumulative[1]!.every((amount, i) => amount === whole.cumulative[1]![i])]; // [30000, true]
 */
export function mergeTrialOutcomes(parts: readonly TrialOutcomes[]): TrialOutcomes {
  const [first] = parts;
  if (first === undefined) throw new RangeError('mergeTrialOutcomes needs at least one share of trials');
  if (parts.length === 1) return first;
  const joined = <T extends Float64Array | Int32Array>(pick: (part: TrialOutcomes) => T, make: (length: number) => T): T => {
    const arrays = parts.map(pick);
    const result = make(arrays.reduce((sum, array) => sum + array.length, 0));
    let offset = 0;
    for (const array of arrays) {
      result.set(array, offset);
      offset += array.length;
    }
    return result;
  };
  const doubles = (length: number) => new Float64Array(length);
  const cheapest = new Uint32Array(first.cheapest.length);
  for (const part of parts) part.cheapest.forEach((count, s) => (cheapest[s] = (cheapest[s] as number) + count));
  return {
    trials: parts.reduce((sum, part) => sum + part.trials, 0),
    totals: first.totals.map((_t, s) => joined((part) => part.totals[s] as Float64Array, doubles)),
    years: first.years.map((years, s) => years.map((_y, y) => joined((part) => (part.years[s] as Float64Array[])[y] as Float64Array, doubles))),
    // Kept from the first trials only: usually all in the first share, kept as it is.
    cumulative: first.cumulative.map((_c, s) => (parts.every((part, p) => p === 0 || part.cumulative[s]?.length === 0) ? (first.cumulative[s] as Float64Array) : joined((part) => part.cumulative[s] as Float64Array, doubles))),
    npvs: first.npvs === null ? null : first.npvs.map((_n, s) => joined((part) => (part.npvs as Float64Array[])[s] as Float64Array, doubles)),
    breakEvens: first.breakEvens.map((breakEven, s) => (breakEven === null ? null : joined((part) => part.breakEvens[s] as Int32Array, (length) => new Int32Array(length)))),
    cheapest,
    draws: first.draws.map((_d, q) => joined((part) => part.draws[q] as Float64Array, doubles)),
  };
}
