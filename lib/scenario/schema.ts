/**
 * The scenario file format, version 1, as a JSON Schema (draft 2020-12).
 *
 * This object is the single source of truth: validation (compiled ahead of time into
 * `generated/validateScenarioSchema.cjs`), the shipped `docs/scenario.schema.json` that editors
 * use through `$schema`, and the key table in `docs/scenario-format.md` are all generated from
 * it by `npm run generate`; a test fails when any of them is stale.
 *
 * This file holds the scenario's own keys and lists the definitions they refer to
 * (`#/$defs/…`), which live in `schema/`:
 *
 *   scenario ─┬─ name, currency, start, extends, …
 *             ├─ drivers ──────────────▶ $defs/driver         schema/driverDefinition.ts
 *             ├─ commitment, overlap                          schema/commitmentKeys.ts
 *             ├─ billing, actuals (FOCUS bills)                schema/billingKeys.ts
 *             └─ costs[] ──────────────▶ $defs/costItem       schema/costItemDefinition.ts
 *                                          by kind ─▶ $defs/oneTime, recurring, usage (and
 *                                          tier), step, staff, hardware: schema/<kind>Definition.ts
 *   every part ────────────────────────▶ $defs/month, amount, rate, quantity, signedQuantity
 *                                                             schema/valueDefinitions.ts
 */
import { actualsKey, billingKey } from './schema/billingKeys.js';
import { commitmentKey, overlapKey } from './schema/commitmentKeys.js';
import { costItemDefinition } from './schema/costItemDefinition.js';
import { driverDefinition, driversKey } from './schema/driverDefinition.js';
import { hardwareDefinition } from './schema/hardwareDefinition.js';
import { oneTimeDefinition } from './schema/oneTimeDefinition.js';
import { recurringDefinition } from './schema/recurringDefinition.js';
import { staffDefinition } from './schema/staffDefinition.js';
import { stepDefinition } from './schema/stepDefinition.js';
import { tierDefinition, usageDefinition } from './schema/usageDefinition.js';
import { nameKey, textKey, valueDefinitions } from './schema/valueDefinitions.js';

/**
 * The scenario file format, version 1, as a JSON Schema (draft 2020-12) object; the package
 * also ships it as `costmodel/scenario.schema.json` for editors.
 *
 * @example
 * [scenarioSchema.$id, scenarioSchema.required]; // ['urn:costmodel:scenario:1', ['name', 'currency', 'start', 'costs']]
 * Object.keys(scenarioSchema.$defs.recurring.properties);
 * // ['name', 'kind', 'amount', 'every', 'billing', 'from', 'months', 'escalation', 'category', 'source', 'note']
 */
export const scenarioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:costmodel:scenario:1',
  title: 'costmodel scenario',
  description: 'One hosting option: what it costs, from when, and what it commits you to.',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'currency', 'start', 'costs'],
  properties: {
    $schema: textKey('Path or URL of this schema, so editors check and complete the file.'),
    version: { const: 1, default: 1, description: 'The scenario format version. Only 1 exists.' },
    name: nameKey('Display name, unique among the compared scenarios.'),
    description: textKey('A sentence about this option (e.g. "Quote received April 2009").'),
    currency: {
      type: 'string',
      pattern: '^[A-Z]{3}$',
      description: 'ISO 4217 currency code of every amount in the file (e.g. "USD"). Compared scenarios must share it.',
    },
    start: { $ref: '#/$defs/month', description: 'YYYY-MM: the month this option\'s costs begin. It costs nothing before.' },
    extends: {
      type: 'string',
      pattern: '\\S',
      description:
        'Path of a base file (relative to this file) whose keys this file takes unless it gives them itself, typically shared `drivers`. A base file has this format with every key optional; drivers merge by name, other keys are replaced whole. Only files read from disk can extend.',
    },
    drivers: driversKey,
    commitment: commitmentKey,
    overlap: overlapKey,
    billing: billingKey,
    actuals: actualsKey,
    costs: {
      type: 'array',
      description: 'The cost items of this option.',
      items: { $ref: '#/$defs/costItem' },
    },
  },
  $defs: {
    ...valueDefinitions,
    driver: driverDefinition,
    tier: tierDefinition,
    costItem: costItemDefinition,
    oneTime: oneTimeDefinition,
    recurring: recurringDefinition,
    usage: usageDefinition,
    step: stepDefinition,
    staff: staffDefinition,
    hardware: hardwareDefinition,
  },
} as const;

export type ScenarioSchema = typeof scenarioSchema;
