/**
 * The options for the realistic model: `--view cash|amortized`, `--currency`, `--rate CODE=RATE`
 * (also `"rates": { … }` in a config file) and `--exit-after N`, on every command that
 * computes, and accepted by those that do not.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, type TestContext } from 'node:test';
import { assertBadInput, cli, lines, MANAGED, SELF_HOSTED, scenario, tempDir, USAGE_HINT, writeFile } from './cliHarness.js';

/** Own servers: 1,000 a month of rack space and servers bought for 36,000 with a 36-month life. */
function ownServers(t: TestContext): string {
  return writeFile(
    tempDir(t),
    'own.json',
    scenario({ name: 'Own servers', costs: [{ name: 'Rack', kind: 'recurring', amount: '1000', every: 'month' }, { name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 36 }] }),
  );
}

/** The founding managed provider, priced in euros. */
function euroProvider(t: TestContext): string {
  return writeFile(tempDir(t), 'eu.json', {
    name: 'Provider EU',
    currency: 'EUR',
    start: '2009-05',
    commitment: { months: 24 },
    costs: [{ name: 'Managed hosting', kind: 'recurring', amount: '40000', every: 'month' }],
  });
}

async function json(...args: string[]): Promise<{ settings: Record<string, unknown>; scenarios: { name: string; total: string; monthly: string[]; commitment: { exit?: { total: string } } | null }[] }> {
  const run = await cli(...args, '--format', 'json');
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  return JSON.parse(run.stdout) as never;
}

describe('--view', () => {
  it('spreads hardware over its life in compare with --view amortized, pays it when bought by default', async (t) => {
    const file = ownServers(t);
    assert.deepEqual((await json('compare', file, '--months', '2')).scenarios[0]?.monthly, ['37000.00', '1000.00']);
    assert.deepEqual((await json('compare', file, '--months', '2', '--view', 'amortized')).scenarios[0]?.monthly, ['2000.00', '2000.00']);
  });

  it('applies to schedule', async (t) => {
    const run = await cli('schedule', ownServers(t), '--months', '1', '--view', 'amortized');
    assert.deepEqual(lines(run.stdout), ['month,scenario,item,category,amount', '2009-05,Own servers,Rack,other,1000.00', '2009-05,Own servers,Servers,other,1000.00']);
  });

  it('applies to chart, which takes the same options as compare', async (t) => {
    const run = await cli('chart', ownServers(t), '--months', '2', '--view', 'amortized', '--format', 'vl.json', '-o', '-');
    assert.equal(run.code, 0, run.stderr);
    // cumulative cost: 2,000 after month 1 (1,000 rack + 1,000 servers), 4,000 after month 2; cash would start at 37,000
    assert.ok(run.stdout.includes('"cumulative": 2000,') && run.stdout.includes('"cumulative": 4000,') && !run.stdout.includes('37000'), run.stdout);
  });

  it('refuses any other view as a usage error', async (t) => {
    const run = await cli('compare', ownServers(t), '--view', 'accrual');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--view/);
    assert.ok(run.stderr.endsWith(`${USAGE_HINT}\n`));
  });
});

describe('--rate and --currency', () => {
  it('converts a scenario in another currency at the rate given', async (t) => {
    const result = await json('compare', SELF_HOSTED, euroProvider(t), '--rate', 'EUR=1.08', '--months', '12');
    assert.deepEqual(result.settings.rates, { EUR: '1.08' });
    assert.equal(result.scenarios[1]?.total, '518400.00');
  });

  it('labels the conversion under the table', async (t) => {
    const run = await cli('compare', SELF_HOSTED, euroProvider(t), '--rate', 'EUR=1.08', '--months', '12');
    assert.ok(lines(run.stdout).includes('Provider EU is converted from EUR at 1.08 USD per EUR, entry by entry.'), run.stdout);
  });

  it('reports in the currency --currency names', async (t) => {
    const result = await json('compare', SELF_HOSTED, euroProvider(t), '--currency', 'EUR', '--rate', 'USD=0.5', '--months', '1');
    assert.deepEqual([result.settings.currency, result.scenarios[0]?.total, result.scenarios[1]?.total], ['EUR', '2000.00', '40000.00']);
  });

  it('takes rates from a config file as an object, the command line winning per currency', async (t) => {
    const dir = tempDir(t);
    const config = writeFile(dir, 'config.json', { rates: { EUR: 1.1, GBP: '1.25' } });
    assert.deepEqual((await json('compare', SELF_HOSTED, euroProvider(t), '--config', config)).settings.rates, { EUR: '1.1' });
    assert.deepEqual((await json('compare', SELF_HOSTED, euroProvider(t), '--config', config, '--rate', 'EUR=1.2')).settings.rates, { EUR: '1.2' });
  });

  it('keeps mixed currencies an error without a rate', async (t) => {
    const eu = euroProvider(t);
    assertBadInput(await cli('compare', SELF_HOSTED, eu), [
      `${eu}: /currency: currency EUR differs from USD of "Self-hosted" (${SELF_HOSTED}); compared scenarios must share one currency, or give an exchange rate: --rate EUR=N, N USD per EUR`,
      '1 problem in 1 file. Nothing was compared.',
    ]);
  });

  it('refuses a rate not written CODE=RATE as a usage error, and a bad rate as bad input', async (t) => {
    const run = await cli('compare', SELF_HOSTED, '--rate', 'EUR:1.08');
    assert.equal(run.code, 2);
    assert.deepEqual(lines(run.stderr), ['costmodel: --rate: expected CODE=RATE, such as EUR=1.08 (1 EUR = 1.08 of the reporting currency), or CODE=LOW..HIGH for a range, such as EUR=1.05..1.15, found "EUR:1.08"', USAGE_HINT]);
    // One currency given two rates on the command line is a slip, not a choice for costmodel to make.
    const twice = await cli('compare', SELF_HOSTED, '--rate', 'EUR=1.1', '--rate', 'EUR=1.2');
    assert.equal(twice.code, 2);
    assert.deepEqual(lines(twice.stderr), ['costmodel: --rate: EUR is given twice ("1.1", then "1.2"); give each currency one rate', USAGE_HINT]);
    assertBadInput(await cli('compare', SELF_HOSTED, euroProvider(t), '--rate', 'EUR=-1'), [
      '--rate EUR: expected a positive exchange rate (USD per EUR) such as EUR=1.08, or a range such as EUR=1.05..1.15, found "-1"',
      '1 problem. Nothing was compared.',
    ]);
  });

  it('takes a rate given as a range, LOW..HIGH or in a config file, at its median, and says so', async (t) => {
    const eu = euroProvider(t);
    // lognormal by default: √(1.05 × 1.15) = 1.098863 USD per EUR; 40,000 EUR a month for 36 months
    const ranged = await json('compare', SELF_HOSTED, eu, '--rate', 'EUR=1.05..1.15');
    assert.deepEqual([ranged.settings.rates, ranged.settings.ranges, ranged.scenarios[1]?.total], [{ EUR: '1.098863' }, 'medians', '1582362.72']);
    const config = writeFile(tempDir(t), 'config.json', { rates: { EUR: { low: '1.0', high: '1.2', dist: 'triangular', mode: '1.1' } } });
    assert.equal((await json('compare', SELF_HOSTED, eu, '--config', config)).scenarios[1]?.total, '1584000.00');
    const table = await cli('compare', SELF_HOSTED, eu, '--rate', 'EUR=1.05..1.15', '--format', 'markdown');
    assert.match(table.stdout, /Baseline: Self-hosted\. Ranges at their medians\./);
  });

  it('refuses a range of rates that is not one: exit 2, the currency and what is wrong', async (t) => {
    const eu = euroProvider(t);
    assertBadInput(await cli('compare', SELF_HOSTED, eu, '--rate', 'EUR=1.15..1.05'), ['--rate EUR: "low" (1.15) is above "high" (1.05); give the smaller value as "low"', '1 problem. Nothing was compared.']);
    assertBadInput(await cli('simulate', SELF_HOSTED, eu, '--rate', 'EUR=1.05..'), [
      '--rate EUR: expected a positive exchange rate (USD per EUR) such as EUR=1.08, or a range such as EUR=1.05..1.15, found "1.05.."',
      '1 problem. Nothing was simulated.',
    ]);
    const config = writeFile(tempDir(t), 'config.json', { rates: { EUR: { low: '1.0', high: '1.2', dist: 'pert', mode: '1.25' } } });
    assertBadInput(await cli('compare', SELF_HOSTED, eu, '--config', config), [`${config}: "rates" EUR: expected a mode from "low" (1) to "high" (1.2), found 1.25`, '1 problem. Nothing was compared.']);
  });

  it('draws a rate given as a range once per trial in simulate, with its own column in the samples', async (t) => {
    const dir = tempDir(t);
    const samples = `${dir}/trials.csv`;
    const run = await cli('simulate', SELF_HOSTED, euroProvider(t), '--rate', 'EUR=1.05..1.15', '--trials', '1000', '--samples', samples, '--format', 'json');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    const result = JSON.parse(run.stdout) as { uncertain: { label: string; median: string }[]; sensitivity: { label: string; low: string; high: string }[] };
    assert.deepEqual(result.uncertain.map((q) => [q.label, q.median]), [['exchange rate: USD per EUR', '1.098863']]);
    // P10 and P90 of the lognormal: exp((ln 1.05 + ln 1.15) ÷ 2 ∓ 1.28155 × (ln 1.15 − ln 1.05) ÷ 3.28971) = exp(0.094277 ∓ 0.035439)
    assert.deepEqual(result.sensitivity.map((s) => [s.label, s.low, s.high]), [['exchange rate: USD per EUR', '1.0606', '1.1385']]);
    assert.equal(lines(readFileSync(samples, 'utf8'))[0], 'trial,exchange rate: USD per EUR,Self-hosted: total,Provider EU: total');
  });

  it('converts the schedule too, showing the amounts before conversion', async (t) => {
    const run = await cli('schedule', SELF_HOSTED, euroProvider(t), '--rate', 'EUR=1.08', '--months', '1');
    assert.deepEqual(lines(run.stdout), [
      'month,scenario,item,category,amount,original_currency,original_amount',
      '2009-05,Self-hosted,Self-hosting,hosting,4000.00,,',
      '2009-05,Provider EU,Managed hosting,other,43200.00,EUR,40000.00',
    ]);
  });
});

describe('--exit-after', () => {
  it('adds the cost of leaving each committed scenario after N months to the JSON and the sentences', async () => {
    const result = await json('compare', SELF_HOSTED, MANAGED, '--exit-after', '12');
    assert.equal(result.scenarios[1]?.commitment?.exit?.total, '1005000.00');
    const run = await cli('compare', SELF_HOSTED, MANAGED, '--exit-after', '12', '--format', 'markdown');
    assert.ok(
      lines(run.stdout).includes('- Leaving Managed provider after 12 months (end of 2010-04): 525,000.00 paid and an exit fee of 480,000.00, 1,005,000.00 in all.'),
      run.stdout,
    );
  });

  it('refuses what is not a whole number of months', async () => {
    const run = await cli('compare', SELF_HOSTED, MANAGED, '--exit-after', 'a year');
    assert.deepEqual(lines(run.stderr), ['costmodel: --exit-after: expected a whole number of months from 1 to 1200, found "a year"', USAGE_HINT]);
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '--exit-after', '0'), [
      '--exit-after: expected a whole number of months from 1 to 1200, found 0',
      '1 problem. Nothing was compared.',
    ]);
  });
});

describe('commands that do not use these options accept them from a config file', () => {
  it('validate, schedule and schema run with rates, view and exit-after in the config', async (t) => {
    const config = writeFile(tempDir(t), 'config.json', { rates: { EUR: 1.1 }, view: 'amortized', currency: 'USD', 'exit-after': 12 });
    for (const args of [['validate', SELF_HOSTED], ['schedule', SELF_HOSTED, '--months', '1'], ['schema']]) {
      const run = await cli(...args, '--config', config);
      assert.equal(run.code, 0, `${args[0]}: ${run.stderr}`);
    }
  });
});
