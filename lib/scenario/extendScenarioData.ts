/**
 * A scenario file's data merged with the base file it `extends`, and which file each part
 * came from, so that a problem found later names the file to fix.
 *
 * @example
 * const base = { currency: 'USD', drivers: { customers: { value: 200 } } };
 * const own = { extends: 'business.json', name: 'Provider', start: '2009-05', costs: [] };
 * const extended: ExtendedScenarioData = extendScenarioData({ data: base, fileOf: () => 'business.json' }, own, 'provider.json');
 * extended.data; // { currency: 'USD', drivers: { customers: { value: 200 } }, name: 'Provider', start: '2009-05', costs: [] }
 * [extended.fileOf('/drivers/customers/value'), extended.fileOf('/costs')]; // ['business.json', 'provider.json']
 */
export type ExtendedScenarioData = {
  /** The merged data, without `extends`. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The file that gave the value at a JSON pointer of `data`; `''` (the whole document) is the extending file. */
  readonly fileOf: (pointer: string) => string;
};

/**
 * Merges a scenario file's data over the (already merged) data of its base: the file's own
 * keys win; `drivers` merge by name, the file's own definition of a driver replacing the
 * base's; every other key is replaced whole (a file that gives `costs` gives all of them).
 * Pure: lib/io reads the files and calls this.
 *
 * @example
 * const base = { drivers: { customers: { value: 200 }, servers: { value: 4 } } };
 * const own = { drivers: { customers: { value: 250 } } };
 * extendScenarioData({ data: base, fileOf: () => 'base.json' }, own, 'own.json').data;
 * // { drivers: { customers: { value: 250 }, servers: { value: 4 } } }
 */
export function extendScenarioData(
  base: ExtendedScenarioData,
  own: Readonly<Record<string, unknown>>,
  ownFile: string,
): ExtendedScenarioData {
  const { extends: _extends, ...ownKeys } = own;
  const data: Record<string, unknown> = { ...base.data, ...ownKeys };
  const baseDrivers = base.data['drivers'];
  const ownDrivers = ownKeys['drivers'];
  if (isPlainObject(baseDrivers) && isPlainObject(ownDrivers)) data['drivers'] = { ...baseDrivers, ...ownDrivers };
  const fileOf = (pointer: string): string => {
    const [key, driver] = pointer.split('/').slice(1).map(unescapePointer);
    if (key === undefined) return ownFile;
    if (key === 'drivers' && driver !== undefined && isPlainObject(ownDrivers) && isPlainObject(baseDrivers)) {
      return Object.hasOwn(ownDrivers, driver) || !Object.hasOwn(baseDrivers, driver) ? ownFile : base.fileOf(pointer);
    }
    return Object.hasOwn(ownKeys, key) || !Object.hasOwn(base.data, key) ? ownFile : base.fileOf(pointer);
  };
  return { data, fileOf };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
