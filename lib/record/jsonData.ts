/**
 * Small helpers for plain JSON data — a record, a scenario's definition — shared by the
 * record format and the comparison of a record with today.
 */

/** A JSON object, read as data. */
export type JsonObject = { readonly [key: string]: unknown };

/**
 * Whether a value is a JSON object (not null, not an array).
 *
 * @example
 * [isJsonObject({}), isJsonObject([]), isJsonObject(null)]; // [true, false, false]
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A deep copy as JSON has it: no undefined values, no shared objects.
 *
 * @example
 * jsonCopy({ a: 1, b: undefined, c: [2] }); // { a: 1, c: [2] }
 */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A key as a JSON Pointer token (RFC 6901): `~` and `/` escaped.
 *
 * @example
 * escapePointer('a/b~c'); // 'a~1b~0c'
 */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
