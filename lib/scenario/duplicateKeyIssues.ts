import type { Issue } from '../issues/issue.js';

/** An object or array being read: the keys seen so far in an object (with their lines), and whether a key comes next. */
type Container = { readonly keys: Map<string, number> | undefined; expectsKey: boolean };

/**
 * Every key given twice in one object of a JSON text, at the second with the line of the
 * first: `JSON.parse` keeps the last value without a word, so a list of costs written twice
 * would silently lose the first. The text must be valid JSON (it has been parsed); keys are
 * compared as JSON reads them, so `"\u006donths"` is `"months"`. One pass over the text, and
 * no parser to load, since every file costmodel reads comes through here.
 *
 * @example
 * duplicateKeyIssues('{\n  "months": 12,\n  "months": 24\n}', 'options.json').map((issue) => [issue.line, issue.column]); // [[3, 3]]
 * duplicateKeyIssues('[{ "name": "a" }, { "name": "b" }]'); // []
 */
export function duplicateKeyIssues(text: string, file?: string): Issue[] {
  const issues: Issue[] = [];
  const open: Container[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x7b) open.push({ keys: new Map(), expectsKey: true });
    else if (c === 0x5b) open.push({ keys: undefined, expectsKey: false });
    else if (c === 0x7d || c === 0x5d) open.pop();
    else if (c === 0x2c) {
      const container = open[open.length - 1];
      if (container?.keys !== undefined) container.expectsKey = true;
    } else if (c === 0x22) {
      const end = closingQuote(text, i);
      const container = open[open.length - 1];
      if (container?.keys !== undefined && container.expectsKey) {
        const quoted = text.slice(i, end + 1);
        const key = quoted.includes('\\') ? (JSON.parse(quoted) as string) : quoted.slice(1, -1);
        const first = container.keys.get(key);
        if (first === undefined) container.keys.set(key, line);
        else {
          issues.push({
            code: 'duplicate-key',
            ...(file === undefined ? {} : { file }),
            line,
            column: i - lineStart + 1,
            message: `the key ${JSON.stringify(key)} is given twice (first on line ${first}): JSON keeps only the last, so the first would be lost; remove one or merge them`,
          });
        }
        container.expectsKey = false;
      }
      // A JSON string holds no raw line break: the line count stays right.
      i = end;
    }
  }
  return issues;
}

/** The index of the quote that closes the string opened at `start`. */
export function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return text.length - 1;
}
