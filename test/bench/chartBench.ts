/**
 * The chart benchmark `npm run bench` runs (test/bench/bench.ts): how long drawing the
 * break-even chart of the founding example takes as a whole process — start-up, loading
 * vega, vega-lite and resvg, compiling, rendering and writing the file — to SVG and to PNG,
 * each as a ratio to `node -e 0` measured in the same run, interleaved, so a busy machine
 * slows both sides alike.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** One measurement: the median wall time and its ratio to `node -e 0`. */
export type ChartBenchRow = { readonly name: string; readonly ratio: number; readonly ms: number };

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOUNDING = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];

/**
 * Times `costmodel chart <founding example> -o chart.svg` and `-o chart.png` against
 * `node -e 0`. Uses the built CLI (dist/bin/costmodel.js, as `npm run bench` builds it), or
 * else the TypeScript sources through tsx, which the row names then say.
 */
export async function chartBench(runs = 11): Promise<ChartBenchRow[]> {
  const built = `${root}dist/bin/costmodel.js`;
  const cli = existsSync(built) ? [built] : ['--import', 'tsx', `${root}bin/costmodel.ts`];
  const how = existsSync(built) ? '' : ' (from source, through tsx)';
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-chart-bench-'));
  try {
    const commands: Record<string, string[]> = {
      baseline: ['-e', '0'],
      svg: [...cli, 'chart', ...FOUNDING, '--revisit', '2010-05', '-o', join(dir, 'chart.svg')],
      png: [...cli, 'chart', ...FOUNDING, '--revisit', '2010-05', '-o', join(dir, 'chart.png')],
    };
    const samples: Record<string, number[]> = { baseline: [], svg: [], png: [] };
    // One unmeasured round warms the file system cache.
    for (let run = -1; run < runs; run++) {
      for (const [name, args] of Object.entries(commands)) {
        const started = performance.now();
        execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
        if (run >= 0) samples[name]?.push(performance.now() - started);
      }
    }
    const baseline = median(samples['baseline'] ?? []);
    const row = (name: string, key: string): ChartBenchRow => {
      const ms = median(samples[key] ?? []);
      return { name, ratio: ms / baseline, ms };
    };
    return [
      row(`costmodel chart (founding example, break-even) -o chart.svg, vs node -e 0${how}`, 'svg'),
      row(`costmodel chart (founding example, break-even) -o chart.png, vs node -e 0${how}`, 'png'),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// `node --import tsx test/bench/chartBench.ts` runs it on its own.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { name, ratio, ms } of await chartBench()) console.log(`${name}: ${ratio.toFixed(2)}× (${ms.toFixed(0)} ms)`);
}
