/**
 * `npm run bench`: performance figures as ratios against `node -e 0` measured in the same
 * run. Every whole-process figure comes from runs taken in turn (baseline, A, B, …, baseline,
 * A, B, …): a row's ratio is the median of its rounds' ratios (each run against the baseline
 * run of its own round), so a busy machine slows every row alike and neither flatters nor
 * punishes one. Beside it, the middle half of those ratios (first to third quartile) says how
 * much the machine moved them: a row whose range straddles its target is on its line, whatever
 * one run says. Not part of `npm test`.
 *
 *   1. whole processes, paired with `node -e 0`: `costmodel compare` of the founding example;
 *      importing the library; the library's import + loadScenarios + first compare; the
 *      break-even chart to SVG and PNG; the revisit report to HTML and to Markdown (with its
 *      PNG chart)
 *   2. the engine at scale, the headline: `costmodel compare` of 1,000 scenario files × 10
 *      items × 120 months as a whole process, cold — start-up, reading, validation, the
 *      ledger and the table — in item-months per second, with its peak memory (maximum
 *      resident set); beside it, named as such, the same work warm and in memory
 *      (parseScenario + compare on files already parsed, median of 5 runs in one process), and
 *      the floor of reading them: a plain Node script that reads and parses the same files
 *   3. the revisit report's thresholds: each input solved or searched by running the model
 *      again, as a multiple of one comparison of the same scenarios
 *   4. `costmodel simulate`: 100,000 trials of 2 scenarios × 10 ranged items × 60 months as a
 *      whole process vs `node -e 0`, on every core and on one thread, with trials per second
 */
import { execFileSync, spawnSync } from 'node:child_process';
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
import { generateScenarios, writeGeneratedScenarios } from './generateScenarios.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = `${root}dist/bin/costmodel.js`;
const library = `${root}dist/lib/index.js`;
if (!existsSync(bin) || !existsSync(library)) throw new Error('dist/ is missing: npm run bench builds it first');
const scenarioFiles = readdirSync(`${root}scenarios`)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => `scenarios/${name}`);
const FOUNDING = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];

/**
 * Wall times in ms of each command as a whole process, one a round. The commands run in turn,
 * round after round (one unmeasured round first warms the file system cache), so each round's
 * conditions are shared by every command, the baseline included.
 */
export function processTimes(commands: Record<string, readonly string[]>, runs: number): Record<string, number[]> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let run = -1; run < runs; run++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now();
      execFileSync(process.execPath, [...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
      if (run >= 0) samples[name]?.push(performance.now() - started);
    }
  }
  return samples;
}

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile of values, interpolated between the two nearest ranks (the spreadsheet's QUARTILE.INC). */
function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] as number;
  const above = sorted[Math.ceil(position)] as number;
  return below + (above - below) * (position - Math.floor(position));
}

/**
 * A command against the baseline, round by round: the median of the ratios of its run to the
 * baseline's run of the same round, with the first and third quartiles of those ratios, and
 * the median of its own runs (not the baseline's median times the ratio).
 */
function pairedRatio(times: Record<string, number[]>, name: string, baseline = 'node -e 0'): string {
  const runs = times[name];
  const baselineRuns = times[baseline];
  if (runs === undefined || baselineRuns === undefined || runs.length !== baselineRuns.length) throw new Error(`no paired runs of ${name}`);
  const ratios = runs.map((ms, round) => ms / (baselineRuns[round] as number));
  return `${median(ratios).toFixed(2)}× ${baseline} (middle half of rounds ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}×; median run ${median(runs).toFixed(0)} ms)`;
}

/** The peak resident memory of a command as a whole process, in MB (from a run of its own, not timed). */
function peakMemoryMb(args: readonly string[]): number {
  const report = `process.on('exit', () => process.stderr.write('costmodel-bench-max-rss ' + process.resourceUsage().maxRSS + '\\n'));`;
  const { stderr } = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(report)}`, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, encoding: 'utf8' });
  const kilobytes = Number(/costmodel-bench-max-rss (\d+)/.exec(stderr)?.[1]);
  if (!Number.isFinite(kilobytes)) throw new Error(`no peak memory reported:\n${stderr}`);
  return kilobytes / 1024;
}

type Row = { name: string; value: string; target: string };
const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'costmodel-bench-'));

// 1 and 2. Whole processes, paired with node -e 0; the scale run writes its scenario files first.
const SCALE = { scenarios: 1000, items: 10, months: 120 } as const;
const scaleFiles = writeGeneratedScenarios(work, SCALE.scenarios, SCALE.items);
const scaleCompare = [bin, 'compare', ...scaleFiles, '--months', String(SCALE.months)];
// What any Node program given these files must do before it can count a month: start, read each file, parse its JSON.
const scaleReadFloor = ['-e', "const { readFileSync } = require('node:fs'); for (const file of process.argv.slice(1)) JSON.parse(readFileSync(file, 'utf8'));", ...scaleFiles];
const firstCompare = [
  `import { compare, loadScenarios } from ${JSON.stringify(library)};`,
  `compare(await loadScenarios(${JSON.stringify(FOUNDING)}), { months: 36 });`,
].join('\n');
const times = processTimes(
  {
    'node -e 0': ['-e', '0'],
    compare: [bin, 'compare', ...scenarioFiles],
    import: ['--input-type=module', '-e', `import ${JSON.stringify(library)}`],
    'first compare': ['--input-type=module', '-e', firstCompare],
    svg: [bin, 'chart', ...FOUNDING, '--revisit', '2010-05', '-o', join(work, 'chart.svg')],
    png: [bin, 'chart', ...FOUNDING, '--revisit', '2010-05', '-o', join(work, 'chart.png')],
    'report html': [bin, 'report', ...FOUNDING, '--date', '2009-05-04', '-o', join(work, 'report.html')],
    'report md': [bin, 'report', ...FOUNDING, '--date', '2009-05-04', '-o', join(work, 'report.md')],
    scale: scaleCompare,
    'scale read floor': scaleReadFloor,
  },
  9,
);
const nodeMs = median(times['node -e 0'] ?? []);
const vsNode = (name: string) => pairedRatio(times, name);
rows.push({ name: 'node -e 0 (baseline, median of 9 rounds)', value: `${nodeMs.toFixed(0)} ms`, target: '' });
rows.push({ name: 'costmodel compare scenarios/*.json', value: vsNode('compare'), target: '≤ 1.8×' });
rows.push({ name: 'import the library entry point', value: vsNode('import'), target: '≤ 1.5×' });
rows.push({ name: 'library: import + loadScenarios + first compare (founding example)', value: vsNode('first compare'), target: '≤ 1.5×' });
rows.push({ name: 'costmodel chart (founding example, break-even) -o chart.svg', value: vsNode('svg'), target: '≤ 3.5×' });
rows.push({ name: 'costmodel chart (founding example, break-even) -o chart.png', value: vsNode('png'), target: '≤ 4×' });
rows.push({ name: 'costmodel report (founding example) -o report.html', value: vsNode('report html'), target: '≤ 4.5×' });
rows.push({ name: 'costmodel report (founding example) -o report.md, with its PNG chart', value: vsNode('report md'), target: '≤ 4.5×' });

const itemMonths = SCALE.scenarios * SCALE.items * SCALE.months;
const perSecond = (ms: number) => `${(itemMonths / ms / 1000).toFixed(2)} M item-months/s`;
const scaleMs = median(times.scale ?? []);
rows.push({
  name: `compare ${SCALE.scenarios.toLocaleString('en-US')} scenario files × ${SCALE.items} items × ${SCALE.months} months, whole process, cold (start-up, reading, validation, ledger, table)`,
  value: `${perSecond(scaleMs)}; ${pairedRatio(times, 'scale')}; peak memory ${peakMemoryMb(scaleCompare).toFixed(0)} MB`,
  target: '≥ 5 M/s, ≤ 150 MB',
});
const parsedFiles = generateScenarios(SCALE.scenarios, SCALE.items);
const warm: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const scenarios = parsedFiles.map((file, i) => unwrap(parseScenario(file, `generated-${i}.json`)));
  compare(scenarios, { months: SCALE.months });
  warm.push(performance.now() - started);
}
rows.push({ name: '  the same, warm and in memory (parseScenario + compare on parsed files, median of 5 in one process)', value: `${perSecond(median(warm))} (${median(warm).toFixed(0)} ms)`, target: '' });
rows.push({
  name: '  the same files read and JSON-parsed by a plain Node script, nothing counted (the floor of reading them)',
  value: `${pairedRatio(times, 'scale read floor')}; the whole-process goal of 5 M/s allows ${(itemMonths / 5000).toFixed(0)} ms`,
  target: '',
});

// 3. The revisit report's thresholds
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
// 4. Simulation: 100,000 trials of two scenarios of 10 items over 60 months, every amount and
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
  const perSecond = (name: string) => `, ${Math.round((trials / median(times[name] ?? [])) * 1000).toLocaleString('en-US')} trials/s`;
  rows.push({ name: `simulate ${trials.toLocaleString('en-US')} trials, 2 × 10 ranged items × 60 months (${availableParallelism()} threads)`, value: `${pairedRatio(times, 'cores')}${perSecond('cores')}`, target: '≤ 15×' });
  rows.push({ name: `simulate, the same with --threads 1`, value: `${pairedRatio(times, 'one')}${perSecond('one')}`, target: '' });
} finally {
  rmSync(simulationDir, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.name.length));
for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.value}${row.target ? `   target ${row.target}` : ''}`);
rmSync(work, { recursive: true, force: true });
