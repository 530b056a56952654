/**
 * The part of valid JSON data that a schema describes: keys the schema does not list are
 * left out, at every level. A record written by a later costmodel may hold fields this one
 * does not know; reading it keeps only what this costmodel's format says, so nothing
 * unknown travels further as if it were understood.
 */
import { isJsonObject } from './jsonData.js';

/** A schema, of which only the few keywords that say which keys an object has are read. */
type SchemaNode = {
  readonly [keyword: string]: unknown;
  readonly $ref?: string;
  readonly properties?: { readonly [key: string]: SchemaNode };
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
};

type RootSchema = SchemaNode & { readonly $defs?: { readonly [name: string]: SchemaNode } };

/**
 * `data` with only the keys `schema` lists: an object with `properties` keeps those (and,
 * with an `additionalProperties` schema, the others as that schema says); an object with
 * neither (a scenario definition) is kept whole; arrays follow `items`; local `$ref`s to
 * `#/$defs/…` are followed. `data` must already be valid against the schema.
 *
 * @example
 * const schema = { type: 'object', properties: { a: { type: 'object', properties: { b: {} } }, list: { type: 'array', items: { $ref: '#/$defs/x' } } }, $defs: { x: { type: 'object', properties: { c: {} } } } };
 * withoutUnknownKeys(schema, { a: { b: 1, extra: 2 }, list: [{ c: 3, d: 4 }], note: 'x' }); // { a: { b: 1 }, list: [{ c: 3 }] }
 */
export function withoutUnknownKeys<T>(schema: RootSchema, data: T): T {
  const definition = (node: SchemaNode): SchemaNode => {
    if (node.$ref === undefined) return node;
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    const target = schema.$defs?.[name];
    if (target === undefined || name === node.$ref) throw new Error(`withoutUnknownKeys: cannot follow $ref ${node.$ref}`);
    return { ...definition(target), ...withoutRef(node) };
  };
  const known = (node: SchemaNode, value: unknown): unknown => {
    const at = definition(node);
    const items = at.items;
    if (Array.isArray(value)) return items === undefined ? value : value.map((element) => known(items, element));
    if (!isJsonObject(value) || (at.properties === undefined && typeof at.additionalProperties !== 'object')) return value;
    const picked: Record<string, unknown> = {};
    for (const [key, element] of Object.entries(value)) {
      const property = at.properties?.[key] ?? (typeof at.additionalProperties === 'object' ? at.additionalProperties : undefined);
      if (property !== undefined) picked[key] = known(property, element);
    }
    return picked;
  };
  return known(schema, data) as T;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}
