/**
 * Describes a found value for an error message: strings quoted, long values cut.
 *
 * @example
 * describeValue('2009-5'); // '"2009-5"'
 * describeValue(null); // 'null'
 * describeValue([1, 2]); // 'an array'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}
