import { formatIssue, type Issue } from '../lib/issues/issue.js';
import { stageOutputFile, type StagedOutput } from '../lib/io/writeOutputFile.js';

/** Where the CLI writes: the process's streams in `costmodel`, buffers in tests. */
export type CliIo = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Terminal width for the table, when stdout is a terminal. */
  readonly columns?: number;
  /** Receives each input problem as data as it is reported, for programs that run the CLI in-process. */
  readonly issue?: (issue: Issue) => void;
  /** Standard error's width when it is a terminal, where a long simulation shows its progress; absent otherwise (pipes, CI, tests), and nothing is drawn. */
  readonly stderrColumns?: number;
  /** The clock progress is timed by, in milliseconds (default `performance.now`). */
  readonly now?: () => number;
};

/** What every command gets: the streams, a way to set the exit code, and the files read so far (never written over). */
export type CliContext = {
  readonly io: CliIo;
  exitCode: number;
  /** Every file this run has read or is reading: scenario files, their bases and CSV files, the config file, actual spending, a record. */
  readonly read: string[];
  /** The output files written so far, each beside its target until the command succeeds (see {@link settleOutputs}). */
  readonly staged: StagedOutput[];
  /** Where the options not given on the command line were given (`--months` → `COSTMODEL_MONTHS`), to name them there in problems. */
  optionPlaces?: ReadonlyMap<string, string>;
  /** The options of other commands that the command being run ignores as defaults (see acceptOtherCommandsOptions in bin/options.ts). */
  otherCommandsOptions?: ReadonlySet<string>;
};

/** Exit codes: 0 success, 1 anything unexpected, 2 bad input or usage, 3 standard output could not be written. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, unwritableStdout: 3 } as const;

/**
 * What went wrong in a system call, in words, with its code: "no space left on device
 * (ENOSPC)" from Node's "ENOSPC: no space left on device, write".
 */
export function systemErrorReason(error: NodeJS.ErrnoException): string {
  const words = /^[A-Z0-9_]+: ([^,]+)/.exec(error.message)?.[1] ?? error.message;
  return error.code === undefined || words.includes(error.code) ? words : `${words} (${error.code})`;
}

/**
 * The most problems printed, one line each: a spreadsheet with thousands of bad rows would
 * otherwise bury the terminal. The rest are counted; `CliIo.issue` and the library get all.
 */
export const MAX_PRINTED_ISSUES = 50;

/**
 * Reports input problems on stderr, one per line (the first {@link MAX_PRINTED_ISSUES}, then
 * how many more), then a count and what did not happen; sets exit code 2.
 */
export function reportIssues(context: CliContext, given: readonly Issue[], consequence: string): void {
  const issues = given.map((issue) => namedWhereGiven(issue, context.optionPlaces));
  issues.forEach((issue, index) => {
    context.io.issue?.(issue);
    if (index < MAX_PRINTED_ISSUES) context.io.stderr(`${formatIssue(issue)}\n`);
  });
  const unprinted = issues.length - MAX_PRINTED_ISSUES;
  if (unprinted > 0) context.io.stderr(`… and ${unprinted} more ${unprinted === 1 ? 'problem' : 'problems'}\n`);
  const files = new Set(issues.map((issue) => issue.file).filter((file) => file !== undefined));
  const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const where = files.size === 0 ? '' : files.size === 1 ? ' in 1 file' : ` in ${files.size} files`;
  context.io.stderr(`${problems}${where}. ${consequence}\n`);
  context.exitCode = EXIT.badInput;
}

/**
 * Sends a command's output to stdout, or to a file (never over `inputs` nor any file the run
 * has read: `context.read`), written beside it and put in place, atomically, with the
 * command's other files when the command succeeds ({@link settleOutputs}).
 * Returns false (after reporting) when the file cannot be written. Content in parts (an
 * iterable of strings) is written part by part.
 */
export async function emitOutput(
  context: CliContext,
  content: string | Uint8Array | Iterable<string>,
  output: string | undefined,
  inputs: readonly string[],
): Promise<boolean> {
  if (output === undefined || output === '-') {
    if (typeof content === 'string') context.io.stdout(content);
    else if (content instanceof Uint8Array) context.io.stdout(Buffer.from(content).toString('binary'));
    else for (const part of content) context.io.stdout(part);
    return true;
  }
  const staged = await stageOutputFile(output, content, { inputs: [...inputs, ...context.read] });
  if (!staged.ok) {
    reportIssues(context, staged.issues, 'Nothing was written.');
    return false;
  }
  context.staged.push(staged.value);
  return true;
}

/**
 * A problem with an option's value (`--months: …`, `--rate EUR: …`), named where the option was
 * given when that is not the command line (`COSTMODEL_MONTHS: …`). A problem in a file names
 * the file, and stays as it is.
 */
function namedWhereGiven(issue: Issue, places: ReadonlyMap<string, string> | undefined): Issue {
  if (issue.file !== undefined || places === undefined) return issue;
  const option = /^--[a-z][a-z-]*(?=[: ])/.exec(issue.message)?.[0];
  const place = option === undefined ? undefined : places.get(option);
  return place === undefined ? issue : { ...issue, message: `${place}${issue.message.slice((option as string).length)}` };
}

/** Removes the output files written so far, none of which is put in place. */
export async function discardOutputs(context: CliContext): Promise<void> {
  await Promise.all(context.staged.splice(0).map((output) => output.discard()));
}

/**
 * Puts the command's output files in place when it succeeded, all of them, or removes them
 * when it did not: a report whose decision record cannot be written leaves the report it
 * would have replaced as it was, as its message says ("Nothing was written."). Only a rename
 * can fail here, which a file written beside its target hardly ever does; the files put in
 * place before it are then named.
 */
export async function settleOutputs(context: CliContext): Promise<void> {
  if (context.exitCode !== EXIT.ok) return discardOutputs(context);
  const staged = context.staged.splice(0);
  const placed: string[] = [];
  for (const [index, output] of staged.entries()) {
    const committed = await output.commit();
    if (committed.ok) {
      placed.push(output.path);
      continue;
    }
    await Promise.all(staged.slice(index + 1).map((rest) => rest.discard()));
    reportIssues(context, committed.issues, placed.length === 0 ? 'Nothing was written.' : `Only ${placed.join(', ')} ${placed.length === 1 ? 'was' : 'were'} written.`);
    return;
  }
}
