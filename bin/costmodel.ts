#!/usr/bin/env node
import { runCli } from './cli.js';

// `costmodel schedule … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// The table fits the terminal; piped output uses $COLUMNS when set, else 80 columns.
const columnsFromEnvironment = Number(process.env.COLUMNS);
const columns = process.stdout.isTTY
  ? process.stdout.columns
  : Number.isInteger(columnsFromEnvironment) && columnsFromEnvironment > 0
    ? columnsFromEnvironment
    : undefined;
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(columns === undefined ? {} : { columns }),
  // Progress is drawn only for a person watching a terminal: never into a pipe, a file or a
  // CI log (some CI runners give their jobs a terminal, and set CI).
  ...(process.stderr.isTTY && process.env.CI === undefined ? { stderrColumns: process.stderr.columns } : {}),
});
