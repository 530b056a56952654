import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scenarioSchema } from '../../lib/scenario/schema.js';
import { generatedFiles } from '../tools/generatedFiles.js';
import { projectRoot } from '../support/fixtures.js';

describe('files generated from the schemas (scenario and decision record)', () => {
  for (const [path, expected] of Object.entries(generatedFiles())) {
    it(`${path} is up to date (run \`npm run generate\` after changing lib/scenario/schema.ts or lib/record/schema.ts)`, () => {
      assert.ok(readFileSync(projectRoot + path, 'utf8') === expected, `${path} is stale: run \`npm run generate\``);
    });
  }

  it('ships docs/scenario.schema.json equal to the schema object', () => {
    assert.deepEqual(JSON.parse(readFileSync(`${projectRoot}docs/scenario.schema.json`, 'utf8')), scenarioSchema);
  });
});
