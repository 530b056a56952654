/**
 * The costmodel command line: parse flags → call the library → write output.
 *
 *   argv ─▶ yargs (commands, shared option groups, config file, env)
 *        ─▶ command handler (lib/io reads, lib/report computes, lib/render renders)
 *        ─▶ stdout or an atomically written -o file; problems on stderr; exit 0 / 1 / 2
 *
 * `createCli()` builds the parser without side effects, so tests drive it in-process
 * through `runCli(args, io)`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs, { type Argv } from 'yargs';
import { compareCommand } from './commands/compare.js';
import { scheduleCommand } from './commands/schedule.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, type CliContext, type CliIo } from './context.js';
import { didYouMean } from '../lib/issues/didYouMean.js';

/** A mistake in how the command was called (unknown flag, missing file argument, …). */
class UsageError extends Error {}

/** Builds the parser. Nothing runs until `parse`/`parseAsync` is called. */
export function createCli(context: CliContext): Argv {
  return yargs()
    .scriptName('costmodel')
    .usage('costmodel: model hosting options over time — self-host or move to a provider?\n\nUsage: $0 <command> [options]')
    .command(compareCommand(context))
    .command(scheduleCommand(context))
    .command(validateCommand(context))
    .command(schemaCommand(context))
    .demandCommand(1, 'Name a command: compare, schedule, validate or schema.')
    .recommendCommands()
    .strict()
    .config('config', 'JSON file of default options, e.g. {"months": 60, "discount-rate": "8%"}', readConfigFile)
    .pkgConf('costmodel')
    .env('COSTMODEL')
    .version(packageVersion())
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(100, context.io.columns ?? 80))
    .epilogue('Exit codes: 0 success, 2 bad input or usage, 1 anything else. Docs: docs/cli.md')
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
}

/** Runs the CLI on the given arguments; resolves to the exit code. Never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const context: CliContext = { io, exitCode: EXIT.ok };
  const cli = createCli(context);
  try {
    let helpOrVersion = '';
    await cli.parseAsync([...args], {}, (_error, _argv, output) => {
      helpOrVersion = output;
    });
    if (helpOrVersion !== '' && context.exitCode === EXIT.ok) io.stdout(`${helpOrVersion}\n`);
    return context.exitCode;
  } catch (error) {
    if (error instanceof UsageError || isYargsError(error)) {
      io.stderr(`costmodel: ${withSuggestions((error as Error).message, cli)}\nRun "costmodel --help" for the commands, or "costmodel <command> --help" for one.\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`costmodel: unexpected error: ${message}\nThis is a bug in costmodel; please report it with the command you ran.\n`);
    if (process.env.COSTMODEL_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failure;
  }
}

/** Adds "did you mean" to yargs' "Unknown argument(s): montsh" using the known option names. */
function withSuggestions(message: string, cli: Argv): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (!unknown) return message;
  // getOptions() exists on yargs instances but is missing from @types/yargs.
  const known = Object.keys((cli as unknown as { getOptions(): { key?: Record<string, unknown> } }).getOptions().key ?? {});
  const suggestions = (unknown[1] as string).split(', ').map((name) => {
    const suggestion = didYouMean(name, known);
    return suggestion === undefined ? `--${name}` : `--${name} (did you mean --${suggestion}?)`;
  });
  return `unknown option ${suggestions.join(', ')}`;
}

function isYargsError(error: unknown): boolean {
  return error instanceof Error && error.name === 'YError';
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`--config: cannot read ${path}`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw new UsageError(`--config: ${path} is not a JSON object of options`);
  }
}

function packageVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'costmodel' && manifest.version) return manifest.version;
    } catch {
      // not here: look one level up (dist/bin → the package root)
    }
    directory = dirname(directory);
  }
  return 'unknown';
}
