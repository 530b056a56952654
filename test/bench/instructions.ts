/**
 * `npm run bench:instructions`: what the binary's runs cost in machine instructions, counted
 * by valgrind. Wall times on a shared machine move by a tenth from one run to the next, more
 * than most changes to the engine gain; these counts repeat to a few parts in a million for
 * the founding example and to within about 0.2% for 1,000 files (V8's garbage collector
 * still paces itself by the clock). The same 1,000 files in another folder can count up to
 * 3% more or less (with the length of their paths, V8's optimizing compiler makes other
 * choices), so that row is counted in three folders: its median, its range, and a build's
 * change in each folder. A change that moves all three the same way, by more than 0.2%, is
 * real. A figure for comparing builds and finding where the work goes, not a speed: a run's
 * wall time also depends on cores, caches and what else the machine does.
 *
 *   each run: valgrind --tool=callgrind node --single-threaded --hash-seed=1 --random-seed=1
 *     dist/bin/costmodel.js …
 *     V8 single-threaded: its optimizing compiler and garbage collector work on the main
 *     thread, in the same order every run, and are counted (in a normal run they also use
 *     a second core); fixed seeds: the same hash tables every run. The flags also make V8
 *     turn down the build's code cache, so parsing and compiling the script are counted too,
 *     alike for every build.
 *   rows: node -e 0 (the baseline); compare of the founding example's two files; compare of
 *     1,000 generated scenario files × 10 items × 120 months (the scale row of `npm run bench`),
 *     in three folders
 *   for each row: its instructions, as a multiple of the baseline's, and the shares of the
 *     optimizing compiler, garbage collections and incremental marking, compiling the script
 *     and compiling functions on their first call, and JSON.parse
 *
 * `npm run bench:instructions -- --against DIST` counts the same runs of another build too
 * (a dist/ folder: build the other commit in a worktree) and prints the difference.
 * Needs valgrind (Debian: apt-get install valgrind); not part of `npm test`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGeneratedScenarios } from './generateScenarios.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const [option, value, ...rest] = process.argv.slice(2);
const against = option === undefined ? undefined : option.startsWith('--against=') ? option.slice('--against='.length) : option === '--against' ? value : undefined;
if (option !== undefined && (against === undefined || against === '' || rest.length > 0 || (option !== '--against' && value !== undefined))) {
  throw new Error(`usage: npm run bench:instructions [-- --against <the dist/ folder of another build>], not ${process.argv.slice(2).join(' ')}`);
}
// npm runs scripts from the package's folder: a relative path is read from where npm was run.
const builds: Record<string, string> = { 'this build': join(root, 'dist'), ...(against === undefined ? {} : { 'the other build': resolve(process.env['INIT_CWD'] ?? process.cwd(), against) }) };
for (const dist of Object.values(builds)) {
  if (!existsSync(join(dist, 'bin/costmodel.js'))) throw new Error(`${dist}/bin/costmodel.js is missing: run npm run build (or build that commit) first`);
}
if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('valgrind is not installed (Debian: apt-get install valgrind)');

/** What a run's instructions are spent on: callgrind's inclusive count of these functions of node. */
const SHARES: Record<string, RegExp> = {
  'optimizing compiler': /v8::internal::Runtime_CompileOptimized\(/,
  'garbage collections': /v8::internal::Heap::CollectGarbage\(/,
  'incremental marking': /v8::internal::IncrementalMarking::Step\(/,
  'compiling the script': /v8::ScriptCompiler::CompileUnboundInternal\(/,
  'compiling functions on first call': /v8::internal::Runtime_CompileLazy\(/,
  'JSON.parse': /v8::internal::Builtin_JsonParse\(/,
};

type Count = { readonly total: number; readonly shares: Record<string, number> };

/** The instructions of one run of node with these arguments, and how many went to each of SHARES. */
function count(args: readonly string[], work: string): Count {
  const out = join(work, 'callgrind.out');
  const node = [process.execPath, '--single-threaded', '--hash-seed=1', '--random-seed=1'];
  const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, '--smc-check=all-non-file', ...node, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`valgrind node ${args.slice(0, 3).join(' ')} … failed:\n${run.stderr.slice(-2000)}`);
  const total = Number(/Collected : (\d+)/.exec(run.stderr)?.[1]);
  if (!Number.isFinite(total)) throw new Error(`valgrind reported no instruction count:\n${run.stderr.slice(-2000)}`);
  const annotated = execFileSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  // A recursive function's inner calls are listed again with a '2 suffix: only its outermost entry counts.
  const outermost = annotated.split('\n').filter((text) => !/'\d+ \[/.test(text));
  const shares: Record<string, number> = {};
  for (const [name, pattern] of Object.entries(SHARES)) {
    const line = outermost.find((text) => pattern.test(text));
    shares[name] = line === undefined ? 0 : Number((/^\s*([\d,]+)/.exec(line)?.[1] ?? '0').replaceAll(',', ''));
  }
  rmSync(out, { force: true });
  return { total, shares };
}

// The same folders every time: the files' paths are strings the runs hash and compare, and a
// folder named anew each time moved the count of the same build by up to 2%. Even so, one
// build's count of the 1,000 files moves by up to 3% with the length of their folder's
// name (V8's optimizing compiler then makes other choices), more than many changes gain:
// that row is counted in three folders, whose paths differ in length, with the same files.
const work = join(tmpdir(), 'costmodel-instructions');
// The short folder sits beside the others, so its paths are the shortest: it is only ever
// removed when it holds the mark this tool leaves in it.
const scaleFolders = [join(tmpdir(), 'costmodel-i'), join(work, 'scale'), join(work, 'scenario-files-in-a-folder-with-a-longer-name')];
const MARK = '.made-by-costmodel-bench-instructions';
const removeFolders = () => {
  const outside = scaleFolders[0] as string;
  if (existsSync(outside)) {
    if (!existsSync(join(outside, MARK))) throw new Error(`${outside} exists and was not made by this tool: remove it or rename it`);
    rmSync(outside, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
};
removeFolders();
mkdirSync(work);
try {
  const scaleFiles = scaleFolders.map((folder) => {
    mkdirSync(folder);
    writeFileSync(join(folder, MARK), '');
    return writeGeneratedScenarios(folder, 1000, 10);
  });
  // Each row: the arguments of its runs, one run per variant.
  const runs: Record<string, ((bin: string) => string[])[]> = {
    'node -e 0': [() => ['-e', '0']],
    'compare, founding example': [(bin) => [bin, 'compare', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json']],
    'compare, 1,000 files × 10 items × 120 months': scaleFiles.map((files) => (bin: string) => [bin, 'compare', ...files, '--months', '120']),
  };
  const counts: Record<string, Record<string, Count[]>> = {};
  for (const [build, dist] of Object.entries(builds)) {
    counts[build] = {};
    for (const [name, variants] of Object.entries(runs)) {
      if (name === 'node -e 0' && build !== 'this build') continue;
      (counts[build] as Record<string, Count[]>)[name] = variants.map((args) => count(args(join(dist, 'bin/costmodel.js')), work));
    }
  }
  const millions = (n: number) => `${(n / 1e6).toFixed(1)} M`;
  const percent = (n: number) => `${(n * 100).toFixed(2)}%`;
  const baseline = medianCount(counts['this build']?.['node -e 0'] as Count[]);
  console.log(`node ${process.version}, V8 single-threaded with fixed seeds, instructions counted by valgrind\n`);
  for (const [build, rows] of Object.entries(counts)) {
    console.log(`${build} (${builds[build]})`);
    for (const [name, variants] of Object.entries(rows)) {
      const { total, shares } = medianCount(variants);
      const parts = Object.entries(shares)
        .filter(([, n]) => n > 0)
        .map(([share, n]) => `${share} ${((n / total) * 100).toFixed(1)}%`)
        .join(', ');
      const ratio = name === 'node -e 0' ? '' : `  ${(total / baseline.total).toFixed(2)}× node -e 0`;
      const totals = variants.map((variant) => variant.total);
      const spread = variants.length > 1 ? `  (median of ${variants.length} folders: ${millions(Math.min(...totals))} to ${millions(Math.max(...totals))})` : '';
      console.log(`  ${name.padEnd(46)} ${millions(total).padStart(10)}${ratio}${spread}`);
      if (parts !== '') console.log(`  ${''.padEnd(46)} ${parts}`);
    }
  }
  if (against !== undefined) {
    console.log(`\nthis build against the other build`);
    for (const name of Object.keys(runs)) {
      const ours = counts['this build']?.[name];
      const theirs = counts['the other build']?.[name];
      if (ours === undefined || theirs === undefined) continue;
      // Each folder's files against the same files: the median of those changes (with that
      // folder's difference in instructions), and each.
      const changes = ours.map((count, i) => ({ change: count.total / (theirs[i] as Count).total - 1, difference: count.total - (theirs[i] as Count).total }));
      const middle = [...changes].sort((a, b) => a.change - b.change)[Math.floor((changes.length - 1) / 2)] as { change: number; difference: number };
      const each = changes.length > 1 ? `  in each folder: ${changes.map(({ change }) => percent(change)).join(', ')}` : '';
      console.log(`  ${name.padEnd(46)} ${percent(middle.change).padStart(6)}  (${millions(middle.difference)})${each}`);
    }
  }
} finally {
  removeFolders();
}

/** The run whose total is the median of the variants' (the lower middle one of an even number). */
function medianCount(variants: readonly Count[]): Count {
  const sorted = [...variants].sort((a, b) => a.total - b.total);
  return sorted[Math.floor((sorted.length - 1) / 2)] as Count;
}
