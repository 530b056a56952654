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
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs, { type Argv, type CommandModule } from 'yargs';
import { chartCommand } from './commands/chart.js';
import { compareCommand } from './commands/compare.js';
import { exploreCommand } from './commands/explore.js';
import { reportCommand } from './commands/report.js';
import { scheduleCommand } from './commands/schedule.js';
import { schemaCommand } from './commands/schema.js';
import { simulateCommand } from './commands/simulate.js';
import { validateCommand } from './commands/validate.js';
import { discardOutputs, EXIT, settleOutputs, type CliContext, type CliIo } from './context.js';
import { readTextFileSync } from '../lib/io/readTextFile.js';
import { formatIssue } from '../lib/issues/issue.js';
import { parseJsonText } from '../lib/scenario/parseJsonText.js';
import { usageMessage } from './usageMessage.js';
import { withLinearPositionals } from './linearPositionals.js';
import { commandLineOnlyInEnvironment, optionValueProblem, placesOutsideCommandLine, repeatedConfig, typedOnCommandLine, type DeclaredOptions } from './optionValues.js';
import { acceptOtherCommandsOptions } from './options.js';
import { defaultsObjectProblem } from './defaultsProblems.js';
import { nameAsGiven, readPackageDefaults } from './packageDefaults.js';
import { dashAsFile, filesAfterSeparator, negatedValueOption } from './separatedFiles.js';

/** Options are also read from `COSTMODEL_<OPTION>` environment variables. */
const ENV_PREFIX = 'COSTMODEL';

/** A mistake in how the command was called (unknown flag, missing file argument, …). */
class UsageError extends Error {}

/** Builds the parser. Nothing runs until `parse`/`parseAsync` is called. */
export function createCli(
  context: CliContext,
  args: readonly string[] = [],
  asWritten: ReadonlyMap<string, string> = new Map(),
  packageDefaults: { readonly file: string; readonly settings: Record<string, unknown> } | undefined = undefined,
): Argv {
  const ignoring = <T>(command: CommandModule<object, T>) => withOtherCommandsOptions(command, context);
  const commands = [
    ignoring(compareCommand(context)),
    ignoring(scheduleCommand(context)),
    ignoring(chartCommand(context)),
    ignoring(reportCommand(context)),
    ignoring(exploreCommand(context)),
    ignoring(simulateCommand(context)),
    ignoring(validateCommand(context)),
    ignoring(schemaCommand(context)),
  ] as const;
  // Each command's name, as its `command` line starts: the list a bare `costmodel` prints.
  const names = commands.map((command) => String(command.command).split(' ')[0]);
  const [compare, schedule, chart, report, explore, simulate, validate, schema] = commands;
  let config: { file: string; options: Record<string, unknown> } | undefined;
  // The defaults of package.json, read by runCli (readPackageDefaults), to name where a wrong value came from.
  const packageSettings = () => packageDefaults?.settings;
  const cli: Argv = withLinearPositionals(withoutHelpCaching(
    yargs()
    // Our messages are English and runCli rewrites yargs' by their English text.
    .locale('en')
    .scriptName('costmodel')
    .usage('costmodel: model hosting options over time — self-host or move to a provider?\n\nUsage: $0 <command> [options]')
    .command(compare)
    .command(schedule)
    .command(chart)
    .command(report)
    .command(explore)
    .command(simulate)
    .command(validate)
    .command(schema)
    .demandCommand(1, `Name a command: ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`)
    .recommendCommands()
    .strict()
    .config('config', 'JSON file of default options, e.g. {"months": 60, "discount-rate": "8%"}', (path: string) => {
      const options = readConfigFile(path, context);
      config = { file: nameAsGiven(path), options };
      return options;
    })
    // The "costmodel" defaults of the nearest package.json, read as yargs' pkgConf would (the
    // same precedence, with the file they "extends"), but as the config file is read: defaults
    // costmodel cannot read are said to be, not taken as none (readPackageDefaults).
    .config(packageDefaults?.settings ?? {})
    .env(ENV_PREFIX)
    // Declared so that COSTMODEL_DEBUG=1 is not rejected as an unknown COSTMODEL_ option.
    .option('debug', { type: 'boolean', hidden: true, describe: 'Print the stack trace of an unexpected error (also COSTMODEL_DEBUG=1)' })
    .version(packageVersion())
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(100, context.io.columns ?? 80))
    .epilogue('Exit codes: 0 success, 2 bad input or usage, 3 standard output could not be written, 1 anything else. Docs: docs/cli.md')
    // Before each command's handler: the values yargs let through that the command cannot take.
    // The parser's options are by then the command's (getOptions() is public in yargs but
    // missing from @types/yargs).
    .middleware((argv) => {
      const declared = (cli as unknown as { getOptions(): DeclaredOptions }).getOptions();
      const sources = { args, env: process.env, envPrefix: ENV_PREFIX, packageSettings, ...(packageDefaults === undefined ? {} : { packageFile: packageDefaults.file }), ...(config === undefined ? {} : { config }) };
      // `--no-months`: yargs reads it as months set to false; no option that takes a value has a negation.
      const negated = negatedValueOption(args, declared);
      if (negated !== undefined) throw new UsageError(`Unknown argument: ${negated}`);
      // Another command's option: a mistake on the command line, ignored as a default (a config file shared by the commands).
      const others = context.otherCommandsOptions ?? new Set<string>();
      for (const name of others) {
        if (typedOnCommandLine(args, [name])) throw new UsageError(`Unknown argument: ${name}`);
        delete argv[name];
      }
      const problem = optionValueProblem(argv, declared, sources, others);
      if (problem !== undefined) throw new UsageError(problem);
      context.optionPlaces = placesOutsideCommandLine(declared, sources);
      if (dashAsFile(args, declared) !== undefined) {
        throw new UsageError('"-" as a file would be standard input, which costmodel does not read: name the files (a file called "-" is ./-)');
      }
      // The files given after `--`, named as they were written (see separatedFiles.ts).
      if (Array.isArray(argv['files'])) argv['files'] = (argv['files'] as unknown[]).map((file) => (typeof file === 'string' ? (asWritten.get(file) ?? file) : file));
      // A number where a text belongs ("output": 5 in a config file) is its text, as the command line would give it.
      for (const key of declared.string) if (typeof argv[key] === 'number') argv[key] = String(argv[key]);
    })
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    }),
  ));
  return cli;
}

/** A command that also takes, hidden, every other command's options (see acceptOtherCommandsOptions), and tells the context which they are. */
function withOtherCommandsOptions<T>(command: CommandModule<object, T>, context: CliContext): CommandModule<object, T> {
  const builder = command.builder;
  if (typeof builder !== 'function') return command;
  return {
    ...command,
    builder: (yargs: Argv) => {
      const built = builder(yargs as Argv<object>) as unknown as Argv;
      context.otherCommandsOptions = acceptOtherCommandsOptions(built);
      return built as unknown as Argv<T>;
    },
  };
}

/**
 * yargs lays out the whole help text after every command it runs, in case the handler asks
 * for it — a third of `costmodel compare`'s start-up. Our handlers never show help (usage
 * errors are thrown to runCli, which prints one line), so that work is switched off.
 * `--help` itself is unaffected: it builds its text when asked.
 */
function withoutHelpCaching(cli: Argv): Argv {
  const internals = (cli as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (usage?.cacheHelpMessage !== undefined) usage.cacheHelpMessage = () => undefined;
  return cli;
}

/** Runs the CLI on the given arguments; resolves to the exit code. Never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const context: CliContext = { io, exitCode: EXIT.ok, read: nearestPackageJson(), staged: [] };
  const separated = filesAfterSeparator(args);
  const joined = joinNegativeValues(separated.args);
  const manifest = context.read[0];
  const packageDefaults = readPackageDefaults(manifest);
  const settings = packageDefaults.ok ? packageDefaults.value : undefined;
  const cli = createCli(context, joined, separated.asWritten, manifest === undefined || settings === undefined ? undefined : { file: nameAsGiven(manifest), settings });
  try {
    // Help and the version answer whatever the package.json holds.
    const helpOrVersionAsked = joined.slice(0, joined.includes('--') ? joined.indexOf('--') : undefined).some((word) => ['--help', '-h', '--version', '-v'].includes(word));
    if (!packageDefaults.ok && !helpOrVersionAsked) throw new UsageError(packageDefaults.problem);
    const configTwice = repeatedConfig(joined);
    if (configTwice !== undefined) throw new UsageError(configTwice);
    const fromEnvironment = commandLineOnlyInEnvironment({ env: process.env, envPrefix: ENV_PREFIX });
    if (fromEnvironment !== undefined) throw new UsageError(fromEnvironment);
    let helpOrVersion = '';
    await cli.parseAsync(joined, {}, (_error, _argv, output) => {
      helpOrVersion = output;
    });
    if (helpOrVersion !== '' && context.exitCode === EXIT.ok) io.stdout(`${helpOrVersion}\n`);
    await settleOutputs(context);
    return context.exitCode;
  } catch (error) {
    // Whatever failed, the files written so far are not put in place.
    await discardOutputs(context);
    if (error instanceof UsageError || isYargsError(error)) {
      // getOptions() is public in yargs but missing from @types/yargs.
      const knownOptions = Object.keys((cli as unknown as { getOptions(): { key?: Record<string, unknown> } }).getOptions().key ?? {}).filter((name) => !context.otherCommandsOptions?.has(name));
      // A file after `--` that yargs did not take is named as it was written, not as ./-x.
      const message = [...separated.asWritten].reduce((text, [path, word]) => text.split(path).join(word), (error as Error).message);
      const lines = usageMessage(message, { args, knownOptions, env: process.env, envPrefix: ENV_PREFIX });
      io.stderr(`${lines.map((line) => `costmodel: ${line}\n`).join('')}Run "costmodel --help" for the commands, or "costmodel <command> --help" for one.\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`costmodel: unexpected error: ${message}\nThis is a bug in costmodel; please report it with the command you ran.\n`);
    if (process.env[`${ENV_PREFIX}_DEBUG`] || args.includes('--debug')) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failure;
  }
}

/**
 * `--discount-rate -2%` would read "-2%" as short flags: a value that starts with a minus
 * and a digit is joined to the option before it (`--discount-rate=-2%`).
 */
function joinNegativeValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const next = args[i + 1];
    if (/^--[a-z][a-z-]*$/.test(arg) && next !== undefined && /^-[\d.]/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

function isYargsError(error: unknown): boolean {
  return error instanceof Error && error.name === 'YError';
}

/** Reads `--config FILE` (an input of the run); a problem is thrown as one line naming the file and the place. */
function readConfigFile(resolvedPath: string, context: CliContext): Record<string, unknown> {
  const path = nameAsGiven(resolvedPath);
  context.read.push(resolvedPath);
  const read = readTextFileSync(resolvedPath, 'config file', 'json');
  // Read by its absolute path, named as the user would.
  if (!read.ok) throw new UsageError(`--config: ${read.issues.map((issue) => formatIssue({ ...issue, file: path })).join('; ')}`);
  const parsed = parseJsonText(read.value, path);
  if (!parsed.ok) throw new UsageError(`--config: ${parsed.issues.map(formatIssue).join('; ')}`);
  const problem = defaultsObjectProblem(parsed.value, path, path);
  if (problem !== undefined) throw new UsageError(`--config: ${problem}`);
  return parsed.value as Record<string, unknown>;
}


/** The package.json whose "costmodel" key yargs reads defaults from — the nearest one above the current directory — as an input of the run. */
function nearestPackageJson(): string[] {
  for (let directory = process.cwd(); ; directory = dirname(directory)) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest)) return [manifest];
    if (dirname(directory) === directory) return [];
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
