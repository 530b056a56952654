import { existsSync, readdirSync } from 'node:fs';

/** A fenced code block of a Markdown file. */
export type CodeBlock = {
  /** The file, as a path from the project root. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The first word of the info string (`console`, `json`, `sh`…), `''` when there is none. */
  readonly language: string;
  /** The rest of the info string split on spaces: `file=docs/examples/typo.json`, `invalid`. */
  readonly attributes: readonly string[];
  /** The lines between the fences. */
  readonly lines: readonly string[];
};

const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`]*)$/;

/**
 * Every fenced code block of a CommonMark document, in order. A block closes at a fence of
 * the same character at least as long as the opening one, so a ```` fence can show a ```
 * block; a block left open runs to the end of the file, as CommonMark says.
 *
 * @example
 * codeBlocks('x.md', 'text\n```json file=a.json\n{}\n```\n')[0];
 * // { file: 'x.md', line: 2, language: 'json', attributes: ['file=a.json'], lines: ['{}'] }
 */
export function codeBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING_FENCE.exec(lines[i] as string);
    if (opening === null) continue;
    const fence = opening[1] as string;
    const [language = '', ...attributes] = (opening[2] as string).trim().split(/\s+/).filter((word) => word !== '');
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !closing.test(lines[j] as string); j++) body.push(lines[j] as string);
    blocks.push({ file, line: i + 1, language, attributes, lines: body });
    i = j;
  }
  return blocks;
}

/** The value of a `key=value` attribute of a block, if it has one. */
export function attribute(block: CodeBlock, key: string): string | undefined {
  const prefix = `${key}=`;
  return block.attributes.find((word) => word.startsWith(prefix))?.slice(prefix.length);
}

/** The pages whose examples are run, as paths from the project root: README.md, then docs/*.md. */
export function documentationPages(projectRoot: string): string[] {
  const docs = readdirSync(`${projectRoot}docs`)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return existsSync(`${projectRoot}README.md`) ? ['README.md', ...docs] : docs;
}
