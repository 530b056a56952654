/**
 * One object of the keys of `first`, then of `second`, whose value is not `undefined`, in
 * their order (a key of both keeps its place, and takes the value `second` gives it unless
 * that is undefined). It is how an object with optional keys is built here, instead of
 * spreading: the Node this runs on gives an object made by spreading another and adding keys
 * (`{ ...common, kind }`, or `...(x === undefined ? {} : { x })`) a hidden class of its own, and
 * then building a thousand scenarios' items, and every later read of their fields, is several
 * times slower. Objects built here share one hidden class per set of keys present.
 *
 * @example
 * const note: string | undefined = undefined;
 * definedOnly({ name: 'Hosting', note }, { kind: 'recurring' }); // { name: 'Hosting', kind: 'recurring' }
 */
export function definedOnly<const A extends object, const B extends object = object>(first: A, second?: B): A & B {
  const result: Record<string, unknown> = {};
  copyDefined(first, result);
  if (second !== undefined) copyDefined(second, result);
  return result as A & B;
}

function copyDefined(from: object, to: Record<string, unknown>): void {
  for (const key in from) {
    const value = (from as Record<string, unknown>)[key];
    if (value !== undefined) to[key] = value;
  }
}
