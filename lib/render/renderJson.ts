/**
 * Any versioned costmodel result: a comparison, a schedule, later the revisit report.
 *
 * @example
 * const results: VersionedResult[] = [compare([selfHosted]), schedule([selfHosted])];
 * results.map((result) => `${result.kind} v${result.version}`); // ['comparison v1', 'schedule v1']
 */
export type VersionedResult = {
  readonly version: number;
  readonly kind: string;
};

/**
 * A versioned result as JSON for programs: two-space indentation and a final newline.
 * Money is already a decimal string in every result, so nothing is lost to binary floats.
 *
 * @example
 * const json = renderJson(compare([selfHosted], { months: 36 }));
 * json.split('\n').slice(0, 3); // ['{', '  "version": 1,', '  "kind": "comparison",']
 * JSON.parse(json).scenarios[0].total; // '144000.00'
 */
export function renderJson(result: VersionedResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
