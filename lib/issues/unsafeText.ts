import type { Issue } from './issue.js';

// What no text from a file may hold: control characters other than tab and line breaks (ESC
// starts terminal escape sequences, NUL and most others are not allowed in XML, so an SVG
// with one is broken), and what is not a character at all — half of a surrogate pair, and
// U+FFFE and U+FFFF. Nor the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069): one left open makes a table, a chart or a report show the text after it in
// another order than it is read ("Trojan source"); right-to-left text needs none of them.
// Without the `u` flag, so that a lone surrogate can be matched.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What is wrong with a text that would reach a table, a chart or a report: the first control
 * character (other than a tab or a line break), bidirectional control or non-character in it, with its place
 * (1-based, in characters); undefined when there is none.
 *
 * @example
 * unsafeTextProblem('Colo\u001b[2J');
 * // 'the text has the control character U+001B at character 5; remove it (a text may hold tabs and line breaks, no other control characters)'
 * unsafeTextProblem('Self-hosted\n(2009)'); // undefined
 * unsafeTextProblem('مستضاف ذاتيا'); // undefined
 */
export function unsafeTextProblem(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  if (match === null) return undefined;
  const code = match[0].charCodeAt(0);
  const character = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const at = `at character ${Array.from(text.slice(0, match.index)).length + 1}`;
  if (code >= 0xd800 && code <= 0xdfff) return `the text has ${character} ${at}, half of a surrogate pair and no character of its own; remove it`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return `the text has the bidirectional control ${character} ${at}, which would show the text after it in another order than it is read; remove it (right-to-left text needs no control characters)`;
  }
  if (code >= 0xfffe) return `the text has ${character} ${at}, which is no character; remove it`;
  return `the text has the control character ${character} ${at}; remove it (a text may hold tabs and line breaks, no other control characters)`;
}

/**
 * Every key and text in JSON data that holds a control character or a non-character, each
 * an `invalid-character` issue at its JSON pointer. Walks the data without recursion, so
 * however deep it is nested.
 *
 * @example
 * unsafeTextIssues({ name: 'ok', costs: [{ name: 'Rack\u0000' }] }, 'a.json').map((issue) => issue.path); // ['/costs/0/name']
 */
export function unsafeTextIssues(data: unknown, file?: string): Issue[] {
  // Nearly every file has none: looked for first without keeping track of where each text is.
  if (!holdsUnsafeText(data)) return [];
  const issues: Issue[] = [];
  // A file's pointer is spelled out only for a text with a problem: each value waiting to be
  // read knows the one it is in and its own key or index.
  type Pending = { readonly value: unknown; readonly parent: Pending | undefined; readonly segment: string; readonly isKey: boolean };
  const pathOf = (entry: Pending): string => {
    let path = '';
    for (let at: Pending | undefined = entry; at?.parent !== undefined; at = at.parent) path = `/${at.segment.replace(/~/g, '~0').replace(/\//g, '~1')}${path}`;
    return path;
  };
  const report = (entry: Pending, text: string) => {
    if (!UNSAFE.test(text)) return;
    const problem = unsafeTextProblem(text) as string;
    issues.push({ code: 'invalid-character', ...(file === undefined ? {} : { file }), path: pathOf(entry), message: problem });
  };
  // Children are pushed last first, so they are taken in the order of the file.
  const pending: Pending[] = [{ value: data, parent: undefined, segment: '', isKey: false }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const value = next.value;
    if (next.isKey) report(next, next.segment);
    if (typeof value === 'string') report(next, value);
    else if (Array.isArray(value)) for (let index = value.length - 1; index >= 0; index--) pending.push({ value: value[index], parent: next, segment: String(index), isKey: false });
    else if (value !== null && typeof value === 'object') {
      const names = Object.keys(value);
      for (let index = names.length - 1; index >= 0; index--) {
        const name = names[index] as string;
        pending.push({ value: (value as Record<string, unknown>)[name], parent: next, segment: name, isKey: true });
      }
    }
  }
  return issues;
}

/**
 * Whether a JSON text can give no key or text that {@link unsafeTextIssues} would report: it
 * has no escape (no backslash), so every key and text in it is spelled as it reads, and no
 * character the issues refuse. Outside its keys and texts, valid JSON holds only ASCII
 * punctuation, digits, letters and the blanks a text may hold. One search through the text
 * instead of a walk through its data, for the files nearly all of which hold none.
 *
 * @example
 * jsonTextHoldsNoUnsafeText('{"name": "Self-hosted"}'); // true
 * jsonTextHoldsNoUnsafeText('{"name": "Rack\\u0000"}'); // false
 */
export function jsonTextHoldsNoUnsafeText(text: string): boolean {
  return !text.includes('\\') && !UNSAFE.test(text);
}

/** Whether any key or text in JSON data may be unsafe: a quick walk that keeps no path. */
function holdsUnsafeText(data: unknown): boolean {
  const pending: unknown[] = [data];
  for (let next = pending.pop(); next !== undefined || pending.length > 0; next = pending.pop()) {
    if (typeof next === 'string') {
      if (mayBeUnsafe(next)) return true;
    } else if (Array.isArray(next)) {
      for (const element of next as unknown[]) pending.push(element);
    } else if (next !== null && typeof next === 'object') {
      for (const key of Object.keys(next)) {
        if (mayBeUnsafe(key)) return true;
        pending.push((next as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

/** Whether a text may hold what {@link unsafeTextProblem} refuses: it has a character outside printable ASCII, and the pattern matches. */
function mayBeUnsafe(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return UNSAFE.test(text);
  }
  return false;
}
