/**
 * The fuzz suite's property: whatever the scenario file and options, every command run
 * in-process ends with exit 0 or 2, never a stack trace or an internal error, in bounded
 * time and memory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../bin/cli.js';

/** The commands a case runs: the cheap ones always, the costly ones by turns (`slow`). */
export const COMMANDS = ['validate', 'compare', 'schedule', 'chart-svg', 'report', 'simulate', 'chart-png'] as const;
export type FuzzCommand = (typeof COMMANDS)[number];

/** One case: a scenario file (as JSON, or raw text), the options and the commands to run. */
export type FuzzCase = { readonly file: unknown; readonly options: readonly string[]; readonly commands: readonly FuzzCommand[] };

/** At most this long per command: the slowest valid case (1,200 months through a report) takes a few seconds. */
const MAX_MILLISECONDS = 20_000;
/** At most this much more heap after a command. */
const MAX_HEAP_GROWTH = 512 * 1024 * 1024;

function argsOf(command: FuzzCommand, file: string, dir: string): string[] {
  switch (command) {
    case 'validate':
      return ['validate', file];
    case 'compare':
      return ['compare', file, file.replace('a.json', 'b.json'), '--format', 'json'];
    case 'schedule':
      return ['schedule', file];
    case 'chart-svg':
      return ['chart', file, '--format', 'svg'];
    case 'chart-png':
      return ['chart', file, '-o', join(dir, 'chart.png')];
    case 'report':
      return ['report', file, '--date', '2009-05-04', '--format', 'markdown'];
    case 'simulate':
      return ['simulate', file, '--trials', '20'];
  }
}

/** What went wrong with one run, or undefined when the property holds. */
export async function fuzzFailure(test: FuzzCase): Promise<string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-fuzz-'));
  try {
    const file = join(dir, 'a.json');
    writeFileSync(file, typeof test.file === 'string' ? test.file : JSON.stringify(test.file, null, 2));
    // A second, valid scenario, so that comparisons have a baseline.
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ name: 'Other', currency: 'USD', start: '2009-05', costs: [{ name: 'Rack', kind: 'recurring', amount: '1000', every: 'month' }] }));
    for (const command of test.commands) {
      let stderr = '';
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const code = await runCli([...argsOf(command, file, dir), ...(command === 'validate' ? [] : test.options)], {
        stdout: () => undefined,
        stderr: (text) => {
          stderr += text;
        },
        now: () => Date.UTC(2010, 4, 3),
      });
      const elapsed = performance.now() - started;
      const grown = process.memoryUsage().heapUsed - heapBefore;
      if (code !== 0 && code !== 2) return `${command}: exit ${code}\n${stderr}`;
      if (/^\s+at /m.test(stderr)) return `${command}: a stack trace\n${stderr}`;
      if (/unexpected error|this is a bug|internal/i.test(stderr)) return `${command}: an internal error\n${stderr}`;
      // Unquoted, they are a value that was never there; quoted, the input gave them.
      if (/(?<!")\b(undefined|NaN)\b(?!")/.test(stderr)) return `${command}: "undefined" or "NaN" in a message\n${stderr}`;
      if (elapsed > MAX_MILLISECONDS) return `${command}: took ${Math.round(elapsed)} ms`;
      if (grown > MAX_HEAP_GROWTH) return `${command}: the heap grew by ${Math.round(grown / 1024 / 1024)} MB`;
    }
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
