import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../bin/cli.js';
import { projectRoot } from '../support/fixtures.js';
import { SELF_HOSTED, USAGE_HINT, assertBadInput, cli, filesIn, lines, tempDir, writeFile } from './cliHarness.js';

const UNCERTAIN = [`${projectRoot}scenarios/uncertain/self-hosted.json`, `${projectRoot}scenarios/uncertain/managed-provider.json`];

describe('costmodel simulate', () => {
  it('prints the settings, the trials and the seed first, then the totals over the trials', async () => {
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--seed', '5');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^2 scenarios over 36 months \(2009-05 to 2012-04\), USD, not discounted, 200 trials/);
    assert.match(run.stdout, /\(seed 5\)/);
    // In 80 columns the value at the medians and the mean give way to the percentiles (see renderSimulation.test.ts).
    assert.match(run.stdout, /^Scenario +P5 +P50 +P95 +Cheapest$/m);
  });

  it('writes the same JSON for the same seed, the version and kind first', async (t) => {
    const dir = tempDir(t);
    for (const name of ['a.json', 'b.json']) {
      const run = await cli('simulate', ...UNCERTAIN, '--trials', '300', '-o', join(dir, name));
      assert.deepEqual([run.code, run.stderr], [0, '']);
    }
    const a = readFileSync(join(dir, 'a.json'), 'utf8');
    assert.equal(readFileSync(join(dir, 'b.json'), 'utf8'), a);
    const result = JSON.parse(a) as { version: number; kind: string; settings: { trials: number; seed: number } };
    assert.deepEqual([result.version, result.kind, result.settings.trials, result.settings.seed], [1, 'simulation', 300, 20090504]);
  });

  it('writes the same result whatever the number of threads, only settings.threads telling them apart', async (t) => {
    const dir = tempDir(t);
    const results = [];
    for (const threads of ['1', '2', '3']) {
      const file = join(dir, `threads-${threads}.json`);
      const run = await cli('simulate', ...UNCERTAIN, '--trials', '2500', '--seed', '9', '--revisit', '2010-05', '--discount-rate', '8%', '--threads', threads, '-o', file);
      assert.deepEqual([run.code, run.stderr], [0, '']);
      const result = JSON.parse(readFileSync(file, 'utf8')) as { settings: { threads: number } };
      // 2,500 trials are three blocks of 1,000: no more than three threads share them
      assert.equal(result.settings.threads, Number(threads));
      results.push(JSON.stringify({ ...result, settings: { ...result.settings, threads: 0 } }));
    }
    assert.equal(results[1], results[0]);
    assert.equal(results[2], results[0]);
    const many = await cli('simulate', ...UNCERTAIN, '--trials', '1500', '--threads', '8', '--format', 'json');
    assert.equal((JSON.parse(many.stdout) as { settings: { threads: number } }).settings.threads, 2);
  });

  it('refuses two outputs in one file, even through a link, before simulating: exit 2, nothing written', async (t) => {
    const dir = tempDir(t);
    const chart = join(dir, 'out.svg');
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '1000000', '--samples', chart, '--chart', chart);
    assert.deepEqual([run.code, run.stdout, run.stderr], [2, '', `${chart}: that is also where another output of this command goes; give each output a file of its own\n1 problem in 1 file. Nothing was simulated.\n`]);
    assert.deepEqual(readdirSync(dir), []);
    const real = writeFile(dir, 'real.svg', '');
    symlinkSync(real, join(dir, 'link.csv'));
    const linked = await cli('simulate', ...UNCERTAIN, '--trials', '1000000', '--chart', real, '--samples', join(dir, 'link.csv'));
    assert.equal(linked.code, 2);
    assert.match(linked.stderr, /real\.svg: that is also where another output of this command goes/);
    assert.equal(readFileSync(real, 'utf8'), '');
  });

  it('refuses a number of threads it cannot use', async () => {
    for (const threads of ['0', '1.5', '257']) {
      const run = await cli('simulate', ...UNCERTAIN, '--threads', threads);
      assert.deepEqual([run.code, run.stdout, run.stderr], [2, '', `--threads: expected a whole number from 1 to 256, found ${threads}\n1 problem. Nothing was simulated.\n`]);
    }
  });

  it('ends bad options and bad ranges in one line each and exit code 2, nothing written', async (t) => {
    const dir = tempDir(t);
    const bad = writeFile(dir, 'bad.json', { name: 'Bad', currency: 'USD', start: '2009-05', costs: [{ name: 'Fee', kind: 'one-time', amount: { low: '5', high: '1' } }] });
    const run = await cli('simulate', bad, '--trials', '0', '-o', join(dir, 'out.json'));
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `${bad}: /costs/0/amount/low: "low" (5) is above "high" (1); give the smaller value as "low"\n1 problem in 1 file. Nothing was simulated.\n`);
    const options = await cli('simulate', ...UNCERTAIN, '--trials', '0', '--seed', '-3');
    assert.equal(options.code, 2);
    assert.match(options.stderr, /--trials: expected a whole number of trials from 1 to 1000000, found 0\n--seed: expected a whole number from 0 to 4294967295, found -3\n/);
  });

  it('writes the summary as CSV with --format csv, or when -o names a .csv file', async (t) => {
    const dir = tempDir(t);
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '50', '--format', 'csv');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.deepEqual(lines(run.stdout).slice(0, 3), ['scenario,measure,statistic,value', '"Self-hosted, growing uncertainly",total,at_medians,1344080.18', '"Self-hosted, growing uncertainly",total,mean,1336686.85']);
    const file = join(dir, 'summary.CSV');
    const written = await cli('simulate', ...UNCERTAIN, '--trials', '50', '-o', file);
    assert.deepEqual([written.code, written.stdout, written.stderr], [0, '', '']);
    assert.equal(readFileSync(file, 'utf8'), run.stdout);
  });

  it('writes every trial to the --samples file, and the summary where it always goes', async (t) => {
    const dir = tempDir(t);
    const samples = join(dir, 'trials.csv');
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '1200', '--discount-rate', '8%', '--samples', samples, '-f', 'json');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    const simulation = JSON.parse(run.stdout) as { scenarios: { name: string; total: { p50: string } }[] };
    const rows = readFileSync(samples, 'utf8').split('\r\n');
    assert.equal(rows[0], `trial,${projectRoot}scenarios/uncertain/business.json: customers growth,"Managed provider, negotiable: Managed hosting","Self-hosted, growing uncertainly: total","Managed provider, negotiable: total","Self-hosted, growing uncertainly: npv","Managed provider, negotiable: npv"`);
    assert.deepEqual([rows.length, rows[1201]], [1202, '']);
    assert.match(rows[1200] as string, /^1200,\d+\.\d+,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d,\d+\.\d\d$/);
    // the median of the 1,200 totals is the 600th smallest (nearest rank)
    const totals = rows.slice(1, 1201).map((row) => row.split(',')[4] as string).sort((a, b) => Number(a) - Number(b));
    assert.equal(totals[599], simulation.scenarios[1]?.total.p50);
    assert.deepEqual(filesIn(dir), ['trials.csv']);
  });

  it('draws a commitment term given as a range in whole months, in the result and in the samples', async (t) => {
    const dir = tempDir(t);
    // 1,000.00 a month for as long as the term runs, 12 to 36 months: P10 12 + 2.4 = 14.4, 14 months; P90 33.6, 34
    const provider = writeFile(dir, 'provider.json', {
      name: 'Provider',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: { low: 12, high: 36, dist: 'uniform' }, renewal: { kind: 'ends' } },
      costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month' }],
    });
    const samples = join(dir, 'trials.csv');
    const run = await cli('simulate', SELF_HOSTED, provider, '--months', '48', '--trials', '2000', '--samples', samples, '--format', 'json');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    const result = JSON.parse(run.stdout) as {
      uncertain: { label: string; kind: string; median: string; drawn: Record<string, string> }[];
      sensitivity: { low: string; high: string; scenarios: { atLow: string; atHigh: string }[] }[];
      scenarios: { atMedians: string; breakEven: { withinCommitment: string } | null }[];
    };
    assert.deepEqual([result.uncertain[0]?.label, result.uncertain[0]?.kind, result.uncertain[0]?.median], ['Provider: commitment term', 'months', '24']);
    // the self-hosted 4,000.00 a month over 48 months is 192,000.00
    assert.deepEqual([result.sensitivity[0]?.low, result.sensitivity[0]?.high, result.sensitivity[0]?.scenarios[0]?.atLow, result.sensitivity[0]?.scenarios[0]?.atHigh], ['14', '34', '-178000.00', '-158000.00']);
    assert.equal(result.scenarios[1]?.atMedians, '24000.00');
    // it breaks even in its first month, within whatever term the trial drew
    assert.equal(result.scenarios[1]?.breakEven?.withinCommitment, '1.0000');
    const rows = readFileSync(samples, 'utf8').split('\r\n').slice(1, -1).map((row) => row.split(','));
    assert.equal(rows.length, 2000);
    for (const [, months, , total] of rows) {
      assert.match(months as string, /^(1[2-9]|2\d|3[0-6])$/);
      assert.equal(total, `${months}000.00`);
    }
  });

  it('refuses a bad range of months with the file and the place: exit 2, nothing simulated', async (t) => {
    const dir = tempDir(t);
    const provider = writeFile(dir, 'provider.json', {
      name: 'Provider',
      currency: 'USD',
      start: '2009-05',
      commitment: { months: { low: 36, high: 12, dist: 'uniform' }, noticeMonths: { low: 1, high: 3, dist: 'pert', mode: 4 } },
      costs: [{ name: 'Hosting', kind: 'recurring', amount: '1000', every: 'month' }],
    });
    assertBadInput(await cli('simulate', provider, '--trials', '100'), [
      `${provider}: /commitment/months/low: "low" (36) is above "high" (12); give the smaller value as "low"`,
      `${provider}: /commitment/noticeMonths/mode: expected a mode from "low" (1) to "high" (3), found 4`,
      '2 problems in 1 file. Nothing was simulated.',
    ]);
  });

  it('sends the trials to standard output with --samples - when -o takes the summary', async (t) => {
    const dir = tempDir(t);
    const run = await cli('simulate', ...UNCERTAIN, '--trials', '3', '--samples', '-', '-o', join(dir, 'summary.md'));
    assert.deepEqual([run.code, run.stderr, lines(run.stdout).length], [0, '', 4]);
    assert.match(run.stdout, /^trial,/);
    assert.match(readFileSync(join(dir, 'summary.md'), 'utf8'), /^# Simulation/);
  });

  it('refuses a --samples file it cannot or must not write before simulating: exit 2, one line, nothing written', async (t) => {
    const dir = tempDir(t);
    const input = writeFile(dir, 'input.json', JSON.parse(readFileSync(UNCERTAIN[1] as string, 'utf8')) as unknown);
    const cases: [string[], string][] = [
      [['--samples', join(dir, 'missing', 'trials.csv')], `${join(dir, 'missing', 'trials.csv')}: cannot write the output file: its directory does not exist`],
      [['--samples', input], `${input}: refusing to write the output over one of the input files; choose another output path`],
      [['--samples', join(dir, 'out.csv'), '-o', join(dir, '.', 'out.csv')], `${join(dir, 'out.csv')}: --samples: that is also the -o file; give the trials a file of their own`],
      [['--samples', '-'], '--samples -: standard output carries the summary; name a file for the trials, or send the summary to one with -o FILE'],
      [['--samples', ''], '--samples: expected a file name, found ""'],
      [['-o', join(dir, 'missing', 'summary.json')], `${join(dir, 'missing', 'summary.json')}: cannot write the output file: its directory does not exist`],
      [['--samples', dir], `${dir}: cannot write the output file: it is a directory`],
    ];
    for (const [options, message] of cases) {
      const files = [UNCERTAIN[0] as string, input];
      const before = Date.now();
      // a million trials would take minutes: the refusal comes first
      assertBadInput(await cli('simulate', ...files, '--trials', '1000000', ...options), [message, `1 problem${message.startsWith('--') ? '' : ' in 1 file'}. Nothing was simulated.`]);
      assert.ok(Date.now() - before < 5000);
      assert.deepEqual(filesIn(dir), ['input.json']);
    }
  });

  it('draws no progress when standard error is not a terminal, however long the run', async () => {
    let clock = 0;
    const run = async (stderrColumns?: number) => {
      let stdout = '';
      let stderr = '';
      // every look at the clock is a second later: the run seems long
      // one thread: each block of 1,000 trials is heard as it ends
      const code = await runCli(['simulate', ...UNCERTAIN.map((file) => relative(process.cwd(), file)), '--trials', '2500', '--threads', '1'], {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        now: () => (clock += 1000),
        ...(stderrColumns === undefined ? {} : { stderrColumns }),
      });
      return { code, stdout, stderr };
    };
    const piped = await run();
    assert.deepEqual([piped.code, piped.stderr], [0, '']);
    // on a terminal, the bar is drawn in place and erased before the result is printed
    const terminal = await run(41);
    assert.equal(terminal.stdout, piped.stdout);
    assert.deepEqual(terminal.stderr.split('\r').filter((part) => part !== ''), ['Simulating [########..............]  40%', 'Simulating [#################.....]  80%', 'Simulating [######################] 100%', ' '.repeat(40)]);
  });

  describe('--chart FILE', () => {
    it('also writes the fan chart by default, as the extension names: an SVG', async (t) => {
      const chart = join(tempDir(t), 'fan.svg');
      const run = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--chart', chart);
      assert.deepEqual([run.code, run.stderr], [0, '']);
      assert.match(run.stdout, /^2 scenarios over 36 months/);
      const svg = readFileSync(chart, 'utf8');
      assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="800"/);
      assert.ok(svg.trimEnd().endsWith('</svg>'));
      assert.ok(svg.includes('>Cumulative cost over 36 months of 2 hosting options</text>'));
    });

    it('writes the histogram or the tornado with --chart-type, a PNG or a page', async (t) => {
      const dir = tempDir(t);
      const png = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--chart-type', 'histogram', '--chart', join(dir, 'difference.png'));
      assert.deepEqual([png.code, png.stderr], [0, '']);
      assert.equal(readFileSync(join(dir, 'difference.png')).subarray(1, 4).toString('latin1'), 'PNG');
      const html = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--chart-type', 'tornado', '--chart', join(dir, 'tornado.html'));
      assert.deepEqual([html.code, html.stderr], [0, '']);
      const page = readFileSync(join(dir, 'tornado.html'), 'utf8');
      assert.ok(page.includes('What moves the difference'));
      assert.ok(page.includes('customers growth'));
    });

    it('refuses a file name that names no chart format, before simulating: exit 2, nothing written', async (t) => {
      const dir = tempDir(t);
      const run = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--chart', join(dir, 'chart.pdf'), '-o', join(dir, 'out.json'));
      assert.equal(run.code, 2);
      assert.equal(run.stderr, `costmodel: --chart ${join(dir, 'chart.pdf')}: cannot tell the chart format from the file name; end it in .svg, .png, .html or .vl.json\n${USAGE_HINT}\n`);
      assert.deepEqual([run.stdout, filesIn(dir)], ['', []]);
    });

    it('refuses --chart-type without --chart, and a chart type it does not know', async (t) => {
      const dir = tempDir(t);
      const alone = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--chart-type', 'fan', '-o', join(dir, 'out.json'));
      assert.equal(alone.code, 2);
      assert.equal(alone.stderr, '--chart-type: give --chart FILE too, the file to draw the chart in\n1 problem. Nothing was simulated.\n');
      const unknown = await cli('simulate', ...UNCERTAIN, '--chart-type', 'pie', '--chart', join(dir, 'pie.svg'));
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /--chart-type/);
      assert.deepEqual(filesIn(dir), []);
    });

    it('checks the chart file’s folder before the run, like -o: nothing is simulated or written', async (t) => {
      const dir = tempDir(t);
      const run = await cli('simulate', ...UNCERTAIN, '--trials', '200', '--chart', join(dir, 'missing', 'fan.svg'), '-o', join(dir, 'out.json'));
      assert.equal(run.code, 2);
      assert.equal(run.stderr, `${join(dir, 'missing', 'fan.svg')}: cannot write the output file: its directory does not exist\n1 problem in 1 file. Nothing was simulated.\n`);
      assert.deepEqual([run.stdout, filesIn(dir)], ['', []]);
    });

    it('never writes the chart over one of its inputs', async (t) => {
      const dir = tempDir(t);
      const input = writeFile(dir, 'input.svg', { name: 'Provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Fee', kind: 'recurring', amount: { low: '1', high: '2' }, every: 'month' }] });
      const before = readFileSync(input, 'utf8');
      const run = await cli('simulate', input, '--trials', '10', '--chart', input);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /input\.svg/);
      assert.equal(readFileSync(input, 'utf8'), before);
      assert.equal(existsSync(join(dir, 'input.svg')), true);
    });
  });
});
