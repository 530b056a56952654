/**
 * fast-check generators for the fuzz suite: valid scenario files, and mutations of them a
 * careless or hostile user might write — a key deleted, duplicated under another name,
 * given another type or moved elsewhere; edge numbers (huge, negative, NaN-like, many
 * decimals), edge dates, and hostile strings.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Months, the edges of the calendar included. */
const month = fc.oneof(
  fc.constantFrom('2009-05', '0001-01', '9999-12', '9999-01', '9990-06', '1999-12', '2010-02'),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([year, m]) => `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
);

/** Edge numbers and things that look like them. */
export const edgeNumber: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(0, -1, 1e21, 1e308, -1e308, 5e-324, 0.1, 123456789012345.678, '1e9', 'NaN', 'Infinity', '-0', '0.000000000000000000001', '99999999999999999999999999999.99', '1,000', ' 12 ', '12.', '.5', '3%', '-3%', '1e-7', ''),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map((n) => `${n}.${'9'.repeat(30)}`),
);

/**
 * Hostile strings: markup, formulas, paths, wide and combining characters, control
 * characters and terminal escapes, lone surrogates, and names far longer than allowed.
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '__proto__', 'constructor', 'toString', '<script>alert(1)</script>', '&amp;', '"quoted"', '=1+1', ' =1+1', '-2', '@SUM(A1)', '../../etc/passwd', 'Ω≈ç√', '👩‍💻', 'a'.repeat(300), 'ﬁ', '\u00a0', 'null'),
  fc.constantFrom('a\u0000b', 'Self\u001b[2Jhosted', '\u0007bell', 'tab\there', 'line\nbreak', '\u009bcsi', '\ud800lone', 'lone\udfff', '\ufffe', 'x'.repeat(100_000), 'word '.repeat(20_000)),
  fc.string({ maxLength: 40, unit: 'binary' }),
);

const amount = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map(String), fc.constantFrom('45000', '40000.00', '0.01', 1200));

const oneTime = fc.record({ name: fc.constantFrom('Setup', 'Migration'), kind: fc.constant('one-time'), amount, month: fc.option(month, { nil: undefined }) }, { requiredKeys: ['name', 'kind', 'amount'] });
const recurring = fc.record(
  {
    name: fc.constantFrom('Hosting', 'Rack', 'Support'),
    kind: fc.constant('recurring'),
    amount,
    every: fc.constantFrom('month', 'quarter', 'year'),
    billing: fc.constantFrom('upfront', 'monthly'),
    from: month,
    months: fc.integer({ min: 1, max: 1200 }),
    escalation: fc.record({ rate: fc.constantFrom('3%', 0.05, '-2%'), every: fc.constantFrom('month', 'year') }),
    category: fc.constantFrom('hosting', 'staff'),
  },
  { requiredKeys: ['name', 'kind', 'amount', 'every'] },
);
const staff = fc.record(
  { name: fc.constant('IT person'), kind: fc.constant('staff'), annualCost: amount, fte: fc.constantFrom(1, 0.5, 1.5, 3), raise: fc.constantFrom('3%', '0%'), onCallStipend: fc.constantFrom('250', '0') },
  { requiredKeys: ['name', 'kind', 'annualCost'] },
);
const hardware = fc.record(
  { name: fc.constant('Servers'), kind: fc.constant('hardware'), price: amount, lifeMonths: fc.integer({ min: 1, max: 120 }), salvage: fc.constantFrom('0', '100'), refresh: fc.boolean() },
  { requiredKeys: ['name', 'kind', 'price', 'lifeMonths'] },
);
const usage = fc.record({ name: fc.constant('Per customer'), kind: fc.constant('usage'), driver: fc.constant('customers'), price: fc.constantFrom('2', '0.5') });

/** A scenario file that is valid, or nearly so (a generated month may precede its start). */
export const scenarioFile: fc.Arbitrary<JsonObject> = fc
  .record(
    {
      name: fc.constantFrom('Self-hosted', 'Provider', 'Colocation'),
      description: fc.constant('Fuzzed'),
      currency: fc.constantFrom('USD', 'EUR', 'JPY', 'BHD'),
      start: month,
      commitment: fc.record({ months: fc.integer({ min: 1, max: 1200 }), noticeMonths: fc.integer({ min: 0, max: 24 }) }, { requiredKeys: ['months'] }),
      drivers: fc.constant({ customers: { value: 200, growth: { add: 20, every: 'month' } } }),
      costs: fc.array(fc.oneof(oneTime, recurring, staff, hardware, usage), { minLength: 0, maxLength: 4 }),
    },
    { requiredKeys: ['name', 'currency', 'start', 'costs'] },
  )
  .map((file) => JSON.parse(JSON.stringify(file)) as JsonObject);

/** Every path to a value inside a JSON value, as a list of keys and indexes. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length === 0 ? [] : [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return here;
}

type Mutation = { readonly kind: 'delete' | 'duplicate' | 'retype' | 'shift'; readonly pick: number; readonly replacement: Json; readonly newKey: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'retype', 'shift'),
  pick: fc.nat(),
  replacement: fc.oneof(edgeNumber, month, hostileString, fc.constantFrom<Json>(null, true, [], {}, [1, 2], { low: 1, high: 2 }, { low: '5', high: '1', dist: 'pert' })),
  newKey: fc.oneof(fc.constantFrom('costs', 'start', 'from', 'month', 'amount', 'extends', 'overlap', 'commitment', 'drivers', 'months'), hostileString),
});

/** Applies one mutation to a copy of `file`. */
export function mutate(file: JsonObject, change: Mutation): JsonObject {
  const copy = JSON.parse(JSON.stringify(file)) as JsonObject;
  const paths = pathsOf(copy);
  const path = paths[change.pick % Math.max(paths.length, 1)];
  if (path === undefined) return copy;
  const parent = path.slice(0, -1).reduce<Json>((value, key) => (value as Record<string | number, Json>)[key] as Json, copy) as Record<string | number, Json>;
  const key = path[path.length - 1] as string | number;
  const value = parent[key] as Json;
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(value)) as Json);
      else parent[change.newKey] = value;
      break;
    case 'retype':
      parent[key] = change.replacement;
      break;
    case 'shift':
      if (!Array.isArray(parent)) {
        delete parent[key];
        copy[change.newKey] = value;
      }
      break;
  }
  return copy;
}

/** A scenario file with zero to three mutations; one in ten written as text with a key repeated (which JSON.parse would hide). */
export const fuzzedScenario: fc.Arbitrary<JsonObject | string> = fc
  .tuple(scenarioFile, fc.array(mutation, { maxLength: 3 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom('name', 'costs', 'start', 'amount', 'currency'))
  .map(([file, changes, dice, key]) => {
    const mutated = changes.reduce(mutate, file);
    if (dice !== 0) return mutated;
    const text = JSON.stringify(mutated, null, 2);
    const at = text.indexOf(`"${key}":`);
    return at < 0 ? text : `${text.slice(0, at)}"${key}": [],\n  ${text.slice(at)}`;
  });

/** The options a fuzzed run adds, edge dates and numbers among them. */
export const fuzzedOptions: fc.Arbitrary<string[]> = fc
  .record(
    {
      '--months': fc.oneof(fc.integer({ min: -5, max: 1300 }).map(String), fc.constantFrom('0', '1.5', 'NaN', '1e3', '')),
      '--from': fc.oneof(month, fc.constantFrom('0000-01', '2009-5', '10000-01', '')),
      '--discount-rate': fc.constantFrom('8%', '-100%', '=-2%', '1e400', 'NaN'),
      '--exit-after': fc.constantFrom('1', '12', '1200', '0', '-1'),
    },
    { requiredKeys: [] },
  )
  .map((options) => Object.entries(options).flatMap(([flag, value]) => (value.startsWith('=') ? [`${flag}${value}`] : [`${flag}=${value}`])));
