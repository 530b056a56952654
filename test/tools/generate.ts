/**
 * Regenerates the files derived from the scenario JSON Schema (lib/scenario/schema.ts):
 *
 *   lib/scenario/generated/validateScenarioSchema.cjs  ajv's standalone validator, so the CLI
 *                                                      never compiles a schema at start-up
 *   docs/scenario.schema.json                          the schema editors load through `$schema`
 *   docs/scenario-format.md (between its               the key tables, with example values
 *     `generated:keys` markers)                        from scenarios/ and docs/examples/
 *
 * Run `npm run generate` after changing the schema; test/scenario/generated.test.ts fails
 * while any of them is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generatedFiles.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(root + path, content);
  console.log(`wrote ${path}`);
}
