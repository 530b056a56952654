/**
 * The 1-based line and column of an offset in a text (columns count UTF-16 code units).
 *
 * @example
 * lineAndColumn('{\n  "months": 12\n}', 4); // { line: 2, column: 3 }
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
