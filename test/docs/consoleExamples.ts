/**
 * The runnable examples of the docs: ```console blocks of `$ costmodel …` commands, each
 * followed by the output it prints.
 *
 *   ```console block ─▶ commands (a `$ ` line, continued by lines ending in ` \`)
 *     ─▶ each: environment assignments, arguments split like a POSIX shell would for simple
 *        quoting, globs expanded against the project root in sorted order, `# exit N`
 *     ─▶ the output lines up to the next `$ ` line
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeBlock } from './markdownBlocks.js';

/** One command of a ```console block and what it must print. */
export type ConsoleExample = {
  readonly file: string;
  /** 1-based line of the `$ ` line in the Markdown file. */
  readonly line: number;
  /** The command as written, without the `$ `. */
  readonly command: string;
  /** The arguments after `costmodel`, as a shell would pass them. */
  readonly args: readonly string[];
  /** `NAME=value` assignments written before `costmodel`. */
  readonly env: Readonly<Record<string, string>>;
  /** stdout and stderr as a terminal shows them, ending with a newline unless empty. */
  readonly output: string;
  /** The exit code a `# exit N` comment asks for; 0 without one. */
  readonly exitCode: number;
};

/** A line of a block that is not a valid example, with where it is. */
export class ExampleSyntaxError extends Error {}

const PROMPT = '$ ';
const PROGRAM = 'costmodel';
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * The commands of a ```console block. Every `$ ` line must run `costmodel` or `npx costmodel`
 * (optionally after `NAME=value` assignments); the lines after it, up to the next `$ ` line or the end of the
 * block, are its expected output.
 *
 * @param cwd where globs are expanded: the project root
 * @example
 * consoleExamples({ file: 'docs/cli.md', line: 10, language: 'console', attributes: [],
 *   lines: ['$ costmodel validate scenarios/self-hosted.json', 'scenarios/self-hosted.json: ok, …'] }, root)[0]?.args;
 * // ['validate', 'scenarios/self-hosted.json']
 */
export function consoleExamples(block: CodeBlock, cwd: string): ConsoleExample[] {
  const examples: ConsoleExample[] = [];
  let current: { line: number; command: string; output: string[] } | undefined;
  const finish = () => {
    if (current !== undefined) examples.push(example(block.file, current.line, current.command, current.output, cwd));
  };
  for (let i = 0; i < block.lines.length; i++) {
    const text = block.lines[i] as string;
    const line = block.line + 1 + i;
    if (text.startsWith(PROMPT)) {
      finish();
      let command = text.slice(PROMPT.length);
      while (command.endsWith('\\') && i + 1 < block.lines.length) {
        i++;
        command = `${command.slice(0, -1)}${(block.lines[i] as string).trimStart()}`;
      }
      current = { line, command, output: [] };
    } else if (current === undefined) {
      throw new ExampleSyntaxError(`${block.file}:${line}: a \`\`\`console block must start with a "$ costmodel …" line`);
    } else {
      current.output.push(text);
    }
  }
  finish();
  return examples;
}

function example(file: string, line: number, command: string, outputLines: readonly string[], cwd: string): ConsoleExample {
  const where = `${file}:${line}`;
  const { words, comment } = shellWords(command, where);
  const env: Record<string, string> = {};
  let index = 0;
  while (index < words.length && ASSIGNMENT.test((words[index] as ShellWord).text)) {
    const text = (words[index] as ShellWord).text;
    const equals = text.indexOf('=');
    env[text.slice(0, equals)] = text.slice(equals + 1);
    index++;
  }
  // `npx costmodel …`, as a reader without a global install types it, runs the same CLI.
  if (words[index]?.text === 'npx' && words[index + 1]?.text === PROGRAM) index++;
  if (words[index]?.text !== PROGRAM) {
    throw new ExampleSyntaxError(`${where}: only "${PROGRAM}" commands can run in a \`\`\`console block; show other commands in a \`\`\`sh block`);
  }
  const args = words.slice(index + 1).flatMap((word) => expandGlob(word, cwd));
  const exit = comment === undefined ? undefined : /^exit (\d+)$/.exec(comment.trim());
  return {
    file,
    line,
    command,
    args,
    env,
    output: outputLines.length === 0 ? '' : `${outputLines.join('\n')}\n`,
    exitCode: exit == null ? 0 : Number(exit[1]),
  };
}

/** A word of a command line; `segments` (one matcher per `/`-separated part) when it holds an unquoted `*` or `?`. */
type ShellWord = { readonly text: string; readonly segments?: readonly RegExp[] };

/**
 * Splits a command line into words like a POSIX shell does for simple commands: blanks
 * separate words; '…' keeps everything literally; "…" keeps everything but `\"`, `\\`, `\$`
 * and `` \` ``; a backslash outside quotes escapes the next character; an unquoted `#` at
 * the start of a word begins a comment. Anything that needs a real shell (pipes,
 * redirections, `;`, `&`, `$VAR`, `` ` ``, parentheses) is refused rather than misread.
 */
export function shellWords(command: string, where = 'command'): { words: ShellWord[]; comment?: string } {
  const words: ShellWord[] = [];
  let text = '';
  /** The regular expression source of each `/`-separated part of the word so far. */
  let segments = [''];
  let hasWildcard = false;
  let inWord = false;
  const literal = (char: string) => {
    text += char;
    if (char === '/') segments.push('');
    else segments[segments.length - 1] += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    inWord = true;
  };
  const endWord = () => {
    if (!inWord) return;
    words.push(hasWildcard ? { text, segments: segments.map((source) => new RegExp(`^${source}$`)) } : { text });
    text = '';
    segments = [''];
    hasWildcard = false;
    inWord = false;
  };
  for (let i = 0; i < command.length; i++) {
    const char = command[i] as string;
    if (char === ' ' || char === '\t') {
      endWord();
    } else if (char === '#' && !inWord) {
      endWord();
      return { words, comment: command.slice(i + 1) };
    } else if (char === "'") {
      const close = command.indexOf("'", i + 1);
      if (close < 0) throw new ExampleSyntaxError(`${where}: unterminated ' quote`);
      for (const quoted of command.slice(i + 1, close)) literal(quoted);
      inWord = true;
      i = close;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        const next = command[j + 1];
        if (command[j] === '\\' && next !== undefined && '"\\$`'.includes(next)) {
          literal(next);
          j++;
        } else if (command[j] === '$' || command[j] === '`') {
          throw new ExampleSyntaxError(`${where}: "$" and "\`" inside double quotes need a real shell; quote them with '…'`);
        } else {
          literal(command[j] as string);
        }
      }
      if (j >= command.length) throw new ExampleSyntaxError(`${where}: unterminated " quote`);
      inWord = true;
      i = j;
    } else if (char === '\\') {
      const next = command[i + 1];
      if (next === undefined) throw new ExampleSyntaxError(`${where}: a command cannot end with a backslash`);
      literal(next);
      i++;
    } else if ('|&;<>()$`'.includes(char)) {
      throw new ExampleSyntaxError(`${where}: "${char}" needs a real shell; doc examples run one costmodel command without pipes or redirections`);
    } else if (char === '*' || char === '?') {
      text += char;
      segments[segments.length - 1] += char === '*' ? '.*' : '.';
      hasWildcard = true;
      inWord = true;
    } else {
      literal(char);
    }
  }
  endWord();
  return { words };
}

/**
 * The paths a relative word with wildcards matches under `cwd`, sorted by code unit (a
 * shell in the C locale sorts the same way); the word itself when nothing matches, as a
 * shell does by default. Names starting with `.` match only a part that starts with `.`.
 */
function expandGlob(word: ShellWord, cwd: string): string[] {
  if (word.segments === undefined) return [word.text];
  const parts = word.text.split('/');
  let paths = [''];
  word.segments.forEach((matcher, index) => {
    const part = parts[index] as string;
    const under = (prefix: string, name: string) => (prefix === '' ? name : `${prefix}/${name}`);
    if (!/[*?]/.test(part)) {
      paths = paths.map((prefix) => under(prefix, part));
      return;
    }
    paths = paths.flatMap((prefix) => {
      const directory = join(cwd, prefix);
      if (!isDirectory(directory)) return [];
      return readdirSync(directory)
        .filter((name) => matcher.test(name) && (part.startsWith('.') || !name.startsWith('.')))
        .map((name) => under(prefix, name));
    });
  });
  const matches = paths.filter((path) => exists(join(cwd, path))).sort();
  return matches.length === 0 ? [word.text] : matches;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
