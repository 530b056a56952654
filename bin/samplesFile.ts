import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { Issue } from '../lib/issues/issue.js';
import type { SimulationSamples } from '../lib/report/simulationSamples.js';
import { emitOutput, type CliContext } from './context.js';
import { outputFileIssues } from './outputFiles.js';

/** `--samples FILE`: also write every trial of a simulation as CSV. */
export function withSamplesOption<T>(yargs: Argv<T>) {
  return yargs.option('samples', {
    type: 'string',
    requiresArg: true,
    describe: "Also write every trial to FILE as CSV: what each uncertain input drew, each scenario's total (and NPV), for a spreadsheet",
  });
}

/**
 * Problems with where a simulation will write, before anything is simulated: the `-o` file
 * and the `--samples` file each need a folder and must not be an input; the trials cannot go
 * to standard output while the summary does, nor to the `-o` file.
 */
export function simulationOutputIssues(output: string | undefined, samples: string | undefined, inputs: readonly string[]): Issue[] {
  const toStdout = (file: string | undefined) => file === undefined || file === '-';
  const files = [output, samples].filter((file): file is string => file !== undefined);
  const unnamed = (
    [
      ['-o', output],
      ['--samples', samples],
    ] as const
  ).flatMap(([flag, file]): Issue[] => (file?.trim() === '' ? [{ code: 'invalid-option', message: `${flag}: expected a file name, found ${JSON.stringify(file)}` }] : []));
  if (unnamed.length > 0) return unnamed;
  if (samples === undefined) return outputFileIssues(files, inputs);
  if (samples === '-' && toStdout(output)) {
    return [{ code: 'invalid-option', message: '--samples -: standard output carries the summary; name a file for the trials, or send the summary to one with -o FILE' }];
  }
  if (!toStdout(samples) && !toStdout(output) && resolve(samples) === resolve(output as string)) {
    return [{ code: 'invalid-option', file: samples, message: '--samples: that is also the -o file; give the trials a file of their own' }];
  }
  return outputFileIssues(files, inputs);
}

/** Writes the trials as CSV to `file` (`-`: standard output), part by part, atomically and never over an input. */
export async function writeSamples(context: CliContext, samples: SimulationSamples, file: string, inputs: readonly string[]): Promise<boolean> {
  const { simulationSamplesCsvParts } = await import('../lib/render/renderSimulationSamplesCsv.js');
  return emitOutput(context, simulationSamplesCsvParts(samples), file, inputs);
}
