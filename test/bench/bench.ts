/**
 * `npm run bench`: performance figures as ratios against a baseline measured in the same
 * run, so a busy machine slows both sides alike. Not part of `npm test`.
 *
 *   1. start-up: `costmodel compare scenarios/*.json` as a whole process vs `node -e 0`
 *   2. engine throughput: item-months per second through parseScenario + compare
 *   3. chart rendering (SVG, PNG) as whole processes vs `node -e 0`
 *   4. importing the library entry point in a fresh process vs `node -e 0`
 *   5. the revisit report's thresholds: each input solved or searched by running the model
 *      again, as a multiple of one comparison of the same scenarios; and `costmodel report`
 *      to HTML (chart included) as a whole process vs `node -e 0`
 *   6. `costmodel simulate`: 100,000 trials of 2 scenarios × 10 ranged items × 60 months as a
 *      whole process vs `node -e 0`, on every core and on one thread, with trials per second
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { unwrap } from '../../lib/issues/issue.js';
import { compare } from '../../lib/report/compare.js';
import { findThresholds } from '../../lib/analysis/thresholds.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { generateScenarios } from './generateScenarios.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}dist/bin/costmodel.js`;
if (!existsSync(bin)) throw new Error('dist/ is missing: npm run bench builds it first');
const scenarioFiles = readdirSync(`${root}scenarios`)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => `scenarios/${name}`);

/** Median wall time in ms of running a command as a whole process, interleaved with the baseline. */
export function processTimes(commands: Record<string, readonly string[]>, runs: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      execFileSync(process.execPath, [...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      samples[name]?.push(performance.now() - started);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, times]) => [name, median(times)]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

type Row = { name: string; value: string; target: string };
const rows: Row[] = [];

// 1. Start-up
const startup = processTimes(
  {
    'node -e 0': ['-e', '0'],
    compare: [bin, 'compare', ...scenarioFiles],
    'import costmodel': ['--input-type=module', '-e', `import ${JSON.stringify(`${root}dist/lib/index.js`)}`],
  },
  15,
);
const nodeMs = startup['node -e 0'] as number;
rows.push({ name: 'node -e 0 (baseline)', value: `${nodeMs.toFixed(0)} ms`, target: '' });
rows.push({ name: 'costmodel compare scenarios/*.json', value: ratio(startup.compare, nodeMs), target: '≤ 3×' });
if (existsSync(`${root}dist/lib/index.js`)) rows.push({ name: 'import the library entry point', value: ratio(startup['import costmodel'], nodeMs), target: '≤ 1.5×' });

// 2. Engine throughput
const files = generateScenarios(1000, 10);
const horizonMonths = 120;
const itemMonths = files.length * 10 * horizonMonths;
let best = Infinity;
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const scenarios = files.map((file, i) => unwrap(parseScenario(file, `generated-${i}.json`)));
  compare(scenarios, { months: horizonMonths });
  best = Math.min(best, performance.now() - started);
}
const perSecond = itemMonths / (best / 1000);
rows.push({
  name: `engine: 1,000 scenarios × 10 items × ${horizonMonths} months (parse + compare)`,
  value: `${(perSecond / 1e6).toFixed(2)} M item-months/s (${best.toFixed(0)} ms)`,
  target: '≥ 1 M/s',
});

// 3. Charts, when the chart benchmark is present
const chartBenchPath = new URL('./chartBench.ts', import.meta.url);
if (existsSync(fileURLToPath(chartBenchPath))) {
  const { chartBench } = (await import(chartBenchPath.href)) as { chartBench: () => Promise<{ name: string; ratio: number; ms: number }[]> };
  for (const row of await chartBench()) rows.push({ name: row.name, value: `${row.ratio.toFixed(2)}× (${row.ms.toFixed(0)} ms)`, target: '' });
}

// 5. The revisit report
for (const [label, names, options] of [
  ['founding example, 36 months', ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'], { months: 36 }],
  ['growth example, 60 months, NPV at 8%', ['scenarios/growth/self-hosted.json', 'scenarios/growth/managed-provider.json'], { months: 60, discountRate: '8%' }],
] as const) {
  const scenarios = await loadScenarios(names.map((name) => `${root}${name}`));
  const fastest = (run: () => unknown) => {
    let ms = Infinity;
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      run();
      ms = Math.min(ms, performance.now() - started);
    }
    return ms;
  };
  const compareMs = fastest(() => compare(scenarios, options));
  const thresholdsMs = fastest(() => findThresholds(scenarios, options));
  rows.push({ name: `thresholds, ${label}`, value: `${(thresholdsMs / compareMs).toFixed(0)}× one compare (${thresholdsMs.toFixed(0)} ms)`, target: '' });
}
const reportDir = mkdtempSync(join(tmpdir(), 'costmodel-report-bench-'));
try {
  const report = processTimes(
    {
      'node -e 0': ['-e', '0'],
      report: [bin, 'report', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json', '--date', '2009-05-04', '-o', join(reportDir, 'report.html')],
    },
    7,
  );
  rows.push({ name: 'costmodel report (founding example) -o report.html', value: ratio(report.report, report['node -e 0'] as number), target: '' });
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}

// 6. Simulation: 100,000 trials of two scenarios of 10 items over 60 months, every amount and
// escalation a range, as whole processes (start-up, reading, trials and statistics).
const simulationDir = mkdtempSync(join(tmpdir(), 'costmodel-simulate-bench-'));
try {
  const files = ['a', 'b'].map((name, s) => {
    const costs = Array.from({ length: 10 }, (_unused, i) => ({
      name: `Item ${i + 1}`,
      kind: 'recurring',
      amount: { low: String(1000 + 100 * s + 10 * i), high: String(2000 + 100 * s + 10 * i) },
      every: 'month',
      escalation: { rate: { low: '1%', high: '5%' }, every: 'year' },
    }));
    const file = join(simulationDir, `${name}.json`);
    writeFileSync(file, JSON.stringify({ name: `Scenario ${name}`, currency: 'USD', start: '2026-01', costs }));
    return file;
  });
  const trials = 100000;
  const simulate = (threads: string[]) => [bin, 'simulate', ...files, '--months', '60', '--trials', String(trials), ...threads, '-o', join(simulationDir, 'out.json')];
  const times = processTimes({ 'node -e 0': ['-e', '0'], cores: simulate([]), one: simulate(['--threads', '1']) }, 5);
  const baseline = times['node -e 0'] as number;
  const perSecond = (ms: number | undefined) => (ms === undefined ? '' : `, ${Math.round((trials / ms) * 1000).toLocaleString('en-US')} trials/s`);
  rows.push({ name: `simulate ${trials.toLocaleString('en-US')} trials, 2 × 10 ranged items × 60 months (${availableParallelism()} threads)`, value: `${ratio(times.cores, baseline)}${perSecond(times.cores)}`, target: '≤ 15×' });
  rows.push({ name: `simulate, the same with --threads 1`, value: `${ratio(times.one, baseline)}${perSecond(times.one)}`, target: '' });
} finally {
  rmSync(simulationDir, { recursive: true, force: true });
}

function ratio(ms: number | undefined, baseline: number): string {
  if (ms === undefined) return 'n/a';
  return `${(ms / baseline).toFixed(2)}× node -e 0 (${ms.toFixed(0)} ms)`;
}

const width = Math.max(...rows.map((r) => r.name.length));
for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.value}${row.target ? `   target ${row.target}` : ''}`);
