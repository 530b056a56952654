import type { MinorUnits } from '../money/minorUnits.js';

/**
 * A scenario's monthly sums per category as the ledger adds its items' entries: in doubles,
 * which hold every integer below 2^53 exactly, while that is sure to hold, and in bigint
 * otherwise. An entry is added as a double only when it is at most `limit` minor units either
 * way, with `limit` × the number of items below 2^53, so that no sum, partial or whole, can
 * leave the exact integers; a larger entry makes the tally inexact, and the ledger then sums
 * its items' bigint entries instead (see {@link categorySumsOf}). Adding a double costs no
 * allocation where adding a bigint makes a new one, month after month, item after item.
 *
 * @example
 * const tally = categoryTally(2, 3);
 * addDouble(tally, categorySumsIn(tally, 'hosting'), 0, 400000);
 * addDouble(tally, categorySumsIn(tally, 'hosting'), 0, 5);
 * [tally.exact, tally.sums.get('hosting')]; // [true, Float64Array.of(400005, 0)]
 */
export type CategoryTally = {
  readonly count: number;
  /** The largest entry, either way, that is added as a double. */
  readonly limit: number;
  readonly sums: Map<string, Float64Array>;
  /** The sums of every category, month by month, added as the entries are. */
  readonly total: Float64Array;
  /** False once an entry was too large to add as a double: the sums are then to be made in bigint. */
  exact: boolean;
  /**
   * One block of memory for the total and the sums of every category, handed out in turn
   * (`used` blocks of `count` so far, the total's first); without it, or once it is used up,
   * each gets its own. A typed array's memory is allocated, counted and freed outside the heap: the
   * block is a part of a slab shared by many tallies (see slabPart), not one allocation per
   * category, nor one per scenario.
   */
  readonly memory?: Float64Array;
  used?: number;
  /** The categories in the order they were met, kept beside `memory`. */
  readonly names?: string[];
};

/**
 * An empty tally for `count` months and a scenario of `items` items, in `categories`
 * categories when known (see {@link countCategories}).
 *
 * @example
 * categoryTally(12, 10).limit; // 900719925474099
 * categoryTally(12, 10, 3).memory?.length; // 48
 */
export function categoryTally(count: number, items: number, categories?: number): CategoryTally {
  const limit = Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, items));
  if (categories === undefined) return { count, limit, sums: new Map(), total: new Float64Array(count), exact: true };
  const memory = slabPart(count * (categories + 1));
  return { count, limit, sums: new Map(), total: memory.subarray(0, count), exact: true, memory, used: 1, names: [] };
}

/** The doubles of one slab (128 KiB): a tally of 120 months and 5 categories takes 720 of them. */
const SLAB = 16384;
let slab = new Float64Array(0);
let slabUsed = 0;

/**
 * `length` zeros, a part of the current slab, a new slab once it is used up (a part of more
 * than a quarter of one is an array of its own). Parts are never handed out twice: a slab is
 * freed once no part of it is held any more (a comparison's results hold theirs until the end).
 */
function slabPart(length: number): Float64Array {
  if (length > SLAB / 4) return new Float64Array(length);
  if (slabUsed + length > slab.length) {
    slab = new Float64Array(SLAB);
    slabUsed = 0;
  }
  slabUsed += length;
  return slab.subarray(slabUsed - length, slabUsed);
}

/**
 * How many categories a scenario's items are in.
 *
 * @example
 * countCategories([{ category: 'hosting' }, { category: 'staff' }, { category: 'hosting' }]); // 2
 */
export function countCategories(items: readonly { readonly category: string }[]): number {
  const seen: string[] = [];
  for (let index = 0; index < items.length; index++) {
    const category = (items[index] as { readonly category: string }).category;
    if (!seen.includes(category)) seen.push(category);
  }
  return seen.length;
}

/** `count` zeros for the tally: the next block of its memory, or an array of their own. */
function zeros(tally: CategoryTally): Float64Array {
  const { memory, count } = tally;
  const used = tally.used ?? 0;
  if (memory === undefined || (used + 1) * count > memory.length) return new Float64Array(count);
  tally.used = used + 1;
  return memory.subarray(used * count, (used + 1) * count);
}

/**
 * The sums of one category, made empty on first use (categories keep the order they are met in).
 *
 * @example
 * categorySumsIn(categoryTally(2, 1), 'staff'); // Float64Array.of(0, 0)
 */
export function categorySumsIn(tally: CategoryTally, category: string): Float64Array {
  let sums = tally.sums.get(category);
  if (sums === undefined) {
    sums = zeros(tally);
    tally.sums.set(category, sums);
    tally.names?.push(category);
  }
  return sums;
}

/**
 * Adds an item's entry, read as a double, to a category's sums (see {@link categorySumsIn});
 * an entry beyond the tally's limit makes it inexact, to be summed again in bigint.
 *
 * @example
 * const tally = categoryTally(1, 1);
 * addDouble(tally, categorySumsIn(tally, 'staff'), 0, 250);
 * addDouble(tally, categorySumsIn(tally, 'staff'), 0, 1e20);
 * [tally.sums.get('staff')?.[0] === 250 + 1e20, tally.total[0] === 250 + 1e20, tally.exact]; // [true, true, false]
 */
export function addDouble(tally: CategoryTally, sums: Float64Array, month: number, units: number): void {
  if (units > tally.limit || units < -tally.limit) tally.exact = false;
  sums[month] = (sums[month] as number) + units;
  const total = tally.total;
  total[month] = (total[month] as number) + units;
}

/**
 * The sums per month and per category in minor units, each as a function that makes them
 * (a comparison shown as a table never reads those per category, and may do with the sums
 * per month as doubles): from the tally when it is exact, else added again, in bigint, from
 * the items' entries (in the order of the items). From an exact tally, the sums per month come
 * as the doubles they were added in too (`monthlyAsDoubles`, exact integers).
 *
 * @example
 * const tally = categoryTally(2, 1);
 * addDouble(tally, categorySumsIn(tally, 'hosting'), 1, 7);
 * const { categories, monthly, monthlyAsDoubles } = categorySumsOf(tally, []);
 * [monthly(), categories(), monthlyAsDoubles]; // [[0n, 7n], new Map([['hosting', [0n, 7n]]]), Float64Array.of(0, 7)]
 */
export function categorySumsOf(
  tally: CategoryTally,
  items: readonly { readonly item: { readonly category: string }; readonly minorUnits: readonly MinorUnits[] }[],
): { categories: () => Map<string, MinorUnits[]>; monthly: () => MinorUnits[]; monthlyAsDoubles?: Float64Array } {
  const count = tally.count;
  if (!tally.exact) {
    const categories = new Map<string, MinorUnits[]>();
    const monthly = new Array<MinorUnits>(count).fill(0n);
    for (const category of tally.sums.keys()) categories.set(category, new Array<MinorUnits>(count).fill(0n));
    for (const { item, minorUnits } of items) {
      const sums = categories.get(item.category) as MinorUnits[];
      for (let month = 0; month < count; month++) {
        const units = minorUnits[month] as MinorUnits;
        if (units === 0n) continue;
        sums[month] = (sums[month] as MinorUnits) + units;
        monthly[month] = (monthly[month] as MinorUnits) + units;
      }
    }
    return { categories: () => categories, monthly: () => monthly };
  }
  const total = tally.total;
  return { categories: categoriesFromDoubles(tally), monthly: () => asBigints(total), monthlyAsDoubles: total };
}

/**
 * The categories' sums in bigint, made on the first call and kept. Until then the function
 * holds the doubles they are made from and nothing else: when the tally's memory holds them
 * all, in turn, that block and the categories' names, not the map and a view per category.
 */
function categoriesFromDoubles(tally: CategoryTally): () => Map<string, MinorUnits[]> {
  const { count, memory, names } = tally;
  // What the sums are made from until then: the tally's memory when it held their total and
  // every category's sums in turn, with the categories' names; else the map.
  let block = memory !== undefined && names !== undefined && tally.used === names.length + 1 ? memory : undefined;
  let doubles: ReadonlyMap<string, Float64Array> | undefined = block === undefined ? tally.sums : undefined;
  let categories: Map<string, MinorUnits[]> | undefined;
  return () => {
    if (categories === undefined) {
      const made = new Map<string, MinorUnits[]>();
      const inBlock = block;
      if (inBlock !== undefined) names?.forEach((category, index) => made.set(category, asBigints(inBlock.subarray((index + 1) * count, (index + 2) * count))));
      doubles?.forEach((sums, category) => made.set(category, asBigints(sums)));
      categories = made;
      block = undefined;
      doubles = undefined;
    }
    return categories;
  };
}

/**
 * Exact integers in doubles (a typed array, or an array of numbers) as bigints; a month that
 * repeats the month before shares its bigint.
 *
 * @example
 * asBigints(Float64Array.of(5, 5, -2)); // [5n, 5n, -2n]
 * asBigints([0, 1250]); // [0n, 1250n]
 */
export function asBigints(doubles: ArrayLike<number>): MinorUnits[] {
  const units = new Array<MinorUnits>(doubles.length);
  let last = 0;
  let lastUnits = 0n;
  for (let month = 0; month < doubles.length; month++) {
    const sum = doubles[month] as number;
    if (sum !== last) {
      last = sum;
      lastUnits = BigInt(sum);
    }
    units[month] = lastUnits;
  }
  return units;
}
