/**
 * Makes `key` of `target` the plain data property `value`: the end of a property computed on
 * first read. A result field that costs much to write out and that many readers never look
 * at (a comparison's month-by-month figures, which a terminal table does not show) is an
 * enumerable getter that calls this: from the first read on it is an ordinary data property,
 * in its place among the keys, so JSON, spreading, comparing and cloning see plain data.
 *
 * @example
 * const result = { name: 'a', get monthly(): string[] { return keptOnFirstRead(this, 'monthly', ['1.00']); } };
 * JSON.stringify(result); // '{"name":"a","monthly":["1.00"]}'
 * result.monthly === result.monthly; // true
 */
export function keptOnFirstRead<T>(target: object, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}
