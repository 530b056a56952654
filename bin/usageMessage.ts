import { Parser } from 'yargs/helpers';
import { didYouMean } from '../lib/issues/didYouMean.js';
import { environmentVariableOf } from './optionValues.js';

/** What is needed to say where a usage mistake came from. */
export type UsageSource = {
  /** The command line, without the program name. */
  readonly args: readonly string[];
  /** The long option names the parser knew when it failed (`months`, `discount-rate`, …). */
  readonly knownOptions: readonly string[];
  /** The environment yargs read options from, and the prefix it read them with. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly envPrefix: string;
};

/**
 * Rewrites one of yargs' (English) failure messages into costmodel's words: one line per
 * problem, naming the command, option, environment variable or config key at fault, with a
 * "did you mean" where a near miss is known. Messages it does not recognise pass unchanged.
 *
 * @example
 * usageMessage('Unknown argument: montsh', { args: ['compare', 'a.json', '--montsh', '3'], knownOptions: ['months'], env: {}, envPrefix: 'COSTMODEL' });
 * // ['unknown option --montsh (did you mean --months?)']
 */
export function usageMessage(message: string, source: UsageSource): string[] {
  const command = commandWord(source.args);
  const recommended = /^Did you mean (.+)\?$/.exec(message);
  if (recommended) return [`unknown command "${command ?? ''}" (did you mean "${recommended[1] ?? ''}"?)`];

  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const names = (unknown[1] ?? '').split(', ');
    // An unknown command makes every word after it unknown too: name only the command.
    if (command !== undefined && names.includes(command)) return [`unknown command "${command}"`];
    return names.map((name) => unknownArgument(keyAsWritten(name), source));
  }

  const missingFiles = /^Not enough non-option arguments: got 0, need at least 1$/.test(message);
  if (missingFiles && command !== undefined) {
    // yargs says the files are missing before it says an option is unknown: `validate -x` is both.
    return [...unknownOptionWords(source).map((word) => `unknown option ${word}`), `${command}: expected at least one scenario file, found none (e.g. costmodel ${command} scenarios/*.json)`];
  }

  const noValue = /^Not enough arguments following: (.+)$/.exec(message);
  if (noValue) return [`option ${dashed(noValue[1] ?? '')} needs a value`];

  if (message.startsWith('Invalid values:')) {
    const lines = message.split('\n').slice(1).map((line) => invalidChoice(line.trim()));
    if (lines.every((line) => line !== undefined)) return lines;
  }
  return [message];
}

function unknownArgument(name: string, source: UsageSource): string {
  const { args } = source;
  if (args.includes(name)) return `unexpected argument "${name}"`;
  const suggestion = didYouMean(name, source.knownOptions);
  const typed = args.some((arg) => arg === dashed(name) || arg.startsWith(`${dashed(name)}=`) || arg === `--no-${name}`);
  if (typed) return `unknown option ${dashed(name)}${suggestion === undefined ? '' : ` (did you mean ${dashed(suggestion)}?)`}`;
  const variable = environmentVariableOf(name, source);
  if (variable !== undefined) {
    const hint = suggestion === undefined ? '' : ` (did you mean ${source.envPrefix}_${suggestion.toUpperCase().replaceAll('-', '_')}?)`;
    return `unknown option ${variable} in the environment${hint}`;
  }
  const config = configPath(args) ?? source.env[`${source.envPrefix}_CONFIG`];
  return `unknown option "${name}" in ${config === undefined || config === '' ? 'the configuration' : config}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`;
}

/** A key as yargs names it, as it was written: yargs writes an empty key (`COSTMODEL_=1`) as "", and `__proto__` as `___proto___` (so that it is never an object's prototype). */
function keyAsWritten(name: string): string {
  return name === '""' ? '' : name === '___proto___' ? '__proto__' : name;
}

/** The words before `--` written as options that are none of the command's (`-x`, `--montsh=3`); a negative number is a value. */
function unknownOptionWords(source: UsageSource): string[] {
  const words: string[] = [];
  for (const word of source.args) {
    if (word === '--') break;
    if (!word.startsWith('-') || word === '-' || /^-[\d.]/.test(word)) continue;
    const name = (word.split('=')[0] as string).replace(/^--?/, '').replace(/^no-/, '');
    if (!source.knownOptions.includes(name)) words.push(word.split('=')[0] as string);
  }
  return words;
}

/** `Argument: format, Given: "xml", Choices: "table", "csv"` → `--format: expected one of …`. */
function invalidChoice(line: string): string | undefined {
  const match = /^Argument: (.+), Given: (.+), Choices: (.+)$/.exec(line);
  if (!match) return undefined;
  const [, name = '', given = '', choices = ''] = match;
  const allowed = choices.split(', ').map((choice) => choice.replace(/^"|"$/g, ''));
  const suggestion = didYouMean(given.replace(/^"|"$/g, ''), allowed);
  return `${dashed(name)}: expected one of ${choices}, found ${given}${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}`;
}

/** The first word that is not an option or an option's value, parsed as yargs does. */
function commandWord(args: readonly string[]): string | undefined {
  const word = Parser([...args], { boolean: ['help', 'version', 'h', 'v', 'wide'] })._[0];
  return word === undefined ? undefined : String(word);
}

function configPath(args: readonly string[]): string | undefined {
  const config: unknown = Parser([...args], { string: ['config'] }).config;
  return typeof config === 'string' && config !== '' ? config : undefined;
}

function dashed(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`;
}
