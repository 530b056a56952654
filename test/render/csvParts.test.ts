/**
 * The CSV of a large schedule or FOCUS forecast, in parts: the header, then rows a
 * thousand at a time, so that `costmodel schedule` writes a file of hundreds of thousands of
 * rows without building every row's cells, and then the whole text, at once. The parts
 * joined are the very text of the renderer, byte for byte, and no part is empty.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { focusForecast } from '../../lib/report/focusForecast.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import { focusCsvParts, renderFocusCsv } from '../../lib/render/renderFocusCsv.js';
import { renderScheduleCsv, scheduleCsvParts } from '../../lib/render/renderScheduleCsv.js';
import { foundingScenarios, scenarioOf } from './fixtures.js';

/** A scenario of `items` monthly items named with what a CSV must quote or protect: 2,500 payments over 25 months for 100 items. */
function manyItems(items: number) {
  return scenarioOf({
    name: 'Many; "items"',
    currency: 'EUR',
    start: '2009-05',
    costs: Array.from({ length: items }, (_, i) => ({ name: i % 7 === 0 ? `=item,${i}` : `Item ${i}`, kind: 'recurring', amount: `${100 + i}.${String(i % 100).padStart(2, '0')}`, every: 'month', category: i % 2 === 0 ? 'hosting' : 'staff\tteam' })),
  });
}

describe('scheduleCsvParts', () => {
  it('joined, is renderScheduleCsv in both layouts', () => {
    const report = schedule([manyItems(100), ...foundingScenarios()], { months: 25, currency: 'EUR', rates: { USD: '0.5' } });
    for (const layout of ['long', 'wide'] as const) {
      const parts = [...scheduleCsvParts(report, { layout })];
      assert.equal(parts.join(''), renderScheduleCsv(report, { layout }));
      assert.ok(parts.every((part) => part.length > 0));
    }
  });

  it('gives the header alone, then rows a thousand at a time', () => {
    // 100 items × 25 months, then Self-hosted's 25 payments and Managed provider's 26 (its setup fee in month 1, and hosting every month): 2,551 rows.
    const report = schedule([manyItems(100), ...foundingScenarios()], { months: 25, currency: 'EUR', rates: { USD: '0.5' } });
    const rows = [...scheduleCsvParts(report, { layout: 'long' })].map((part) => part.split('\r\n').length - 1);
    assert.deepEqual(rows, [1, 1000, 1000, 551]);
  });
});

describe('focusCsvParts', () => {
  it('joined, is renderFocusCsv, in parts of the header and a thousand charges', () => {
    const forecast = focusForecast([manyItems(100)], { months: 25 });
    const parts = [...focusCsvParts(forecast)];
    assert.equal(parts.join(''), renderFocusCsv(forecast));
    assert.deepEqual(parts.map((part) => part.split('\r\n').length - 1), [1, 1000, 1000, 500]);
  });

  it('is the header alone when nothing is charged', () => {
    const forecast = focusForecast([scenarioOf({ name: 'Nothing', currency: 'USD', start: '2009-05', costs: [] })], { months: 3 });
    assert.deepEqual([...focusCsvParts(forecast)], [renderFocusCsv(forecast)]);
  });
});
