/** Any versioned costmodel result: a comparison, a schedule, later the revisit report. */
export type VersionedResult = {
  readonly version: number;
  readonly kind: string;
};

/**
 * A versioned result as JSON for programs: two-space indentation and a final newline.
 * Money is already a decimal string in every result, so nothing is lost to binary floats.
 *
 * @example
 * renderJson(compare([selfHosted], { months: 36 })).startsWith('{\n  "version": 1,\n  "kind": "comparison",'); // true
 */
export function renderJson(result: VersionedResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
