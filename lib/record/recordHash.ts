/**
 * The hashes of a decision record: the SHA-256 of canonical JSON, for each recorded
 * scenario's definition and for the record as a whole. Canonical JSON is the JSON
 * Canonicalization Scheme of RFC 8785 for JSON data: keys sorted at every level (by UTF-16
 * code units), no whitespace, strings and numbers as `JSON.stringify` writes them.
 */
import { createRequire } from 'node:module';
import { isJsonObject, jsonCopy } from './jsonData.js';

type Crypto = typeof import('node:crypto');
// Required on first use: node:crypto loads some twenty modules of Node's, which importing
// costmodel, or a run that hashes nothing, should not pay for.
let nodeCrypto: Crypto | undefined;
const sha256 = () => (nodeCrypto ??= createRequire(import.meta.url)('node:crypto') as Crypto).createHash('sha256');

/**
 * JSON with keys sorted at every level and no whitespace (RFC 8785 for JSON data).
 *
 * @example
 * canonicalJson({ b: [2, { d: 1, c: 'x' }], a: null }); // '{"a":null,"b":[2,{"c":"x","d":1}]}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The SHA-256 (lowercase hexadecimal) of a scenario definition's canonical JSON: keys sorted
 * at every level (by UTF-16 code units), no whitespace, strings and numbers as
 * `JSON.stringify` writes them — the JSON Canonicalization Scheme of RFC 8785. The order of
 * keys and the layout of the file do not change it; any value does (`48000` and `"48000"`
 * are different content).
 *
 * @example
 * definitionHash({ b: 1, a: [true, null] }) === definitionHash({ a: [true, null], b: 1 }); // true
 * definitionHash({ a: [true, null], b: 1 }).length; // 64
 * definitionHash({ amount: 48000 }) === definitionHash({ amount: '48000' }); // false
 */
export function definitionHash(definition: unknown): string {
  return sha256().update(canonicalJson(jsonCopy(definition)), 'utf8').digest('hex');
}

/**
 * The SHA-256 (hex) of a decision record without its own `sha256` key, as canonical JSON
 * (keys sorted at every level, no whitespace: the same rule as {@link definitionHash}).
 *
 * @example
 * const record = decisionRecord(revisitReport([selfHosted, managedProvider]), [selfHosted, managedProvider]);
 * recordHash(record) === record.sha256; // true
 * recordHash({ ...record, decision: 'We decided to sign' }) === record.sha256; // false
 */
export function recordHash(record: object): string {
  const { sha256: _own, ...body } = record as Record<string, unknown>;
  return definitionHash(body);
}
