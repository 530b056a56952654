import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { assertBadInput, cli, filesIn, lines, MANAGED, scenario, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

type ComparisonJson = {
  version: number;
  kind: string;
  settings: { from: string; to: string; months: number; discountRate: string | null; baseline: string };
  scenarios: { name: string; total: string; npv: string | null; difference: string; isBaseline: boolean; years: string[] }[];
};

function comparisonJson(text: string): ComparisonJson {
  return JSON.parse(text) as ComparisonJson;
}

describe('costmodel compare', () => {
  describe('on the founding example', () => {
    it('prints the table on stdout, nothing on stderr, and exits 0', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED);
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.equal(lines(run.stdout)[0], '2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted.');
      assert.ok(run.stdout.includes('144,000.00'), run.stdout);
      assert.ok(run.stdout.includes('1,485,000.00'), run.stdout);
      assert.ok(
        lines(run.stdout).includes('Managed provider  525,000.00 480,000.00 480,000.00 1,485,000.00 +1,341,000.00'),
        run.stdout,
      );
      assert.ok(run.stdout.includes('Managed provider never breaks even against Self-hosted within 36 months.'), run.stdout);
    });

    it('prints versioned JSON with decimal strings with --format json', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--format', 'json');
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      const result = comparisonJson(run.stdout);
      assert.equal(result.version, 1);
      assert.equal(result.kind, 'comparison');
      assert.deepEqual(
        result.scenarios.map((s) => [s.name, s.total, s.difference]),
        [
          ['Self-hosted', '144000.00', '0.00'],
          ['Managed provider', '1485000.00', '1341000.00'],
        ],
      );
    });

    it('prints spreadsheet CSV with --format csv: plain numbers, no thousands separators', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--format', 'csv');
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.deepEqual(lines(run.stdout), [
        'scenario,year_1,year_2,year_3,total,difference,break_even_month,committed_minimum',
        'Self-hosted,48000.00,48000.00,48000.00,144000.00,0.00,,',
        'Managed provider,525000.00,480000.00,480000.00,1485000.00,1341000.00,,1005000.00',
      ]);
    });

    it('prints a Markdown table with --format markdown', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '-f', 'markdown');
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.equal(lines(run.stdout)[0], '# Cost comparison');
      assert.ok(
        lines(run.stdout).includes('| Managed provider | 525,000.00 | 480,000.00 | 480,000.00 | 1,485,000.00 | +1,341,000.00 |'),
        run.stdout,
      );
    });
  });

  describe('-o FILE', () => {
    it('writes Markdown for out.md, prints nothing, and leaves no other file', async (t) => {
      const dir = tempDir(t);
      const run = await cli('compare', SELF_HOSTED, MANAGED, '-o', join(dir, 'out.md'));
      assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
      assert.equal(readFileSync(join(dir, 'out.md'), 'utf8'), (await cli('compare', SELF_HOSTED, MANAGED, '--format', 'markdown')).stdout);
      assert.deepEqual(filesIn(dir), ['out.md']);
    });

    it('writes CSV for out.csv', async (t) => {
      const dir = tempDir(t);
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--output', join(dir, 'out.csv'));
      assert.equal(run.code, 0);
      assert.equal(lines(readFileSync(join(dir, 'out.csv'), 'utf8'))[0], 'scenario,year_1,year_2,year_3,total,difference,break_even_month,committed_minimum');
    });

    it('writes JSON for out.json', async (t) => {
      const dir = tempDir(t);
      const run = await cli('compare', SELF_HOSTED, MANAGED, '-o', join(dir, 'out.json'));
      assert.equal(run.code, 0);
      assert.equal(comparisonJson(readFileSync(join(dir, 'out.json'), 'utf8')).scenarios[1]?.total, '1485000.00');
    });

    it('lets --format override the extension', async (t) => {
      const dir = tempDir(t);
      const run = await cli('compare', SELF_HOSTED, MANAGED, '-o', join(dir, 'out.md'), '--format', 'csv');
      assert.equal(run.code, 0);
      assert.ok(readFileSync(join(dir, 'out.md'), 'utf8').startsWith('scenario,year_1,'));
    });
  });

  describe('analysis options', () => {
    it('--months 12 shortens the horizon to one year', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--months', '12', '--format', 'json');
      assert.equal(run.code, 0);
      const result = comparisonJson(run.stdout);
      assert.deepEqual([result.settings.months, result.settings.from, result.settings.to], [12, '2009-05', '2010-04']);
      assert.deepEqual(result.scenarios.map((s) => s.total), ['48000.00', '525000.00']);
    });

    it('--from 2010-01 starts the analysis after the setup fee was paid', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--from', '2010-01', '--format', 'json');
      assert.equal(run.code, 0);
      const result = comparisonJson(run.stdout);
      assert.deepEqual([result.settings.from, result.settings.to], ['2010-01', '2012-12']);
      assert.deepEqual(result.scenarios.map((s) => s.total), ['144000.00', '1440000.00']);
    });

    it('--discount-rate 8% adds the NPV, discounting month m by 1.08^(-m/12)', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--discount-rate', '8%', '--format', 'json');
      assert.equal(run.code, 0);
      const result = comparisonJson(run.stdout);
      assert.equal(result.settings.discountRate, '0.08');
      assert.deepEqual(result.scenarios.map((s) => s.npv), ['128998.00', '1334979.97']);
    });

    it('--discount-rate 8% says so in the table header and adds an NPV column', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--discount-rate', '8%');
      assert.equal(run.code, 0);
      assert.equal(lines(run.stdout)[0], '2 scenarios over 36 months (2009-05 to 2012-04), USD, discounted at 8% a year.');
      assert.ok(run.stdout.includes('128,998.00'), run.stdout);
    });

    it('--baseline "Managed provider" compares the others against it', async () => {
      const run = await cli('compare', SELF_HOSTED, MANAGED, '--baseline', 'Managed provider', '--format', 'json');
      assert.equal(run.code, 0);
      const result = comparisonJson(run.stdout);
      assert.equal(result.settings.baseline, 'Managed provider');
      assert.deepEqual(
        result.scenarios.map((s) => [s.name, s.isBaseline, s.difference]),
        [
          ['Self-hosted', false, '-1341000.00'],
          ['Managed provider', true, '0.00'],
        ],
      );
    });
  });
});

describe('costmodel compare, with drivers', () => {
  const GROWTH_SELF_HOSTED = join(projectRoot, 'scenarios/growth/self-hosted.json');
  const GROWTH_PROVIDER = join(projectRoot, 'scenarios/growth/managed-provider.json');

  it('compares the growth example, whose files extend a shared base, and finds the break-even in month 48', async () => {
    const run = await cli('compare', GROWTH_SELF_HOSTED, GROWTH_PROVIDER, '--months', '60', '--format', 'json');
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    const result = JSON.parse(run.stdout) as { scenarios: { total: string; breakEven: { at: { month: number; calendar: string } | null } | null }[] };
    assert.deepEqual(
      result.scenarios.map((s) => [s.total, s.breakEven?.at ?? null]),
      [
        ['3223412.01', null],
        ['2841000.00', { month: 48, calendar: '2013-04' }],
      ],
    );
  });

  it('--per customers --per-target 50 adds the cost per customer to the sentences', async () => {
    const run = await cli('compare', GROWTH_SELF_HOSTED, GROWTH_PROVIDER, '--months', '60', '--per', 'customers', '--per-target', '50');
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lines(run.stdout).includes('  41.74 in month 60 (2014-04); at or below 50.00 first in month 41 (2012-09).'), run.stdout);
  });

  it('refuses --per with a driver no scenario defines', async () => {
    const run = await cli('compare', SELF_HOSTED, GROWTH_PROVIDER, '--per', 'customer');
    assertBadInput(run, [
      '--per: no compared scenario defines a driver "customer" (did you mean "customers"?); the drivers are "customers"',
      '1 problem. Nothing was compared.',
    ]);
  });

  it('refuses two files that define the same driver differently, naming both', async (t) => {
    const dir = tempDir(t);
    const fewer = writeFile(dir, 'fewer.json', scenario({ name: 'Fewer', drivers: { customers: { value: 100 } } }));
    const more = writeFile(dir, 'more.json', scenario({ name: 'More', drivers: { customers: { value: 150 } } }));
    const run = await cli('compare', fewer, more);
    assertBadInput(run, [
      `${more}: /drivers/customers: driver "customers" differs from its definition in ${fewer}: here 150 from 2009-05; there 100 from 2009-05. Compared scenarios must agree on their drivers: define a driver once, in a file they all extend`,
      '1 problem in 1 file. Nothing was compared.',
    ]);
  });

  it('names the base file when the problem is there', async (t) => {
    const dir = tempDir(t);
    writeFile(dir, 'business.json', { drivers: { customers: { value: 100, growth: { add: 5 } } } });
    const own = writeFile(dir, 'own.json', scenario({ extends: 'business.json' }));
    const run = await cli('compare', own);
    assertBadInput(run, [`${join(dir, 'business.json')}: /drivers/customers/growth: missing required key "every"`, '1 problem in 1 file. Nothing was compared.']);
  });
});

