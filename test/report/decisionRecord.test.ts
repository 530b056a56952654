/**
 * Writing a decision record: `costmodel report … --record decision.json` keeps what was
 * decided and on which inputs. Expected values are the founding example's, worked out by
 * hand (see test/support/records.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDecisionRecord } from '../../lib/record/parseDecisionRecord.js';
import { definitionHash } from '../../lib/record/recordHash.js';
import { renderJson } from '../../lib/render/renderJson.js';
import { decisionRecord } from '../../lib/report/decisionRecord.js';
import { revisitReport } from '../../lib/report/revisitReport.js';
import { readExample } from '../support/fixtures.js';
import { FOUNDING, RECORD_FIXTURE, founding, foundingRecord as record, foundingReport, managed, selfHosted } from '../support/records.js';

describe('decisionRecord', () => {
  it('records the decision, the settings, the scenarios as written, the results and the thresholds', () => {
    assert.deepEqual([record.version, record.kind, record.date, record.decision, record.revisit], [1, 'costmodel-decision-record', '2009-05-04', FOUNDING.decision, '2010-05']);
    assert.deepEqual(record.settings, { from: '2009-05', to: '2012-04', months: 36, currency: 'USD', minorDigits: 2, discountRate: null, baseline: 'Self-hosted' });
    assert.deepEqual(
      record.scenarios.map((s) => [s.name, s.origin]),
      [
        ['Self-hosted', 'scenarios/self-hosted.json'],
        ['Managed provider', 'scenarios/managed-provider.json'],
      ],
    );
    assert.deepEqual(record.scenarios[1]?.definition, readExample('managed-provider.json'));
    assert.deepEqual([record.results.cheapest, record.results.cheapestByNpv], ['Self-hosted', null]);
    assert.deepEqual(
      record.results.scenarios.map((s) => [s.name, s.total, s.npv, s.monthly.length, s.monthly[0], s.monthly[1]]),
      [
        ['Self-hosted', '144000.00', null, 36, '4000.00', '4000.00'],
        ['Managed provider', '1485000.00', null, 36, '85000.00', '40000.00'],
      ],
    );
    assert.deepEqual([record.results.months[0], record.results.months.at(-1), record.results.months.length], ['2009-05', '2012-04', 36]);
    // as record version 1 has them: without the fields thresholds gained later (factor, difference, beyond, rateStep)
    const v1 = (a: typeof foundingReport.thresholds.total) => ({ ...a, thresholds: a.thresholds.map(({ factor: _f, difference: _d, beyond: _b, ...t }) => t) });
    assert.deepEqual(record.thresholds, { total: v1(foundingReport.thresholds.total), npv: null });
    assert.deepEqual(
      record.thresholds.total.thresholds.slice(0, 2).map((t) => [t.scenario, t.item, t.value, t.direction]),
      [
        ['Managed provider', 'Managed hosting', '2750.00', 'down'],
        ['Self-hosted', 'Self-hosting', '495000.00', 'up'],
      ],
    );
  });

  it('hashes each definition: sha256 of its canonical JSON', () => {
    for (const scenario of record.scenarios) assert.equal(scenario.sha256, definitionHash(scenario.definition));
    assert.match(record.scenarios[0]?.sha256 ?? '', /^[0-9a-f]{64}$/);
  });

  it('is plain JSON data, a copy of the definitions', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
    assert.notEqual(record.scenarios[0]?.definition, selfHosted.definition);
  });

  // Remove this test when version 2 is written: the fixture stays version 1 forever.
  it('while version 1 is current, writes exactly the fixture', () => {
    assert.equal(renderJson(record), readFileSync(RECORD_FIXTURE, 'utf8'));
  });

  it('round trip: record → JSON text → parse gives the same record', () => {
    const parsed = parseDecisionRecord(JSON.parse(renderJson(record)), 'decision.json');
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.value, record);
  });

  it('round trip with discounting: NPVs and the thresholds by NPV', () => {
    const discounted = revisitReport(founding, { ...FOUNDING, discountRate: '8%' });
    const written = decisionRecord(discounted, founding);
    assert.deepEqual([written.settings.discountRate, written.results.cheapestByNpv, written.thresholds.npv?.metric], ['0.08', 'Self-hosted', 'npv']);
    assert.ok(written.results.scenarios.every((s) => s.npv !== null && /^\d+\.\d{2}$/.test(s.npv)));
    const parsed = parseDecisionRecord(JSON.parse(renderJson(written)));
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.deepEqual(parsed.value, written);
  });

  it('refuses scenarios other than the ones the report compares', () => {
    assert.throws(() => decisionRecord(foundingReport, [selfHosted]), /not the scenarios the report compares/);
    assert.throws(() => decisionRecord(foundingReport, [managed, selfHosted]), /not the scenarios the report compares/);
  });
});
