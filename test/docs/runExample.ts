import { runCli } from '../../bin/cli.js';
import type { Issue } from '../../lib/issues/issue.js';
import type { ConsoleExample } from './consoleExamples.js';

/** What a terminal would show for one command: stdout and stderr interleaved, and the exit code. */
export type ExampleRun = { readonly output: string; readonly exitCode: number };

/**
 * Runs one docs example in-process through `runCli`, with its `NAME=value` environment
 * assignments set for the run only (changed in place on `process.env`, which yargs reads
 * directly), and CRLF line ends (CSV) turned into LF as a Markdown file holds them. `onIssue`
 * receives each problem the CLI reports, as data.
 */
export async function runExample(example: ConsoleExample, onIssue?: (issue: Issue) => void): Promise<ExampleRun> {
  let output = '';
  const saved = Object.fromEntries(Object.keys(example.env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, example.env);
  try {
    const exitCode = await runCli(example.args, {
      stdout: (text) => (output += text),
      stderr: (text) => (output += text),
      ...(onIssue === undefined ? {} : { issue: onIssue }),
    });
    return { output: output.replace(/\r\n/g, '\n'), exitCode };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Removes the reader's own COSTMODEL_* settings, which would change what the examples print. */
export function clearCostmodelEnvironment(): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('COSTMODEL_')) delete process.env[name];
}
