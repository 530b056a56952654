/**
 * What yargs lets through and a command must not see: an option that takes one value given
 * twice (`-o a.md -o b.md` reaches the command as a list), a list in a config file where one
 * value belongs, a number option that is not a number (yargs makes "abc" NaN, and reads
 * "0x10" as 16), and a true/false option set to anything else in the environment or a config
 * file (yargs reads `COSTMODEL_WIDE=yes` as false). Each is a usage mistake, said in one
 * line that names the option, where it was given and what was found.
 */

/** The declared options of the command being run, as yargs' `getOptions()` lists them. */
export type DeclaredOptions = {
  readonly key: Readonly<Record<string, unknown>>;
  readonly array: readonly string[];
  readonly boolean: readonly string[];
  readonly number: readonly string[];
  readonly alias: Readonly<Record<string, readonly string[]>>;
};

/** Where option values came from besides the command line. */
export type OptionSources = {
  /** The command line, without the program name. */
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly envPrefix: string;
  /** The `--config` file read, as the user named it, and its options. */
  readonly config?: { readonly file: string; readonly options: Readonly<Record<string, unknown>> };
};

/** Options not checked here: yargs' own, and `--debug`, which runCli reads for itself (`COSTMODEL_DEBUG=1`). */
const NOT_CHECKED = new Set(['help', 'version', 'config', 'debug']);

/**
 * The first problem with the parsed option values, in one line; undefined when there is none.
 *
 * @example
 * const declared = { key: { output: true }, array: [], boolean: [], number: [], alias: { output: ['o'] } };
 * optionValueProblem({ output: ['a.md', 'b.md'] }, declared, { args: ['compare', 'x.json', '-o', 'a.md', '-o', 'b.md'], env: {}, envPrefix: 'COSTMODEL' });
 * // '--output is given twice ("a.md", then "b.md"); give it once'
 */
export function optionValueProblem(argv: Readonly<Record<string, unknown>>, declared: DeclaredOptions, sources: OptionSources): string | undefined {
  const lists = new Set(declared.array);
  const booleans = new Set(declared.boolean);
  const numbers = new Set(declared.number);
  const aliases = new Set(Object.values(declared.alias).flat());
  for (const key of Object.keys(declared.key)) {
    if (NOT_CHECKED.has(key) || aliases.has(key) || lists.has(key)) continue;
    const value = argv[key];
    const names = [key, ...(declared.alias[key] ?? [])];
    const typed = typedValues(sources.args, names);
    if (Array.isArray(value)) {
      if (typed.given > 0) {
        const shown = value.every((each) => typeof each === 'boolean') ? '' : ` (${listed(value)})`;
        return `${dashed(key)} is given ${times(value.length)}${shown}; give it once`;
      }
      return `${configName(key, sources)}: expected one value, found a list ${JSON.stringify(value)}`;
    }
    // A number option, or one whose value yargs read as a number (`--months`, which a coerce checks further).
    if ((numbers.has(key) && value !== undefined) || typeof value === 'number') {
      const text = typed.values.at(-1) ?? envValue(key, sources) ?? configValue(key, sources);
      if (typeof text === 'string' && !DECIMAL.test(text.trim())) return `${whereGiven(key, typed.given, sources)}: expected a number, found ${JSON.stringify(text)}`;
      if (typeof value === 'number' && Number.isNaN(value)) return `${whereGiven(key, typed.given, sources)}: expected a number, found ${JSON.stringify(text)}`;
    }
    if (booleans.has(key) && typed.given === 0) {
      const fromEnv = envValue(key, sources);
      if (fromEnv !== undefined) {
        if (fromEnv !== '' && fromEnv !== 'true' && fromEnv !== 'false') return `${envName(key, sources)}: expected true or false, found ${JSON.stringify(fromEnv)}`;
      } else {
        const fromConfig = configValue(key, sources);
        if (fromConfig !== undefined && typeof fromConfig !== 'boolean') return `${configName(key, sources)}: expected true or false, found ${JSON.stringify(fromConfig)}`;
      }
    }
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

/** A number as written in decimal digits: yargs would also read "0x10", "1e2" and "Infinity". */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * How often an option (by any of its names) appears on the command line before `--`, and the
 * values written with it. Only the words that start with a dash are looked at: a command line
 * of thousands of files is read once, not once per option.
 */
function typedValues(args: readonly string[], names: readonly string[]): { given: number; values: string[] } {
  const flags = names.flatMap((name) => (name.length === 1 ? [`-${name}`] : [`--${name}`, `--${camelCase(name)}`]));
  let given = 0;
  const values: string[] = [];
  for (const i of dashedWords(args)) {
    const arg = args[i] as string;
    const flag = flags.find((f) => arg === f || arg.startsWith(`${f}=`) || (f.startsWith('--') && arg === `--no-${f.slice(2)}`));
    if (flag === undefined) continue;
    given++;
    if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1));
    else if (arg === flag && args[i + 1] !== undefined && !(args[i + 1] as string).startsWith('-')) values.push(args[i + 1] as string);
  }
  return { given, values };
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

function envValue(key: string, sources: OptionSources): string | undefined {
  return sources.env[envName(key, sources)];
}

function envName(key: string, sources: OptionSources): string {
  return `${sources.envPrefix}_${key.toUpperCase().replaceAll('-', '_')}`;
}

/** The option as the place it was read from names it: the command line, the environment, a config file. */
function whereGiven(key: string, typed: number, sources: OptionSources): string {
  if (typed > 0) return dashed(key);
  if (envValue(key, sources) !== undefined) return envName(key, sources);
  return configName(key, sources);
}

/** The config file's key for an option: as the flag is named, or in camel case (`discountRate`). */
function configKey(key: string, sources: OptionSources): string | undefined {
  const options = sources.config?.options;
  if (options === undefined) return undefined;
  return [key, camelCase(key)].find((name) => Object.hasOwn(options, name));
}

function configValue(key: string, sources: OptionSources): unknown {
  const name = configKey(key, sources);
  return name === undefined ? undefined : sources.config?.options[name];
}

/** The config file and key that gave an option, or else package.json's "costmodel" settings, the one other source of a list. */
function configName(key: string, sources: OptionSources): string {
  const name = configKey(key, sources);
  if (sources.config !== undefined && name !== undefined) return `${sources.config.file}: "${name}"`;
  return `package.json: "costmodel": "${key}"`;
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

function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
