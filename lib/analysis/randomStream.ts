/**
 * Seeded, reproducible random numbers for simulations: xoshiro128** (Blackman and Vigna),
 * its state filled by splitmix32 from a seed and a stream number. Trials are drawn in fixed
 * blocks, each block from its own stream, so the same seed gives the same draws however the
 * blocks are shared out.
 */

/**
 * Trials per block: each block of trials draws from its own stream, so the draws of a trial
 * do not depend on how the blocks are shared out.
 *
 * @example
 * TRIALS_PER_STREAM; // 1000
 */
export const TRIALS_PER_STREAM = 1000;

/**
 * A stream of uniform random numbers, the same for the same seed and stream number.
 *
 * @example
 * const a = new RandomStream(1, 0);
 * const b = new RandomStream(1, 0);
 * [a.uniform() === b.uniform(), a.uniform() > 0, new RandomStream(1, 1).uniform() === new RandomStream(1, 0).uniform()]; // [true, true, false]
 */
export class RandomStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number, stream: number) {
    let state = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) | 0;
    const next = () => {
      state = (state + 0x9e3779b9) | 0;
      let t = state ^ (state >>> 16);
      t = Math.imul(t, 0x21f0aaad);
      t ^= t >>> 15;
      t = Math.imul(t, 0x735a2d97);
      return (t ^ (t >>> 15)) >>> 0;
    };
    // The state as signed 32-bit integers, which the engine keeps unboxed; every step reads them as bits.
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
  }

  /** The next 32 random bits, as an unsigned integer. */
  uint32(): number {
    return this.bits() >>> 0;
  }

  /** A uniform number strictly between 0 and 1, with 53 random bits. */
  uniform(): number {
    const high = this.bits() >>> 0;
    const low = this.bits() >>> 11;
    return (high * 2097152 + low + 0.5) / 9007199254740992;
  }

  /** The next 32 random bits, as a signed integer: no number too large to stay unboxed leaves it. */
  private bits(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
