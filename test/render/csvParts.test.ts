/**
 * The CSV of a large schedule or FOCUS forecast, in parts: the header, then rows a
 * thousand at a time, so that `costmodel schedule` writes a file of hundreds of thousands of
 * rows without building every row's cells, and then the whole text, at once. The parts
 * joined are the very text of the renderer, byte for byte, and no part is empty.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { focusForecast } from '../../lib/report/focusForecast.js';
import { schedule } from '../../lib/report/scheduleReport.js';
import { focusCsvParts, renderFocusCsv } from '../../lib/render/renderFocusCsv.js';
import { renderScheduleCsv, scheduleCsvParts } from '../../lib/render/renderScheduleCsv.js';
import { stringifyCsv } from '../../lib/render/stringifyCsv.js';
import { foundingScenarios, scenarioOf } from './fixtures.js';

/** The records of a CSV text, read by an independent reader. */
function parsed(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}

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
  it('joined, is the text one CSV writer call gives for all the rows, in both layouts', () => {
    const report = schedule([manyItems(100), ...foundingScenarios()], { months: 25, currency: 'EUR', rates: { USD: '0.5' } });
    for (const layout of ['long', 'wide'] as const) {
      const parts = [...scheduleCsvParts(report, { layout })];
      const text = parts.join('');
      assert.equal(text, renderScheduleCsv(report, { layout }));
      assert.equal(stringifyCsv(parsed(text)), text, layout);
      assert.ok(parts.every((part) => part.length > 0));
    }
    // Every payment once, in order, with the cells a formula or a tab needs protected or quoted.
    const records = parsed(renderScheduleCsv(report, { layout: 'long' }));
    assert.deepEqual(records.slice(1).map((record) => record[4]), report.entries.map((entry) => entry.amount));
    assert.deepEqual(records[1], ['2009-05', 'Many; "items"', "'=item,0", 'hosting', '100.00', '', '']);
    assert.deepEqual(records[2]?.slice(2, 4), ['Item 1', 'staff\tteam']);
  });

  it('gives the header alone, then rows a thousand at a time', () => {
    // 100 items × 25 months, then Self-hosted's 25 payments and Managed provider's 26 (its setup fee in month 1, and hosting every month): 2,551 rows.
    const report = schedule([manyItems(100), ...foundingScenarios()], { months: 25, currency: 'EUR', rates: { USD: '0.5' } });
    const rows = [...scheduleCsvParts(report, { layout: 'long' })].map((part) => part.split('\r\n').length - 1);
    assert.deepEqual(rows, [1, 1000, 1000, 551]);
  });
});

describe('focusCsvParts', () => {
  it('joined, is the text one CSV writer call gives for all the charges, in parts of the header and a thousand charges', () => {
    const forecast = focusForecast([manyItems(100)], { months: 25 });
    const parts = [...focusCsvParts(forecast)];
    const text = parts.join('');
    assert.equal(text, renderFocusCsv(forecast));
    const records = parsed(text);
    assert.equal(stringifyCsv(records), text);
    assert.deepEqual(records[0], forecast.columns);
    assert.equal(records.length, forecast.charges.length + 1);
    assert.deepEqual(parts.map((part) => part.split('\r\n').length - 1), [1, 1000, 1000, 500]);
  });

  it('is the header alone when nothing is charged', () => {
    const forecast = focusForecast([scenarioOf({ name: 'Nothing', currency: 'USD', start: '2009-05', costs: [] })], { months: 3 });
    assert.deepEqual([...focusCsvParts(forecast)], [renderFocusCsv(forecast)]);
  });
});
