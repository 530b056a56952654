/**
 * What yargs lets through and a command must not see: an option that takes one value given
 * twice (`-o a.md -o b.md` reaches the command as a list), a list in a config file where one
 * value belongs, a number option that is not a number (yargs makes "abc" NaN, and reads
 * "0x10" as 16), and a true/false option set to anything else in the environment or a config
 * file (yargs reads `COSTMODEL_WIDE=yes` as false). Each is a usage mistake, said in one
 * line that names the option, where it was given and what was found.
 */
import { Parser } from 'yargs/helpers';
import { numberReadOtherwise } from '../lib/scenario/inexactNumberIssues.js';
import { MAX_HORIZON_MONTHS } from '../lib/analysis/analysisSettings.js';
import { camelCase, shown } from './defaultsProblems.js';
import { DECIMAL_DIGITS, WHOLE_MONTH_OPTIONS } from './options.js';

/** The declared options of the command being run, as yargs' `getOptions()` lists them. */
export type DeclaredOptions = {
  readonly key: Readonly<Record<string, unknown>>;
  readonly array: readonly string[];
  readonly boolean: readonly string[];
  readonly number: readonly string[];
  readonly string: readonly string[];
  readonly alias: Readonly<Record<string, readonly string[]>>;
  /** The options a command accepts and ignores (settings kept in a config file shared between commands). */
  readonly hiddenOptions?: readonly string[];
};

/** Where option values came from besides the command line. */
export type OptionSources = {
  /** The command line, without the program name. */
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly envPrefix: string;
  /** The `--config` file read, as the user named it, and its options. */
  readonly config?: { readonly file: string; readonly options: Readonly<Record<string, unknown>> };
  /** The `"costmodel"` settings of the nearest package.json, read when first asked for. */
  readonly packageSettings?: () => Readonly<Record<string, unknown>> | undefined;
  /** That package.json, as messages name it (`package.json` here, `/work/package.json` above). */
  readonly packageFile?: string;
};

/** Options not checked here: yargs' own, and `--debug`, which runCli reads for itself (`COSTMODEL_DEBUG=1`). */
const NOT_CHECKED = new Set(['help', 'version', 'config', 'debug']);

/** Options without a number type that are numbers all the same (their coerce reads text as one), by every name yargs keys them by. */
const WHOLE_MONTHS = new Set(WHOLE_MONTH_OPTIONS.flatMap((name) => [name, camelCase(name)]));
const WHOLE_MONTHS_EXPECTED = `a whole number of months from 1 to ${MAX_HORIZON_MONTHS}`;

/** Where an option's value was read from, by precedence: how to name it there, and what was written. */
type Given =
  | { readonly from: 'command line'; readonly count: number; readonly values: readonly string[]; readonly assigned: readonly string[] }
  | { readonly from: 'environment' | 'config file' | 'package.json'; readonly name: string; readonly raw: unknown }
  | { readonly from: 'default' };

/**
 * The first problem with the parsed option values, in one line; undefined when there is none.
 *
 * @example
 * const declared = { key: { output: true }, array: [], boolean: [], number: [], string: ['output'], alias: { output: ['o'] } };
 * optionValueProblem({ output: ['a.md', 'b.md'] }, declared, { args: ['compare', 'x.json', '-o', 'a.md', '-o', 'b.md'], env: {}, envPrefix: 'COSTMODEL' });
 * // '--output is given twice ("a.md", then "b.md"); give it once'
 */
export function optionValueProblem(argv: Readonly<Record<string, unknown>>, declared: DeclaredOptions, sources: OptionSources, ignored: ReadonlySet<string> = new Set()): string | undefined {
  const lists = new Set(declared.array);
  const booleans = new Set(declared.boolean);
  const numbers = new Set(declared.number);
  const strings = new Set(declared.string);
  const aliases = new Set(Object.values(declared.alias).flat());
  const hidden = new Set(declared.hiddenOptions ?? []);
  for (const key of Object.keys(declared.key)) {
    if (NOT_CHECKED.has(key) || aliases.has(key) || lists.has(key) || ignored.has(key)) continue;
    const value = argv[key];
    const wholeMonths = WHOLE_MONTHS.has(key) && !hidden.has(key);
    const given = givenAt(key, declared.alias[key] ?? [], sources);
    const problem = given.from === 'default' ? undefined : problemWhereGiven(key, value, given, { booleans, numbers, strings, hidden, wholeMonths });
    if (problem !== undefined) return problem;
    // Wherever yargs read it from, traced above or not, a number of months is a number: named as the option.
    if (wholeMonths && value !== undefined && typeof value !== 'number') return `${dashed(key)}: expected ${WHOLE_MONTHS_EXPECTED}, found ${shown(value)}`;
  }
  return undefined;
}

/**
 * Where each option that was not given on the command line was given instead, by the option
 * as a message names it (`--months`): `COSTMODEL_MONTHS`, `costmodel.json: "months"`, … A
 * value that reads well here and is then out of range (`COSTMODEL_MONTHS=0`) is named by the
 * command's checks as the option; the command line says where it was given.
 *
 * @example
 * const declared = { key: { months: true }, array: [], boolean: [], number: [], string: [], alias: {} };
 * [...placesOutsideCommandLine(declared, { args: ['compare', 'a.json'], env: { COSTMODEL_MONTHS: '0' }, envPrefix: 'COSTMODEL' })];
 * // [['--months', 'COSTMODEL_MONTHS']]
 */
export function placesOutsideCommandLine(declared: DeclaredOptions, sources: OptionSources): Map<string, string> {
  const aliases = new Set(Object.values(declared.alias).flat());
  const places = new Map<string, string>();
  for (const key of Object.keys(declared.key)) {
    if (NOT_CHECKED.has(key) || aliases.has(key)) continue;
    const given = givenAt(key, declared.alias[key] ?? [], sources);
    if (given.from !== 'command line' && given.from !== 'default') places.set(dashed(key), given.name);
  }
  return places;
}

/** The kinds of options {@link problemWhereGiven} tells apart. */
type OptionKinds = {
  readonly booleans: ReadonlySet<string>;
  readonly numbers: ReadonlySet<string>;
  readonly strings: ReadonlySet<string>;
  readonly hidden: ReadonlySet<string>;
  /** Whether this option is `--months` or `--exit-after` where the command reads it. */
  readonly wholeMonths: boolean;
};

/** The problem with an option's value, named where it was given; undefined when there is none. */
function problemWhereGiven(key: string, value: unknown, given: Exclude<Given, { from: 'default' }>, kinds: OptionKinds): string | undefined {
  if (Array.isArray(value)) {
    if (given.from === 'command line') {
      const shown = value.every((each) => typeof each === 'boolean') ? '' : ` (${listed(value)})`;
      return `${dashed(key)} is given ${times(value.length)}${shown}; give it once`;
    }
    return `${placeOf(key, given)}: expected one value, found a list ${shown(value)}`;
  }
  const written = given.from === 'command line' ? given.values.at(-1) : given.raw;
  if (kinds.booleans.has(key)) {
    // yargs keeps the last of `--wide --no-wide`: a slip as much as a value given twice.
    if (given.from === 'command line' && given.count > 1) return `${dashed(key)} is given ${times(given.count)}; give it once`;
    const text = given.from === 'command line' ? given.assigned.at(-1) : written;
    const fine = text === undefined || typeof text === 'boolean' || (typeof text === 'string' && TRUE_OR_FALSE.has(text)) || (given.from === 'environment' && text === '');
    return fine ? undefined : `${placeOf(key, given)}: expected true or false, found ${shown(text)}`;
  }
  // The options a command accepts to ignore them (validate, schema): a number there is whatever it is.
  if (!kinds.hidden.has(key) && (kinds.numbers.has(key) || typeof value === 'number' || kinds.wholeMonths)) {
    // A number option, or one a coerce reads as a number (`--months`, which checks it further).
    const fine = (typeof written === 'number' && Number.isFinite(written)) || (typeof written === 'string' && DECIMAL_DIGITS.test(written.trim()));
    const expected = kinds.wholeMonths ? WHOLE_MONTHS_EXPECTED : 'a number';
    if (!fine || (typeof value === 'number' && Number.isNaN(value))) return `${placeOf(key, given)}: expected ${expected}, found ${shown(written ?? null)}`;
    const readAs = typeof written === 'string' ? numberReadOtherwise(written.trim()) : undefined;
    return readAs === undefined ? undefined : `${placeOf(key, given)}: ${shown(written)} has more digits than a number keeps (it would be read as ${readAs}); give fewer`;
  }
  if (kinds.strings.has(key) && written !== undefined && typeof written !== 'string' && typeof written !== 'number') {
    return `${placeOf(key, given)}: expected a text, found ${shown(written)}`;
  }
  return undefined;
}

/**
 * `--config` given more than once: yargs would try to read the list of files as one path.
 *
 * @example
 * repeatedConfig(['compare', 'a.json', '--config', 'c.json', '--config=d.json']);
 * // '--config is given twice ("c.json", then "d.json"); give it once'
 */
export function repeatedConfig(args: readonly string[]): string | undefined {
  const { given, values } = typedValues(args, ['config']);
  return given > 1 ? `--config is given ${times(given)} (${listed(values)}); give it once` : undefined;
}

/** What yargs reads as true or false, as text. */
const TRUE_OR_FALSE = new Set(['true', 'false']);

/**
 * How often an option (by any of its names) appears on the command line before `--`, the
 * values written with it, and those written after `=` (a true/false option takes no other).
 * Only the words that start with a dash are looked at: a command line of thousands of files
 * is read once, not once per option.
 */
function typedValues(args: readonly string[], names: readonly string[]): { given: number; values: string[]; assigned: string[] } {
  const flags = names.flatMap((name) => (name.length === 1 ? [`-${name}`] : [`--${name}`, `--${camelCase(name)}`]));
  let given = 0;
  const values: string[] = [];
  const assigned: string[] = [];
  for (const i of dashedWords(args)) {
    const arg = args[i] as string;
    const flag = flags.find((f) => arg === f || arg.startsWith(`${f}=`) || (f.startsWith('--') && arg === `--no-${f.slice(2)}`));
    if (flag === undefined) continue;
    given++;
    if (arg.startsWith(`${flag}=`)) {
      values.push(arg.slice(flag.length + 1));
      assigned.push(arg.slice(flag.length + 1));
    } else if (arg === flag && args[i + 1] !== undefined && !(args[i + 1] as string).startsWith('-')) {
      values.push(args[i + 1] as string);
    }
  }
  return { given, values, assigned };
}

/**
 * Whether an option is given on the command line, before `--`, by any of its names.
 *
 * @example
 * typedOnCommandLine(['compare', 'a.json', '--trials=5'], ['trials']); // true
 */
export function typedOnCommandLine(args: readonly string[], names: readonly string[]): boolean {
  return typedValues(args, names).given > 0;
}

const dashedWordsOf = new WeakMap<readonly string[], number[]>();

/** The places of the words before `--` that start with a dash. */
function dashedWords(args: readonly string[]): number[] {
  let places = dashedWordsOf.get(args);
  if (places === undefined) {
    places = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--') break;
      if (arg.startsWith('-')) places.push(i);
    }
    dashedWordsOf.set(args, places);
  }
  return places;
}

/** Where an option's value came from: the command line, the environment, the config file or package.json (yargs' precedence), or nowhere. */
function givenAt(key: string, aliases: readonly string[], sources: OptionSources): Given {
  // Asked of the same sources by the check of every value and by placesOutsideCommandLine: looked up once.
  let known = givenBySources.get(sources);
  if (known === undefined) givenBySources.set(sources, (known = new Map()));
  let given = known.get(key);
  if (given === undefined) known.set(key, (given = lookUpGiven(key, aliases, sources)));
  return given;
}

const givenBySources = new WeakMap<OptionSources, Map<string, Given>>();

function lookUpGiven(key: string, aliases: readonly string[], sources: OptionSources): Given {
  const typed = typedValues(sources.args, [key, ...aliases]);
  if (typed.given > 0) return { from: 'command line', count: typed.given, values: typed.values, assigned: typed.assigned };
  const variable = environmentVariableOf(key, sources);
  if (variable !== undefined) return { from: 'environment', name: variable, raw: sources.env[variable] };
  // A key of a settings object may name the option or an alias, each as the flag is written or in camel case.
  const names = [key, ...aliases].flatMap((name) => [name, camelCase(name)]);
  const config = sources.config;
  const inConfig = config === undefined ? undefined : names.find((name) => Object.hasOwn(config.options, name));
  if (config !== undefined && inConfig !== undefined) return { from: 'config file', name: `${config.file}: "${inConfig}"`, raw: config.options[inConfig] };
  const settings = sources.packageSettings?.();
  const inPackage = settings === undefined ? undefined : names.find((name) => Object.hasOwn(settings, name));
  if (settings !== undefined && inPackage !== undefined) return { from: 'package.json', name: `${sources.packageFile ?? 'package.json'}: "costmodel": "${inPackage}"`, raw: settings[inPackage] };
  return { from: 'default' };
}

/**
 * The environment variable yargs reads an option from: the first, in the environment's order,
 * whose name after the prefix is the option's key as yargs makes it (`COSTMODEL_MONTHS` and
 * `COSTMODEL_months` are both `months`, `COSTMODEL_EXIT_AFTER` is `exitAfter`); a name with
 * `__` is a nested key, no option's.
 *
 * @example
 * environmentVariableOf('exit-after', { args: [], env: { COSTMODEL_exit_after: '12' }, envPrefix: 'COSTMODEL' }); // 'COSTMODEL_exit_after'
 */
export function environmentVariableOf(key: string, sources: Pick<OptionSources, 'env' | 'envPrefix'>): string | undefined {
  const prefix = `${sources.envPrefix}_`;
  const wanted = camelCase(key);
  for (const variable of Object.keys(sources.env)) {
    if (!variable.startsWith(prefix) || sources.env[variable] === undefined) continue;
    const rest = variable.slice(prefix.length);
    // yargs-parser's own camelCase: a name all in capitals or all in small letters is read in small letters.
    if (!rest.includes('__') && Parser.camelCase(rest) === wanted) return variable;
  }
  return undefined;
}

/**
 * A variable of the environment that yargs would read as `--help` or `--version`, which
 * replace the command (`COSTMODEL_VERSION=true costmodel validate …` printed the version,
 * checked nothing and succeeded), as a problem in one line; undefined when there is none.
 *
 * @example
 * commandLineOnlyInEnvironment({ env: { COSTMODEL_V: 'true' }, envPrefix: 'COSTMODEL' });
 * // 'unknown option COSTMODEL_V in the environment: --help and --version are given on the command line'
 */
export function commandLineOnlyInEnvironment(sources: Pick<OptionSources, 'env' | 'envPrefix'>): string | undefined {
  for (const key of ['help', 'h', 'version', 'v']) {
    const variable = environmentVariableOf(key, sources);
    if (variable !== undefined) return `unknown option ${variable} in the environment: --help and --version are given on the command line`;
  }
  return undefined;
}

/** The option as the place it was read from names it. */
function placeOf(key: string, given: Exclude<Given, { from: 'default' }>): string {
  return given.from === 'command line' ? dashed(key) : given.name;
}

function times(count: number): string {
  return count === 2 ? 'twice' : `${count} times`;
}

function listed(values: readonly unknown[]): string {
  const shown = values.map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)));
  return shown.length === 2 ? `${shown[0]}, then ${shown[1]}` : shown.join(', ');
}

function dashed(key: string): string {
  return key.length === 1 ? `-${key}` : `--${key}`;
}

