/**
 * The key tables of docs/scenario-format.md, written from the scenario JSON Schema:
 *
 *   scenarioSchema ─▶ one table per object (scenario, each map such as `drivers`, each cost
 *     item kind) with every key, nested objects flattened (`commitment.months`,
 *     `escalation.rate`), and so are the objects of arrays (`tiers[].upTo`)
 *     ─▶ columns from the schema: type and bounds (type, const, enum, pattern, minimum,
 *        maximum, $ref), required or default (`required`, `default`, or the "Default: …"
 *        sentence of a description), meaning (the description)
 *     ─▶ an example value: the first one found in the example scenario files
 *   ─▶ a table of the value types ($defs that are not objects: month, amount, rate)
 *
 * The schema is read as plain JSON, so a new key, kind or bound shows up here without
 * touching this file.
 */

type JsonSchema = { readonly [keyword: string]: unknown };

/** The value types (`$defs` that are not objects) an array may hold, linked to the value types table. */
const VALUE_TYPE_REFS = new Set(['month', 'amount', 'rate', 'quantity', 'signedQuantity']);
/** Where the tables link for a `$ref` to a value type. */
const VALUE_TYPES_ANCHOR = '#value-types';
/** Where the tables link for a value that may be a range. */
const RANGES_ANCHOR = '#ranges';
/** Object or array examples longer than this are left out of the table: they do not read well in a cell. */
const MAX_COMPOSITE_EXAMPLE_LENGTH = 40;
/** A description's sentence that states a default the schema cannot express as a value. */
const DEFAULT_SENTENCE = /\s*Default: (.+?)\.?$/;

/**
 * The Markdown written between the `generated:keys` markers: the scenario table, one table
 * per cost item kind and the value types, each under a `###` heading.
 *
 * @param examples parsed scenario files, in the order their values should be preferred
 */
export function scenarioKeyTables(schema: JsonSchema, examples: readonly unknown[]): string {
  const defs = asRecord(schema.$defs);
  const kinds = costItemKinds(schema);
  const sections = [
    section('Scenario', 'The top level of a scenario file.', keyRows({ root: schema, kinds, example: (path) => exampleAt(examples, path) }, schema, [])),
    ...namedEntryMaps(schema).map(({ key, definition, heading }) =>
      section(
        heading,
        `${sentence(String(definition.description ?? ''))} A value of \`${key}\`, under its name.`,
        keyRows({ root: schema, kinds, example: (path) => exampleInMap(examples, key, path) }, definition, []),
      ),
    ),
    ...kinds.map(({ kind, definition, heading }) =>
      section(
        heading,
        `${sentence(String(definition.description ?? ''))} An element of \`costs\` with \`"kind": "${kind}"\`.`,
        keyRows({ root: schema, kinds, example: (path) => exampleInCostItem(examples, kind, path) }, definition, []),
      ),
    ),
    valueTypesSection(defs),
  ];
  return sections.join('\n\n');
}

/**
 * The top-level keys whose value maps names to objects of one definition (`drivers`: name →
 * driver), each with a table of its own.
 */
function namedEntryMaps(schema: JsonSchema): { key: string; definition: JsonSchema; heading: string }[] {
  return Object.entries(asRecord(schema.properties)).flatMap(([key, value]) => {
    const entries = asRecord(asRecord(value).additionalProperties);
    if (typeof entries.$ref !== 'string') return [];
    const heading = key.charAt(0).toUpperCase() + key.slice(1);
    return [{ key, definition: resolveRef(schema, entries.$ref), heading }];
  });
}

type CostItemKind = { readonly kind: string; readonly definition: JsonSchema; readonly heading: string; readonly anchor: string };

/** The kinds of cost item, read from the `oneOf` of the cost item definition and each branch's `kind` const. */
function costItemKinds(schema: JsonSchema): CostItemKind[] {
  const defs = asRecord(schema.$defs);
  const costItem = asRecord(defs.costItem);
  return asArray(costItem.oneOf).map((branch) => {
    const definition = resolveRef(schema, String(asRecord(branch).$ref));
    const kind = String(asRecord(asRecord(definition.properties).kind).const);
    const heading = `Cost items: \`${kind}\``;
    return { kind, definition, heading, anchor: `#${anchorOf(heading)}` };
  });
}

type Row = readonly [key: string, type: string, requiredOrDefault: string, meaning: string, example: string];

/** What the rows of one table need besides the object's own schema. */
type TableContext = {
  readonly root: JsonSchema;
  readonly kinds: readonly CostItemKind[];
  /** The example value at a key path inside the object the table describes. */
  readonly example: (path: readonly string[]) => unknown;
};

function keyRows(context: TableContext, objectSchema: JsonSchema, prefix: readonly string[]): Row[] {
  const required = new Set(asArray(objectSchema.required).map(String));
  const rows: Row[] = [];
  for (const [key, value] of Object.entries(asRecord(objectSchema.properties))) {
    const property = asRecord(value);
    const path = [...prefix, key];
    const { meaning, defaultText } = splitDefault(String(property.description ?? ''));
    const requiredOrDefault = required.has(key)
      ? prefix.length === 0
        ? 'required'
        : `required in ${code(prefix.join('.'))}`
      : property.default !== undefined
        ? code(JSON.stringify(property.default))
        : (defaultText ?? 'optional');
    rows.push([
      code(path.join('.')),
      typeOf(property, context.kinds),
      requiredOrDefault,
      markdownInline(meaning === '' ? referencedDescription(context.root, property) : meaning),
      exampleCell(context.example(path)),
    ]);
    if (asRecord(property.properties) !== EMPTY) rows.push(...keyRows(context, property, path));
    const itemObject = arrayItemObject(context.root, property);
    if (itemObject !== undefined) rows.push(...keyRows(context, itemObject, [...path.slice(0, -1), `${key}[]`]));
  }
  return rows;
}

/** The object definition the elements of an array property have, if they are objects. */
function arrayItemObject(root: JsonSchema, property: JsonSchema): JsonSchema | undefined {
  const items = asRecord(property.items);
  if (typeof items.$ref !== 'string' || refName(items.$ref) === 'costItem') return undefined;
  const definition = resolveRef(root, items.$ref);
  return definition.type === 'object' ? definition : undefined;
}

function typeOf(property: JsonSchema, kinds: readonly CostItemKind[]): string {
  if (typeof property.$ref === 'string') {
    const name = refName(property.$ref);
    if (name.endsWith('OrRange')) return `[${name.slice(0, -'OrRange'.length)}](${VALUE_TYPES_ANCHOR}) or [range](${RANGES_ANCHOR})`;
    return name === 'costItem' ? 'cost item' : `[${name}](${VALUE_TYPES_ANCHOR})`;
  }
  if (property.const !== undefined) return `always ${code(JSON.stringify(property.const))}`;
  if (Array.isArray(property.enum)) return `one of ${property.enum.map((v) => code(JSON.stringify(v))).join(', ')}`;
  const types = Array.isArray(property.type) ? property.type.map(String) : [String(property.type)];
  const entries = asRecord(property.additionalProperties);
  if (types.includes('object') && typeof entries.$ref === 'string') return `object: name → [${refName(entries.$ref)}](#${anchorOf(`${refName(entries.$ref)}s`)})`;
  if (types.includes('array')) {
    const items = asRecord(property.items);
    if (typeof items.$ref === 'string' && refName(items.$ref) === 'costItem') {
      return `array of cost items: ${kinds.map((k) => `[${code(k.kind)}](${k.anchor})`).join(' or ')}`;
    }
    const parts = [typeof items.$ref === 'string' && refName(items.$ref) !== 'costItem' && VALUE_TYPE_REFS.has(refName(items.$ref)) ? `array of [${refName(items.$ref)}](${VALUE_TYPES_ANCHOR})s` : 'array'];
    const { minItems, maxItems } = property;
    if (typeof minItems === 'number' && typeof maxItems === 'number') parts.push(`${minItems} to ${maxItems} elements`);
    return parts.join(', ');
  }
  const parts = [types.map(typeName).join(' or ')];
  if (typeof property.pattern === 'string') parts.push(property.pattern === '\\S' ? 'not blank' : `matching ${code(property.pattern)}`);
  const bounds = boundsOf(property);
  if (bounds !== undefined) parts.push(bounds);
  return parts.join(', ');
}

function boundsOf(schema: JsonSchema): string | undefined {
  const { minimum, maximum } = schema;
  if (typeof minimum === 'number' && typeof maximum === 'number') return `${minimum} to ${maximum}`;
  if (typeof minimum === 'number') return `at least ${minimum}`;
  if (typeof maximum === 'number') return `at most ${maximum}`;
  return undefined;
}

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'integer':
      return 'whole number';
    default:
      return type;
  }
}

/** A `$ref` property without its own description takes the referenced definition's (for a number or a range, the number's). */
function referencedDescription(root: JsonSchema, property: JsonSchema): string {
  if (typeof property.$ref !== 'string') return '';
  const definition = resolveRef(root, property.$ref);
  const orNumber = asRecord(definition.else);
  if (typeof orNumber.$ref === 'string') return String(resolveRef(root, orNumber.$ref).description ?? '');
  return String(definition.description ?? '');
}

function valueTypesSection(defs: JsonSchema): string {
  const rows: Row[] = [];
  for (const [name, value] of Object.entries(defs)) {
    const definition = asRecord(value);
    // Objects (the cost items, a range) have tables of their own; "a number or a range" links to both.
    if (definition.type === 'object' || definition.oneOf !== undefined || definition.if !== undefined) continue;
    rows.push([
      code(name),
      typeOf({ ...definition, pattern: undefined, minimum: undefined }, []),
      typeof definition.pattern === 'string' ? code(definition.pattern) : '',
      markdownInline(sentence(String(definition.description ?? ''))) + (boundsOf(definition) === undefined ? '' : ` As a number: ${boundsOf(definition)}.`),
      '',
    ]);
  }
  const table = markdownTable(
    ['type', 'JSON', 'text must match', 'meaning'],
    rows.map((row) => row.slice(0, 4)),
  );
  return `### Value types\n\nThe types the tables above link to.\n\n${table}`;
}

function section(heading: string, intro: string, rows: readonly Row[]): string {
  return `### ${heading}\n\n${intro}\n\n${markdownTable(['key', 'type', 'required / default', 'meaning', 'example'], rows)}`;
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function splitDefault(description: string): { meaning: string; defaultText?: string } {
  const match = DEFAULT_SENTENCE.exec(description);
  if (match === null) return { meaning: description };
  return { meaning: description.slice(0, match.index), defaultText: match[1] as string };
}

function exampleCell(value: unknown): string {
  if (value === undefined) return '';
  const text = compactJson(value);
  if (typeof value === 'object' && value !== null && text.length > MAX_COMPOSITE_EXAMPLE_LENGTH) return '';
  return code(text);
}

/** JSON on one line with a space after `:` and `,`, as people write small objects. */
function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${compactJson(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function exampleAt(examples: readonly unknown[], path: readonly string[]): unknown {
  for (const example of examples) {
    const value = valueAt(example, path);
    if (value !== undefined) return value;
  }
  return undefined;
}

function exampleInCostItem(examples: readonly unknown[], kind: string, path: readonly string[]): unknown {
  for (const example of examples) {
    for (const item of asArray(asRecord(example).costs)) {
      if (asRecord(item).kind !== kind) continue;
      const value = valueAt(item, path);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The value at a key path; a `key[]` step looks into every element of the array at `key`. */
function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (let index = 0; index < path.length; index++) {
    const key = path[index] as string;
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    if (key.endsWith('[]')) {
      const rest = path.slice(index + 1);
      for (const element of asArray((current as Record<string, unknown>)[key.slice(0, -2)])) {
        const found = valueAt(element, rest);
        if (found !== undefined) return found;
      }
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The first example value at a path inside any entry of the map at `key` (any driver). */
function exampleInMap(examples: readonly unknown[], key: string, path: readonly string[]): unknown {
  for (const example of examples) {
    for (const entry of Object.values(asRecord(asRecord(example)[key]))) {
      const value = valueAt(entry, path);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** Every key of the schema (scenario and cost item kinds, nested keys flattened) that no example file uses. */
export function keysWithoutExample(schema: JsonSchema, examples: readonly unknown[]): string[] {
  const missing: string[] = [];
  const walk = (objectSchema: JsonSchema, prefix: readonly string[], example: (path: readonly string[]) => unknown, label: string) => {
    for (const [key, value] of Object.entries(asRecord(objectSchema.properties))) {
      const path = [...prefix, key];
      if (example(path) === undefined) missing.push(`${label}${path.join('.')}`);
      if (asRecord(asRecord(value).properties) !== EMPTY) walk(asRecord(value), path, example, label);
      const itemObject = arrayItemObject(schema, asRecord(value));
      if (itemObject !== undefined) walk(itemObject, [...prefix, `${key}[]`], example, label);
    }
  };
  walk(schema, [], (path) => exampleAt(examples, path), '');
  for (const { key, definition } of namedEntryMaps(schema)) walk(definition, [], (path) => exampleInMap(examples, key, path), `${key} entry: `);
  for (const { kind, definition } of costItemKinds(schema)) {
    walk(definition, [], (path) => exampleInCostItem(examples, kind, path), `${kind} cost item: `);
  }
  return missing;
}

function resolveRef(schema: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, found ${ref}`);
  let current: unknown = schema;
  for (const part of ref.slice(2).split('/')) current = asRecord(current)[part];
  if (current === undefined) throw new Error(`$ref ${ref} points nowhere`);
  return asRecord(current);
}

function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/**
 * Description text as Markdown. Descriptions are plain sentences with `code` in backticks;
 * outside the backticks, `*`, `_`, `<` and `[` would start Markdown, so they are escaped.
 */
function markdownInline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/([*_<[\\])/g, '\\$1')))
    .join('');
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

const EMPTY: JsonSchema = Object.freeze({});

function asRecord(value: unknown): JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : EMPTY;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
