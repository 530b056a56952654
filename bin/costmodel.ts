#!/usr/bin/env node
import { runCli } from './cli.js';
import { EXIT, systemErrorReason } from './context.js';

// `costmodel schedule … | head` closes the pipe early: that is the reader's choice, not an
// error, and the run ends quietly. Any other failure to write standard output (a full disk)
// ends with one line and its own exit code, never a stack trace. Nothing can be said when
// standard error itself fails.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  process.stderr.write(`costmodel: cannot write to standard output: ${systemErrorReason(error)}\n`);
  process.exit(EXIT.unwritableStdout);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT.ok) : EXIT.unwritableStdout));

// The table fits the terminal; piped output uses $COLUMNS when set, else 80 columns.
const columnsFromEnvironment = Number(process.env.COLUMNS);
const columns = process.stdout.isTTY
  ? process.stdout.columns
  : Number.isInteger(columnsFromEnvironment) && columnsFromEnvironment > 0
    ? columnsFromEnvironment
    : undefined;
void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(columns === undefined ? {} : { columns }),
  // Progress is drawn only for a person watching a terminal: never into a pipe, a file or a
  // CI log (some CI runners give their jobs a terminal, and set CI).
  ...(process.stderr.isTTY && process.env.CI === undefined ? { stderrColumns: process.stderr.columns } : {}),
}).then((code) => {
  process.exitCode = code;
  // Once all is written and nothing is left to do, the process ends without freeing its heap
  // object by object, which Node would do first (some 3 ms after comparing 1,000 files).
  process.once('beforeExit', () => process.exit());
});
