import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import { renderJson } from '../../lib/render/renderJson.js';
import { expectGolden } from '../golden/golden.js';
import { foundingScenarios } from './fixtures.js';

describe('renderJson', () => {
  const comparison = compare(foundingScenarios(), { months: 36 });
  const ledger = schedule(foundingScenarios(), { months: 36 });

  it('writes the comparison with two-space indentation, version and kind first, and a final newline', () => {
    const json = renderJson(comparison);
    assert.ok(json.startsWith('{\n  "version": 1,\n  "kind": "comparison",\n  "settings": {\n    "from": "2009-05",'));
    assert.ok(json.endsWith('\n}\n'));
  });

  it('keeps money as decimal strings', () => {
    const json = renderJson(comparison);
    assert.match(json, /\n {6}"total": "1485000\.00",\n/);
    assert.match(json, /\n {8}"committedMinimum": "1005000\.00",\n/);
  });

  it('reads back as the same comparison and the same schedule', () => {
    assert.deepEqual(JSON.parse(renderJson(comparison)), comparison);
    assert.deepEqual(JSON.parse(renderJson(ledger)), ledger);
  });

  it('matches test/golden/compare.json for the founding example', () => {
    expectGolden('compare.json', renderJson(comparison));
  });

  it('matches test/golden/schedule.json for the founding example', () => {
    expectGolden('schedule.json', renderJson(ledger));
  });
});
