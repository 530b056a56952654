import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readActualsCsv } from '../../lib/io/readActualsCsv.js';
import { formatIssue } from '../../lib/issues/issue.js';
import { projectRoot } from '../support/fixtures.js';

const folder = mkdtempSync(join(tmpdir(), 'costmodel-actuals-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

describe('readActualsCsv', () => {
  it('reads the example actuals of the founding case: 12 months of self-hosting and one payment not itemised', async () => {
    const path = join(projectRoot, 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv');
    const result = await readActualsCsv(path, { currency: 'USD', minorDigits: 2 });
    assert.ok(result.ok, JSON.stringify(result));
    const rows = result.value;
    assert.equal(rows.length, 13);
    assert.deepEqual(rows[0], { line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' });
    assert.deepEqual(
      rows.map((row) => row.line),
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    );
    // itemised: 7 × 4,000.00 + 4,310.50 + 4 × 4,180.00 = 49,030.50; not itemised: 1,850.00
    const cents = (item: string | null) => rows.filter((row) => row.item === item).reduce((sum, row) => sum + BigInt(row.amount.replace('.', '')), 0n);
    assert.equal(cents('Self-hosting'), 4903050n);
    assert.equal(cents(null), 185000n);
    assert.deepEqual(
      rows.filter((row) => row.item === null),
      [{ line: 9, month: '2009-11', scenario: 'Self-hosted', item: null, amount: '1850.00' }],
    );
  });

  it('reads UTF-8 with a byte order mark and CRLF line ends, as spreadsheets save it', async () => {
    const path = file('excel.csv', Buffer.from('\uFEFFMonth,Scenario,Item,Amount\r\n2009-05,Self-hosted,Self-hosting,"$4,000.00"\r\n', 'utf8'));
    assert.deepEqual(await readActualsCsv(path, { currency: 'USD' }), {
      ok: true,
      value: [{ line: 2, month: '2009-05', scenario: 'Self-hosted', item: 'Self-hosting', amount: '4000.00' }],
    });
  });

  it('names the file in every problem with its rows', async () => {
    const path = file('bad.csv', 'Month,Scenario,Item,Amount\n2009-05,Self-hosted,Self-hosting,"1.234,56"\n2009-13,Self-hosted,Self-hosting,1\n');
    const result = await readActualsCsv(path, { currency: 'USD' });
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((issue) => [issue.file, issue.line, issue.code]),
      [
        [path, 2, 'invalid-amount'],
        [path, 3, 'invalid-month'],
      ],
    );
    assert.match(formatIssue(result.issues[0]!), /bad\.csv:2: amount "1\.234,56" is ambiguous: export amounts as plain numbers/);
  });

  it('reports a missing file like the other readers', async () => {
    const path = join(folder, 'missing.csv');
    assert.deepEqual(await readActualsCsv(path, { currency: 'USD' }), { ok: false, issues: [{ code: 'file-not-found', file: path, message: 'no such CSV file' }] });
  });

  it('reports a directory given as the file', async () => {
    const path = join(folder, 'a-folder');
    mkdirSync(path);
    assert.deepEqual(await readActualsCsv(path, { currency: 'USD' }), {
      ok: false,
      issues: [{ code: 'unreadable-file', file: path, message: 'expected a CSV file, found a directory' }],
    });
  });

  it('reports an empty file', async () => {
    const path = file('empty.csv', '');
    assert.deepEqual(await readActualsCsv(path, { currency: 'USD' }), {
      ok: false,
      issues: [{ code: 'no-rows', file: path, line: 1, message: 'the file is empty; expected a header row naming the columns month, scenario, item (optional) and amount' }],
    });
  });
});
