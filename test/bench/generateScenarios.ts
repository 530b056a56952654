import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostItemFile, ScenarioFile } from '../../lib/scenario/scenarioFile.js';

/**
 * A deterministic set of scenario files for benchmarks: `count` scenarios of `items` cost
 * items each, mixing one-time and recurring items, every period and billing mode, and
 * escalation; and drivers of every kind (linear growth every month, so that every month
 * has a new quantity; compound growth every quarter; monthly values) with the usage and
 * step items priced by them; and staff (with a raise and an on-call stipend) and hardware
 * (refreshed, with a salvage value) items.
 */
export function generateScenarios(count: number, items: number): ScenarioFile[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const periods = ['month', 'quarter', 'year'] as const;
  return Array.from({ length: count }, (_, s): ScenarioFile => ({
    name: `Scenario ${s + 1}`,
    currency: 'USD',
    start: '2020-01',
    ...(s % 3 === 0 ? { commitment: { months: 24 } } : {}),
    // Compared scenarios share their drivers, as they would share a base file.
    drivers: BENCH_DRIVERS,
    costs: Array.from({ length: items }, (_, i) => {
      const amount = (random() * 100000).toFixed(2);
      if (i === 0) return { name: `Item ${i + 1}`, kind: 'one-time' as const, amount, category: 'setup' };
      const driven = drivenItem(`Item ${i + 1}`, i);
      if (driven !== undefined) return driven;
      const owned = staffOrHardwareItem(`Item ${i + 1}`, i, amount);
      if (owned !== undefined) return owned;
      return {
        name: `Item ${i + 1}`,
        kind: 'recurring' as const,
        amount,
        every: periods[i % 3] as (typeof periods)[number],
        billing: i % 2 === 0 ? ('monthly' as const) : ('upfront' as const),
        category: i % 2 === 0 ? 'hosting' : 'staff',
        ...(i % 4 === 0 ? { escalation: { rate: '3%' } } : {}),
      };
    }),
  }));
}

const BENCH_DRIVERS: NonNullable<ScenarioFile['drivers']> = {
  customers: { value: 200, growth: { add: 7, every: 'month' } },
  storageTB: { value: 2, growth: { rate: '4%', every: 'quarter' } },
  seats: { values: Array.from({ length: 24 }, (_, m) => 10 + ((m * 7) % 9)) },
};

/** Items 7 to 10 of every ten: usage (flat, tiered) and step (kept, released) items, or none. */
function drivenItem(name: string, index: number): CostItemFile | undefined {
  switch (index % 10) {
    case 6:
      return { name, kind: 'usage', driver: 'customers', price: '2.75', minimum: '500', category: 'hosting' };
    case 7:
      return {
        name,
        kind: 'usage',
        driver: 'storageTB',
        tiers: [{ upTo: 3, price: '120' }, { upTo: 10, price: '95' }, { price: '80' }],
        tiering: index % 20 === 7 ? 'graduated' : 'volume',
        every: 'year',
        category: 'hosting',
      };
    case 8:
      return { name, kind: 'step', driver: 'customers', included: 200, blockSize: 40, oneTimePerBlock: '5000', recurringPerBlock: '1000', category: 'hosting' };
    case 9:
      return { name, kind: 'step', driver: 'seats', blockSize: 4, recurringPerBlock: '1200', every: 'year', releaseUnused: true, category: 'staff' };
    default:
      return undefined;
  }
}

/** Items 5 and 6 of every ten: staff and hardware, or none. */
function staffOrHardwareItem(name: string, index: number, amount: string): CostItemFile | undefined {
  switch (index % 10) {
    case 4:
      return { name, kind: 'staff', annualCost: amount, fte: 1 + (index % 3) * 0.5, from: '2020-03', raise: '3%', onCallStipend: '350', category: 'staff' };
    case 5:
      return { name, kind: 'hardware', price: amount, lifeMonths: 24 + (index % 4) * 12, salvage: (Number(amount) / 10).toFixed(2), category: 'hardware' };
    default:
      return undefined;
  }
}

/** {@link generateScenarios} written into `dir` as scenario-0001.json, scenario-0002.json, …: their paths, in order. */
export function writeGeneratedScenarios(dir: string, count: number, items: number): string[] {
  return generateScenarios(count, items).map((file, i) => {
    const path = join(dir, `scenario-${String(i + 1).padStart(4, '0')}.json`);
    writeFileSync(path, JSON.stringify(file));
    return path;
  });
}
