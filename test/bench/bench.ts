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
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

function ratio(ms: number | undefined, baseline: number): string {
  if (ms === undefined) return 'n/a';
  return `${(ms / baseline).toFixed(2)}× node -e 0 (${ms.toFixed(0)} ms)`;
}

const width = Math.max(...rows.map((r) => r.name.length));
for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.value}${row.target ? `   target ${row.target}` : ''}`);
