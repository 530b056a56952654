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
    assert.ok(markdown.includes('fell below 2,750.00 a month (−93%)'));
    assert.ok(markdown.includes('rose above 495,000.00 a year (×10.3)'));
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
    assert.ok(run.stdout.includes('From May 2009 through April 2010, Self-hosted has cost 50,880.50, 2,880.50 (6.0%) more than planned.'));
    assert.ok(run.stdout.includes('## Actual spending against the plan'));
    assert.ok(run.stdout.includes('and the plan from May 2010 to April 2012 come to 146,880.50, against a plan of 144,000.00 for the same three years (+2,880.50).'), run.stdout);
  });

  it('a year later, looks ahead from the month of the report: the option not taken is signed then', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2010-05-03', '--actuals', ACTUALS);
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.ok(run.stdout.includes('Prepared 2010-05-03 · Three years from May 2010 to April 2013'));
    assert.ok(run.stdout.includes('**Keep Self-hosted; look again in May 2011.**'));
    assert.ok(run.stdout.includes('As of May 2010, Managed provider (written to start in May 2009) was not taken, so it can only start now'));
    assert.ok(run.stdout.includes('Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2011 saves 432,000.00 over three years.'));
    // the year before is history: actual spending against what the scenario said, then the plan to April 2013
    assert.ok(run.stdout.includes('and the plan from May 2010 to April 2013 come to 194,880.50, against a plan of 192,000.00 for the same four years (+2,880.50).'), run.stdout);
  });

  it('--decision keeps the decision as written, escaped', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--decision', 'Not now | *revisit* in May 2010');
    assert.equal(run.code, 0);
    assert.ok(run.stdout.includes('**Decision recorded:** Not now \\| \\*revisit\\* in May 2010'));
  });

  it('--record writes a decision record that --previous reads a year later: what changed, which thresholds were crossed', async (t) => {
    const dir = tempDir(t);
    const record = join(dir, 'decision.json');
    const first = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--decision', 'Not now', '--record', record, '-o', join(dir, 'decision.md'));
    assert.deepEqual([first.code, first.stderr], [0, '']);
    const written = JSON.parse(readFileSync(record, 'utf8')) as { version: number; kind: string; decision: string; scenarios: { name: string; sha256: string }[] };
    assert.deepEqual([written.version, written.kind, written.decision, written.scenarios.map((s) => s.name)], [1, 'costmodel-decision-record', 'Not now', ['Self-hosted', 'Managed provider']]);
    assert.match(written.scenarios[0]?.sha256 ?? '', /^[0-9a-f]{64}$/);

    // A year later the provider cuts its fee to 2,500.00 a month: below the recorded threshold of 2,750.00.
    const provider = JSON.parse(readFileSync(MANAGED, 'utf8')) as { costs: { amount: string }[] };
    (provider.costs[1] as { amount: string }).amount = '2500';
    const requoted = writeFile(dir, 'managed-provider.json', provider);
    const later = await cli('report', SELF_HOSTED, requoted, '--date', '2010-05-03', '--revisit', '2011-05', '--actuals', ACTUALS, '--previous', record, '--format', 'json');
    assert.deepEqual([later.code, later.stderr], [0, '']);
    const report = JSON.parse(later.stdout) as {
      decision: { cheapest: string };
      changes: { inputs: { item: string; before: string; after: string }[]; thresholds: { item: string; crossed: boolean }[]; decision: { total: { before: string; now: string; changed: boolean } } };
      forecast: { scenarios: { scenario: string; total: { forecast: string; actual: string; difference: string } }[] };
    };
    assert.equal(report.decision.cheapest, 'Managed provider');
    assert.deepEqual(report.changes.inputs.map((i) => [i.item, i.before, i.after]), [['Managed hosting', '40000', '2500']]);
    assert.deepEqual(report.changes.thresholds.map((c) => [c.item, c.crossed]), [['Managed hosting', true], ['Self-hosting', false]]);
    assert.deepEqual(report.changes.decision.total, { before: 'Self-hosted', now: 'Managed provider', changed: true });
    // the recorded forecast, 12 × 4,000.00, against the 50,880.50 actually spent
    assert.deepEqual(report.forecast.scenarios.map((s) => [s.scenario, s.total.forecast, s.total.actual, s.total.difference]), [['Self-hosted', '48000.00', '50880.50', '2880.50']]);

    const markdown = await cli('report', SELF_HOSTED, requoted, '--date', '2010-05-03', '--revisit', '2011-05', '--previous', record);
    assert.ok(markdown.stdout.includes('Since the decision of 2009-05-04, 1 thing in the scenarios has changed and 1 threshold has been crossed (Managed hosting in Managed provider). The cheapest option was Self-hosted; now it is Managed provider.'), markdown.stdout);
  });

  describe('bad input: one line each, exit 2, nothing written', () => {
    it('a revisit date that is not a month, and a date that is not a day', async (t) => {
      const dir = tempDir(t);
      const run = await cli('report', SELF_HOSTED, MANAGED, '--revisit', 'next May', '--date', '2010-02-30', '-o', join(dir, 'report.md'));
      assertBadInput(run, ['--revisit: expected a month as YYYY-MM, found "next May"', '--date: expected a day as YYYY-MM-DD, found "2010-02-30"', '2 problems. No report was written.']);
      assert.deepEqual(filesIn(dir), []);
    });

    it('a revisit date not after the start', async () => {
      const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--revisit', '2009-05');
      assertBadInput(run, ['--revisit: 2009-05 is not after the start of the analysis (2009-05)', '1 problem. No report was written.']);
      const later = await cli('report', SELF_HOSTED, MANAGED, '--date', '2010-05-03', '--revisit', '2010-01');
      assertBadInput(later, ['--revisit: 2010-01 is not after the month of the report (2010-05)', '1 problem. No report was written.']);
      const beyond = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--revisit', '2013-01');
      assertBadInput(beyond, ['--revisit: 2013-01 is after the end of the analysis (2012-04); choose an earlier month or a longer horizon (--months)', '1 problem. No report was written.']);
    });

    it('an output extension that names no report format', async (t) => {
      const dir = tempDir(t);
      const pdf = await cli('report', SELF_HOSTED, MANAGED, '-o', join(dir, 'report.pdf'));
      assertBadInput(pdf, [`-o ${join(dir, 'report.pdf')}: costmodel writes .md, .html or .json; for a PDF, write the .html report and print it (it is laid out for A4 and Letter)`, '1 problem. No report was written.']);
      const run = await cli('report', SELF_HOSTED, MANAGED, '-o', join(dir, 'report.docx'));
      assert.equal(run.code, 2);
      assert.match(run.stderr, /report\.docx: cannot tell the output format from this file name: use --format, or one of \.md, \.markdown, \.html, \.htm, \.json/);
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

    it('a decision record that is not one, or was edited by hand', async (t) => {
      const dir = tempDir(t);
      const notRecord = await cli('report', SELF_HOSTED, MANAGED, '--previous', SELF_HOSTED);
      assert.equal(notRecord.code, 2);
      assert.match(notRecord.stderr, /self-hosted\.json: .*scenario file/);
      const record = join(dir, 'decision.json');
      assert.equal((await cli('report', SELF_HOSTED, MANAGED, '--record', record, '--format', 'json')).code, 0);
      writeFile(dir, 'decision.json', readFileSync(record, 'utf8').replace('"48000"', '"4800"'));
      const edited = await cli('report', SELF_HOSTED, MANAGED, '--previous', record, '-o', join(dir, 'report.md'));
      assert.equal(edited.code, 2);
      assert.match(edited.stderr, /decision\.json: .*sha256/);
      assert.deepEqual(filesIn(dir), ['decision.json']);
    });

    it('a decision record with several problems: each on its line, with the file and the JSON Pointer, then the count', async (t) => {
      const dir = tempDir(t);
      const data = JSON.parse(readFileSync(`${projectRoot}test/fixtures/records/founding-v1.json`, 'utf8')) as Record<string, unknown> & { results: Record<string, unknown>; scenarios: Record<string, unknown>[] };
      data['revisit'] = 'May 2010';
      data.scenarios[0]!['sha256'] = 'abc';
      delete data.results['months'];
      const record = writeFile(dir, 'decision.json', data);
      const run = await cli('report', SELF_HOSTED, MANAGED, '--previous', record, '-o', join(dir, 'report.md'));
      assertBadInput(run, [
        `${record}: /revisit: expected a month as YYYY-MM (such as "2010-05"), found "May 2010"`,
        `${record}: /scenarios/0/sha256: expected a SHA-256 as 64 lowercase hexadecimal digits, found "abc"`,
        `${record}: /results: missing required key "months"`,
        '3 problems in 1 file. No report was written.',
      ]);
      assert.deepEqual(filesIn(dir), ['decision.json']);
    });

    it('never writes over a scenario or the actuals', async (t) => {
      const dir = tempDir(t);
      const csv = writeFile(dir, 'spend.csv', readFileSync(ACTUALS, 'utf8'));
      const run = await cli('report', SELF_HOSTED, MANAGED, '--actuals', csv, '--format', 'markdown', '-o', csv);
      assert.equal(run.code, 2);
      assert.equal(readFileSync(csv, 'utf8'), readFileSync(ACTUALS, 'utf8'));
      const record = join(dir, 'decision.json');
      assert.equal((await cli('report', SELF_HOSTED, MANAGED, '--record', record, '--format', 'json')).code, 0);
      const before = readFileSync(record, 'utf8');
      const again = await cli('report', SELF_HOSTED, MANAGED, '--previous', record, '--record', record, '--format', 'json');
      assertBadInput(again, [`--record ${record}: that is the --previous record being read; write the new record under another name (the old one is the evidence of the last decision)`, '1 problem. No report was written.']);
      assert.equal(readFileSync(record, 'utf8'), before, 'the record read is never replaced by the one written');
    });
  });
});

describe('costmodel report, with a file it cannot read', () => {
  it('reports the unreadable file together with every problem of the other one', async () => {
    const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2010-05-03', '--actuals', `${projectRoot}docs/examples/actuals-with-mistakes.csv`, '--previous', '/nonexistent/decision.json');
    assert.equal(run.code, 2);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines[0], '/nonexistent/decision.json: no such decision record');
    assert.ok(lines.some((line) => line.includes('actuals-with-mistakes.csv:')), run.stderr);
    assert.match(lines.at(-1) ?? '', /problems in 2 files\. No report was written\.$/);
  });
});
