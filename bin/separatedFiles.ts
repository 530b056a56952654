/**
 * The words of a command line that name files however they are spelled. After `--` every
 * word is a file, as in every Unix command (`costmodel compare a.json -- -b.json` compares
 * the file `-b.json`); but yargs puts what follows `--` aside, not among a command's files,
 * and reads a word that starts with "-" as options even there: `-b.json`, and a `b.json`
 * after it, were dropped without a word. A lone "-" (which names standard input to other
 * tools) was dropped too, and `validate -` checked nothing and succeeded.
 */

/** Declared options as yargs' `getOptions()` lists them: enough to tell an option that takes a value. */
type Declared = {
  readonly key: Readonly<Record<string, unknown>>;
  readonly boolean: readonly string[];
  readonly alias: Readonly<Record<string, readonly string[]>>;
};

/**
 * The command line as yargs is to read it: the words after the first `--` become files of
 * the command like the words before it, each that starts with "-" spelled as the same path
 * from the current folder (`./-b.json`); `asWritten` maps each such spelling back, so that
 * the files are named as they were given.
 *
 * @example
 * const { args, asWritten } = filesAfterSeparator(['compare', 'a.json', '--', '-b.json', 'c.json']);
 * [args, asWritten.get('./-b.json')]; // [['compare', 'a.json', './-b.json', 'c.json'], '-b.json']
 * filesAfterSeparator(['compare', 'a.json', '-o', '--', 'b.json']).args; // ['compare', 'a.json', '-o', '--', 'b.json']
 */
export function filesAfterSeparator(args: readonly string[]): { args: string[]; asWritten: Map<string, string> } {
  const asWritten = new Map<string, string>();
  const separator = args.indexOf('--');
  // `-o -- x.json`: the `--` may be meant as the option's value; yargs then says the option
  // needs one, rather than the first file after it being taken as the output.
  if (separator < 0 || mayTakeValue(args[separator - 1])) return { args: [...args], asWritten };
  const files = args.slice(separator + 1).map((word) => {
    if (!word.startsWith('-')) return word;
    const path = `./${word}`;
    asWritten.set(path, word);
    return path;
  });
  return { args: [...args.slice(0, separator), ...files], asWritten };
}

/** The options of costmodel that take no value: after any other option, a word is its value. */
const WITHOUT_VALUE = new Set(['--wide', '--debug', '--help', '-h', '--version', '-v']);

/** Whether a word is an option, without `=`, that may take the word after it as its value. */
function mayTakeValue(word: string | undefined): boolean {
  return word !== undefined && word.startsWith('-') && word !== '-' && !word.includes('=') && !word.startsWith('--no-') && !WITHOUT_VALUE.has(word);
}

/**
 * The first lone "-" before `--` that is not the value of an option (`-o -` writes to
 * standard output): a file argument that would name standard input, which costmodel does
 * not read; undefined when there is none.
 *
 * @example
 * const declared = { key: { output: true, wide: true }, boolean: ['wide'], alias: { output: ['o'] } };
 * [dashAsFile(['validate', '-'], declared), dashAsFile(['compare', 'a.json', '-o', '-'], declared)]; // [1, undefined]
 */
export function dashAsFile(args: readonly string[], declared: Declared): number | undefined {
  for (let index = 0; index < args.length; index++) {
    const word = args[index] as string;
    if (word === '--') return undefined;
    if (word === '-' && !takesValue(args[index - 1], declared)) return index;
  }
  return undefined;
}

/** Whether a word is an option, without `=`, that takes the word after it as its value. */
function takesValue(word: string | undefined, declared: Declared): boolean {
  if (word === undefined || !word.startsWith('-') || word === '-' || word.includes('=')) return false;
  // `-xo -`: in a group of single-letter options, the last takes the value.
  const name = word.startsWith('--') ? word.slice(2) : word.slice(-1);
  const known = Object.hasOwn(declared.key, name) || Object.values(declared.alias).some((aliases) => aliases.includes(name));
  return known && !declared.boolean.includes(name);
}

/**
 * The first option before `--` written `--no-NAME` whose NAME takes a value (`--no-months`):
 * yargs reads it as NAME set to false, which no such option takes; undefined when there is none.
 *
 * @example
 * const declared = { key: { months: true, wide: true }, boolean: ['wide'], alias: {} };
 * [negatedValueOption(['compare', 'a.json', '--no-months'], declared), negatedValueOption(['schedule', 'a.json', '--no-wide'], declared)]; // ['no-months', undefined]
 */
export function negatedValueOption(args: readonly string[], declared: Declared): string | undefined {
  for (const word of args) {
    if (word === '--') return undefined;
    if (!word.startsWith('--no-')) continue;
    const name = word.slice('--no-'.length).split('=')[0] as string;
    if (Object.hasOwn(declared.key, name) && !declared.boolean.includes(name)) return `no-${name}`;
  }
  return undefined;
}
