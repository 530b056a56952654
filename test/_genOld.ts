import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';

/**
 * A deterministic set of scenario files for benchmarks: `count` scenarios of `items` cost
 * items each, mixing one-time and recurring items, every period and billing mode, and
 * escalation.
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
    costs: Array.from({ length: items }, (_, i) => {
      const amount = (random() * 100000).toFixed(2);
      if (i === 0) return { name: `Item ${i + 1}`, kind: 'one-time' as const, amount, category: 'setup' };
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
