import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { exampleScenarioFiles, projectRoot, readExample } from '../support/fixtures.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('parseScenario', () => {
  it('validates and normalizes every example scenario', () => {
    const names = exampleScenarioFiles();
    assert.ok(names.length >= 2, 'the founding example has two scenario files');
    for (const name of names) {
      const result = parseScenario(readExample(name), name);
      assert.ok(result.ok, `${name}: ${JSON.stringify(!result.ok && result.issues)}`);
    }
  });

  it('finds the shipped schema through the $schema of every example', () => {
    for (const name of exampleScenarioFiles()) {
      const schemaPath = (readExample(name) as { $schema?: string }).$schema;
      assert.equal(typeof schemaPath, 'string', name);
      assert.ok(existsSync(resolve(dirname(`${projectRoot}scenarios/${name}`), schemaPath as string)), `${name}: ${schemaPath}`);
    }
  });

  it('reads the founding managed-provider quote', () => {
    const result = parseScenario(readExample('managed-provider.json'));
    assert.ok(result.ok);
    const { value } = result;
    assert.equal(value.name, 'Managed provider');
    assert.deepEqual(value.commitment, { months: 24 });
    assert.deepEqual(
      value.items.map((item) => [item.name, item.kind, 'amount' in item ? item.amount.toFixed(2) : undefined, item.category]),
      [
        ['Migration and setup', 'one-time', '45000.00', 'migration'],
        ['Managed hosting', 'recurring', '40000.00', 'hosting'],
      ],
    );
  });

  it('does not mutate its input (no schema defaults are written into it)', () => {
    const data = deepFreeze(readExample('self-hosted.json'));
    const before = structuredClone(data);
    assert.ok(parseScenario(data).ok); // frozen: any write would throw in strict mode
    assert.deepEqual(data, before);
  });

  it('stops at schema problems, naming the file, before normalizing', () => {
    const result = parseScenario({ name: 'x', currency: 'XYZ', start: '2009-5', costs: [] }, 'x.json');
    assert.ok(!result.ok);
    // only the schema problem: the unknown currency is a normalization check and is not reached
    assert.deepEqual(result.issues, [
      { code: 'invalid-value', file: 'x.json', path: '/start', message: 'expected a month as YYYY-MM (e.g. "2009-05"), found "2009-5"' },
    ]);
  });

  it('reports normalization problems with the file when the shape is right', () => {
    const result = parseScenario({ name: 'x', currency: 'XYZ', start: '2009-05', costs: [] }, 'x.json');
    assert.ok(!result.ok);
    assert.deepEqual(result.issues.map((issue) => [issue.file, issue.path, issue.code]), [['x.json', '/currency', 'unknown-currency']]);
  });
});
