import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scenarioSchema } from '../../lib/scenario/schema.js';
import { projectRoot } from '../support/fixtures.js';
import { exampleScenarioFiles, replaceGeneratedRegion, SCENARIO_FORMAT_DOC } from '../tools/generatedFiles.js';
import { keysWithoutExample, scenarioKeyTables } from '../tools/scenarioKeyTable.js';

describe('docs/scenario-format.md', () => {
  it('has an example value for every key of the schema (add one to docs/examples/every-key.json)', () => {
    assert.deepEqual(keysWithoutExample(scenarioSchema, exampleScenarioFiles()), []);
  });

  it('shows, in docs/examples/every-key.json alone, every key of the format', () => {
    const everyKey = JSON.parse(readFileSync(`${projectRoot}docs/examples/every-key.json`, 'utf8')) as unknown;
    assert.deepEqual(keysWithoutExample(scenarioSchema, [everyKey]), []);
  });

  it('lists every key of the schema in its generated tables', () => {
    const doc = readFileSync(projectRoot + SCENARIO_FORMAT_DOC, 'utf8');
    for (const key of ['$schema', 'version', 'commitment.months', 'escalation.rate', 'escalation.every', 'billing', 'months', 'month']) {
      assert.ok(doc.includes(`| \`${key}\` |`), `no row for ${key}`);
    }
  });
});

describe('scenarioKeyTables', () => {
  const tables = scenarioKeyTables(scenarioSchema, exampleScenarioFiles());

  it('says which keys are required and what the others default to', () => {
    assert.ok(tables.includes('| `name` | text, not blank | required |'));
    assert.ok(tables.includes('| `category` | text, not blank | `"other"` |'));
    assert.ok(tables.includes('| `from` | [month](#value-types) | the scenario\'s `start` |'));
    assert.ok(tables.includes('| `escalation.rate` | [rate](#value-types) or [range](#ranges) | required in `escalation` |'));
  });

  it('shows enums, bounds and constants from the schema', () => {
    assert.ok(tables.includes('| `every` | one of `"month"`, `"quarter"`, `"year"` | required |'));
    assert.ok(tables.includes('| `fte` | number, 0.01 to 10000 |'));
    // a count of months, which may be a range: its bounds are the value type's
    assert.ok(tables.includes('| `commitment.months` | [monthCount](#value-types) or [range](#ranges) | required in `commitment` |'));
    assert.ok(tables.includes('| `monthCount` | whole number, at most 1200 |  | A count of whole months, written as a number (24, not "24"). As a number: 1 to 1200. |'));
    assert.ok(tables.includes('| `version` | always `1` | `1` |'));
  });

  it('escapes the pipes of patterns so the table keeps its columns', () => {
    assert.ok(tables.includes('`^\\d{4}-(0[1-9]\\|1[0-2])$`'));
  });

  it('takes example values from the founding scenarios first', () => {
    assert.ok(tables.includes('| `"../docs/scenario.schema.json"` |'));
    assert.ok(tables.includes('`{ "months": 24 }`'));
  });
});

describe('replaceGeneratedRegion', () => {
  it('replaces only the lines between the markers', () => {
    const document = 'a\n<!-- generated:keys:start (do not edit) -->\nold\nolder\n<!-- generated:keys:end -->\nb\n';
    assert.equal(replaceGeneratedRegion(document, 'keys', 'new'), 'a\n<!-- generated:keys:start (do not edit) -->\nnew\n<!-- generated:keys:end -->\nb\n');
  });

  it('fails without its markers', () => {
    assert.throws(() => replaceGeneratedRegion('no markers\n', 'keys', 'x'), /generated:keys:start/);
  });
});
