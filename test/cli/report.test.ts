import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { decodePng } from '../render/charts/chartFixtures.js';
import { assertBadInput, cli, filesIn, IT_HIRE, MANAGED, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

const ACTUALS = `${projectRoot}scenarios/actuals/self-hosted-2009-05-to-2010-04.csv`;
const HEADLINE = '**Keep Self-hosted; look again in May 2010.**';

describe('costmodel report', () => {
  it('-o report.md writes the Markdown and the break-even chart beside it as report.png', async (t) => {
    const dir = tempDir(t);
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '-o', join(dir, 'report.md'));
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
    assert.deepEqual(filesIn(dir), ['report.md', 'report.png']);
    const markdown = readFileSync(join(dir, 'report.md'), 'utf8');
    assert.ok(markdown.startsWith('# Revisit report: Self-hosted or Managed provider\n\nPrepared 2009-05-04 · Three years from May 2009 to April 2012'), markdown.slice(0, 200));
    assert.ok(markdown.includes(`${HEADLINE} Over three years Managed provider costs 1,341,000.00 more than Self-hosted.`));
    assert.ok(markdown.includes('fell to 2,750.00 a month (−93%)'));
    assert.ok(markdown.includes('rose to 495,000.00 a year (×10.3)'));
    assert.ok(markdown.includes('would commit you to 1,005,000.00'));
    assert.match(markdown, /!\[Cumulative cost of each option[^\]]*\]\(report\.png\)/);
    assert.equal(decodePng(readFileSync(join(dir, 'report.png'))).width, 1600);
  });

  it('prints Markdown on standard output by default, saying where the chart would go', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.ok(run.stdout.includes(HEADLINE));
    assert.ok(run.stdout.includes('_The chart is written beside the report when it is saved with `-o report.md`._'));
  });

  it('-o report.json writes the report as data: the thresholds, the exposure, the comparison', async (t) => {
    const dir = tempDir(t);
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '-o', join(dir, 'report.json'));
    assert.deepEqual([run.code, run.stderr], [0, '']);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      kind: string;
      version: number;
      revisit: string;
      date: string;
      thresholds: { total: { thresholds: { item: string | null; value: string | null }[] } };
      exposure: { committedMinimum: string; valueOfWaiting: string }[];
    };
    assert.deepEqual([report.kind, report.version, report.revisit, report.date], ['revisit-report', 1, '2010-05', '2009-05-04']);
    assert.deepEqual(
      report.thresholds.total.thresholds.map((t) => [t.item, t.value]),
      [['Managed hosting', '2750.00'], ['Self-hosting', '495000.00'], ['Migration and setup', null], [null, null]],
    );
    assert.deepEqual(report.exposure.map((e) => [e.committedMinimum, e.valueOfWaiting]), [['1005000.00', '432000.00']]);
    assert.deepEqual(filesIn(dir), ['report.json'], 'JSON has no chart beside it');
  });

  it('--format json prints the same data on standard output', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--format', 'json');
    assert.equal(run.code, 0);
    assert.equal((JSON.parse(run.stdout) as { kind: string }).kind, 'revisit-report');
  });

  it('takes the compare options: three scenarios, discounting, another revisit date', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, IT_HIRE, '--discount-rate', '8%', '--revisit', '2011-01', '--date', '2009-05-04');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.ok(run.stdout.includes('**Keep Self-hosted; look again in January 2011.**'));
    assert.ok(run.stdout.includes('### Watch these: by net present value'));
    assert.ok(run.stdout.includes('Self-hosted + IT hire'));
  });

  it('--actuals adds plan against actual, the variance and the re-forecast', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--actuals', ACTUALS);
    assert.deepEqual([run.code, run.stderr], [0, '']);
    // 12 months of self-hosting at 4,000.00 planned; 50,880.50 actually paid, 1,850.00 of it not itemised
    assert.ok(run.stdout.includes('Through April 2010, Self-hosted has cost 50,880.50, 2,880.50 (6.0%) more than planned.'));
    assert.ok(run.stdout.includes('## Actual spending against the plan'));
    assert.ok(run.stdout.includes('come to 146,880.50 over three years, against a plan of 144,000.00 (+2,880.50)'));
  });

  it('says the revisit is due when the report is made in or after the revisit month, and speaks of signing in the past', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2010-05-03');
    assert.equal(run.code, 0);
    assert.ok(run.stdout.includes('**Keep Self-hosted; the revisit of May 2010 is due now.**'));
    assert.ok(run.stdout.includes('Signing Managed provider for May 2009 would have committed you to 1,005,000.00'));
  });

  it('--decision keeps the decision as written, escaped', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--decision', 'Not now | *revisit* in May 2010');
    assert.equal(run.code, 0);
    assert.ok(run.stdout.includes('**Decision recorded:** Not now \\| \\*revisit\\* in May 2010'));
  });

  describe('bad input: one line each, exit 2, nothing written', () => {
    it('a revisit date that is not a month, and a date that is not a day', async (t) => {
      const dir = tempDir(t);
      const run = await cli('report', SELF_HOSTED, MANAGED, '--revisit', 'next May', '--date', '2010-02-30', '-o', join(dir, 'report.md'));
      assertBadInput(run, ['--revisit: expected a month as YYYY-MM, found "next May"', '--date: expected a day as YYYY-MM-DD, found "2010-02-30"', '2 problems. No report was written.']);
      assert.deepEqual(filesIn(dir), []);
    });

    it('a revisit date not after the start', async () => {
      const run = await cli('report', SELF_HOSTED, MANAGED, '--revisit', '2009-05');
      assertBadInput(run, ['--revisit: 2009-05 is not after the start of the analysis (2009-05)', '1 problem. No report was written.']);
    });

    it('an output extension that names no report format', async (t) => {
      const dir = tempDir(t);
      const run = await cli('report', SELF_HOSTED, MANAGED, '-o', join(dir, 'report.pdf'));
      assert.equal(run.code, 2);
      assert.match(run.stderr, /report\.pdf: cannot tell the output format from this file name: use --format, or one of \.md, \.markdown, \.html, \.htm, \.json/);
      assert.deepEqual(filesIn(dir), []);
    });

    it('a missing actuals file, and bad rows with their line numbers', async (t) => {
      const dir = tempDir(t);
      const missing = await cli('report', SELF_HOSTED, MANAGED, '--actuals', join(dir, 'nope.csv'));
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.csv: no such CSV file/);
      const csv = writeFile(dir, 'spend.csv', 'Month,Scenario,Item,Amount\n2009-05,Self hosted,Self-hosting,4000.00\n2009-06,Self-hosted,Self-hosting,"1.234,56"\n');
      const bad = await cli('report', SELF_HOSTED, MANAGED, '--actuals', csv, '-o', join(dir, 'report.md'));
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /spend\.csv:3: .*1\.234,56/);
      assert.deepEqual(filesIn(dir), ['spend.csv']);
    });

    it('never writes over a scenario or the actuals', async (t) => {
      const dir = tempDir(t);
      const csv = writeFile(dir, 'spend.csv', readFileSync(ACTUALS, 'utf8'));
      const run = await cli('report', SELF_HOSTED, MANAGED, '--actuals', csv, '--format', 'markdown', '-o', csv);
      assert.equal(run.code, 2);
      assert.equal(readFileSync(csv, 'utf8'), readFileSync(ACTUALS, 'utf8'));
    });
  });
});
