/**
 * Issue 14, part 3: costmodel models the months 0001-01 to 9999-12. A month an input gives
 * outside them, or one an analysis would reach, is a problem with the input, reported at the
 * place to fix it — never a crash of the PNG renderer, a month written `10000-01`, or an
 * internal error from a renderer.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertBadInput, cli, MANAGED, scenario, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

const LAST = 'after 9999-12, the last month costmodel models';
const YEAR_ZERO = '0000-01 is before 0001-01, the first month costmodel models';
const committed = (start: string) => scenario({ name: 'Provider', start, commitment: { months: 24, noticeMonths: 3 } });

describe('the calendar range 0001-01 to 9999-12', () => {
  describe('months a file gives', () => {
    it('rejects a start in the year 0 at validation', async (t) => {
      const file = writeFile(tempDir(t), 'zero.json', scenario({ start: '0000-01' }));
      assertBadInput(await cli('validate', file), [`${file}: /start: ${YEAR_ZERO}`, '1 problem in 1 file. The file is not valid.']);
    });

    it('rejects a start in the year 0 before drawing a PNG, which used to abort the process', async (t) => {
      const dir = tempDir(t);
      const file = writeFile(dir, 'zero.json', scenario({ start: '0000-01' }));
      const png = join(dir, 'x.png');
      assertBadInput(await cli('chart', file, '-o', png), [`${file}: /start: ${YEAR_ZERO}`, '1 problem in 1 file. No chart was written.']);
      assert.equal(existsSync(png), false);
    });

    it('draws the year 1 as the year 1 (Date.UTC would read it as 1901), as SVG and as PNG', async (t) => {
      const dir = tempDir(t);
      const file = writeFile(dir, 'first.json', scenario({ start: '0001-01' }));
      const svg = await cli('chart', file, '--months', '12', '--format', 'svg');
      assert.equal(svg.code, 0, svg.stderr);
      assert.match(svg.stdout, />Jan 0001</);
      const png = await cli('chart', file, '-o', join(dir, 'first.png'));
      assert.equal(png.code, 0, png.stderr);
      assert.equal(existsSync(join(dir, 'first.png')), true);
    });

    it('rejects a driver that begins in the year 0', async (t) => {
      const file = writeFile(tempDir(t), 'driver.json', scenario({ drivers: { customers: { value: 10, from: '0000-01' } } }));
      assertBadInput(await cli('validate', file), [`${file}: /drivers/customers/from: ${YEAR_ZERO}`, '1 problem in 1 file. The file is not valid.']);
    });

    it('rejects a driver CSV row in the year 0, at its line', async (t) => {
      const dir = tempDir(t);
      writeFile(dir, 'customers.csv', 'month,customers\n0000-01,10\n');
      const file = writeFile(dir, 'csv.json', scenario({ drivers: { customers: { csv: 'customers.csv' } } }));
      assertBadInput(await cli('validate', file), [`${join(dir, 'customers.csv')}:2: ${YEAR_ZERO}`, '1 problem in 1 file. The file is not valid.']);
    });

    it('rejects a commitment whose term and notice run past 9999-12', async (t) => {
      const file = writeFile(tempDir(t), 'late.json', committed('9998-01'));
      assertBadInput(await cli('validate', file), [`${file}: /commitment/months: the term, with its notice, would run to 10000-03, ${LAST}`, '1 problem in 1 file. The file is not valid.']);
    });

    it('accepts the first and the last month', async (t) => {
      const dir = tempDir(t);
      const first = writeFile(dir, 'first.json', scenario({ start: '0001-01' }));
      const last = writeFile(dir, 'last.json', scenario({ name: 'Last', start: '9999-12' }));
      const run = await cli('compare', first, '--months', '12');
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^1 scenario over 12 months \(0001-01 to 0001-12\)/);
      const lastRun = await cli('compare', last, '--months', '1');
      assert.equal(lastRun.code, 0, lastRun.stderr);
      assert.match(lastRun.stdout, /^1 scenario over 1 month \(9999-12\)/);
    });
  });

  describe('months an analysis would reach', () => {
    const pastTheEnd = (file: string, summary: string) => [
      `${file}: /start: the analysis from 9999-01 over 36 months would run to 10001-12, ${LAST}; give fewer --months or an earlier start`,
      `1 problem in 1 file. ${summary}`,
    ];

    it('compare names the start from which the default horizon runs past 9999-12, instead of printing 10001-12', async (t) => {
      const file = writeFile(tempDir(t), 'late.json', scenario({ start: '9999-01' }));
      assertBadInput(await cli('compare', file), pastTheEnd(file, 'Nothing was compared.'));
    });

    it('chart and report say so too, instead of an internal error', async (t) => {
      const dir = tempDir(t);
      const file = writeFile(dir, 'late.json', scenario({ start: '9999-01' }));
      assertBadInput(await cli('chart', file, '-o', join(dir, 'x.svg')), pastTheEnd(file, 'No chart was written.'));
      assertBadInput(await cli('report', file), pastTheEnd(file, 'No report was written.'));
      assertBadInput(await cli('schedule', file), pastTheEnd(file, 'No schedule was written.'));
      assert.equal(existsSync(join(dir, 'x.svg')), false);
    });

    it('names --from and --months when the options carry the analysis past 9999-12', async () => {
      assertBadInput(await cli('compare', SELF_HOSTED, '--from', '9999-01'), [
        `--months: the analysis from 9999-01 over 36 months would run to 10001-12, ${LAST}; give fewer --months or an earlier --from`,
        '1 problem. Nothing was compared.',
      ]);
      assertBadInput(await cli('report', SELF_HOSTED, '--date', '9999-12-31'), [
        // The report looks ahead from its date: the problem names --date, not a --from never given.
        `--date 9999-12-31: the report looks ahead from 9999-12; over 36 months, it would run to 10002-11, ${LAST}; give fewer --months or an earlier --date`,
        '1 problem. No report was written.',
      ]);
    });

    it('rejects --from in the year 0', async () => {
      assertBadInput(await cli('compare', SELF_HOSTED, '--from', '0000-01'), [`--from: ${YEAR_ZERO}`, '1 problem. Nothing was compared.']);
    });

    it('rejects --date in the year 0', async () => {
      assertBadInput(await cli('report', SELF_HOSTED, '--date', '0000-01-15'), [`--date: ${YEAR_ZERO}`, '1 problem. No report was written.']);
    });

    it('rejects leaving a commitment after --exit-after months that run past 9999-12', async (t) => {
      const file = writeFile(tempDir(t), 'provider.json', committed('9990-01'));
      assertBadInput(await cli('compare', file, '--months', '12', '--exit-after', '1200'), [
        `--exit-after: leaving "Provider" after 1200 months would run to 10090-03, ${LAST}`,
        '1 problem. Nothing was compared.',
      ]);
    });

    it('rejects a revisit date at which signing would commit past 9999-12', async (t) => {
      const file = writeFile(tempDir(t), 'provider.json', committed('9997-01'));
      assertBadInput(await cli('report', SELF_HOSTED, file, '--from', '9997-01', '--months', '36', '--revisit', '9999-06'), [
        `--revisit: "Provider" signed in 9999-06 would be committed to 10001-08, ${LAST}`,
        '1 problem. No report was written.',
      ]);
    });

    it('a one-scenario report ends its horizon sentence with a month, never "undefined NaN"', async () => {
      const run = await cli('report', SELF_HOSTED, MANAGED, '--format', 'markdown');
      assert.equal(run.code, 0, run.stderr);
      const single = await cli('report', SELF_HOSTED, '--format', 'markdown');
      assert.equal(single.code, 0, single.stderr);
      assert.doesNotMatch(single.stdout, /undefined|NaN/);
    });
  });
});
