import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMonth } from '../../lib/calendar/month.js';
import type { Issue, Result } from '../../lib/issues/issue.js';
import { lastMonth, monthLabels, resolveSettings, type AnalysisSettings } from '../../lib/analysis/analysisSettings.js';
import { foundingScenarios, month, scenarioOf } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();

function issuesOf(result: Result<AnalysisSettings>): readonly Issue[] {
  if (result.ok) assert.fail('expected problems, the settings were accepted');
  return result.issues;
}

function settingsOf(result: Result<AnalysisSettings>): AnalysisSettings {
  if (!result.ok) assert.fail(JSON.stringify(result.issues));
  return result.value;
}

describe('resolveSettings', () => {
  it('defaults to 36 months from the earliest start, no discounting, the first scenario as baseline', () => {
    const later = scenarioOf({ ...managed.definition, start: '2010-01' });
    const settings = settingsOf(resolveSettings([later, selfHosted]));
    assert.deepEqual(settings, { from: month('2009-05'), months: 36, currency: 'USD', minorDigits: 2, baselineIndex: 0 });
  });

  it('takes the horizon, first month, discount rate and baseline from the options', () => {
    const settings = settingsOf(resolveSettings([selfHosted, managed], { months: 60, from: '2010-01', discountRate: '8%', baseline: 'Managed provider' }));
    assert.equal(formatMonth(settings.from), '2010-01');
    assert.equal(settings.months, 60);
    assert.equal(settings.discountRate?.toString(), '0.08');
    assert.equal(settings.baselineIndex, 1);
  });

  it('accepts a discount rate as a fraction number and the horizon limits 1 and 1200', () => {
    assert.equal(settingsOf(resolveSettings([selfHosted], { discountRate: 0.1 })).discountRate?.toString(), '0.1');
    assert.equal(settingsOf(resolveSettings([selfHosted], { months: 1 })).months, 1);
    assert.equal(settingsOf(resolveSettings([selfHosted], { months: 1200 })).months, 1200);
  });

  it('takes the minor unit of the shared currency', () => {
    const yen = scenarioOf({ name: 'Yen', currency: 'JPY', start: '2009-05', costs: [] });
    assert.equal(settingsOf(resolveSettings([yen])).minorDigits, 0);
  });

  it('rejects an empty list of scenarios', () => {
    assert.deepEqual(issuesOf(resolveSettings([])), [{ code: 'no-scenarios', message: 'no scenarios to analyse: give at least one scenario file' }]);
  });

  it('rejects two scenarios with the same name, naming both files', () => {
    const copy = scenarioOf(selfHosted.definition, 'scenarios/copy.json');
    assert.deepEqual(issuesOf(resolveSettings([selfHosted, copy])), [
      {
        code: 'duplicate-scenario',
        file: 'scenarios/copy.json',
        path: '/name',
        message: 'the scenario name "Self-hosted" is already used by scenarios/self-hosted.json; compared scenarios need unique names',
      },
    ]);
  });

  it('says once that a file is given more than once, rather than that its name is taken by itself', () => {
    const again = scenarioOf(selfHosted.definition, 'scenarios/self-hosted.json');
    const managedAgain = scenarioOf(managed.definition, 'scenarios/managed-provider.json');
    const given = scenarioOf(managed.definition, 'scenarios/managed-provider.json');
    assert.deepEqual(issuesOf(resolveSettings([scenarioOf(selfHosted.definition, 'scenarios/self-hosted.json'), given, again, again, managedAgain])), [
      {
        code: 'duplicate-scenario',
        file: 'scenarios/self-hosted.json',
        message: 'this file is given more than once, and its scenario "Self-hosted" cannot be compared with itself; give each file once (a glob and a file name can both match one file)',
      },
      {
        code: 'duplicate-scenario',
        file: 'scenarios/managed-provider.json',
        message: 'this file is given more than once, and its scenario "Managed provider" cannot be compared with itself; give each file once (a glob and a file name can both match one file)',
      },
    ]);
  });

  it('rejects mixed currencies', () => {
    const euros = scenarioOf({ ...managed.definition, currency: 'EUR' }, 'scenarios/euros.json');
    assert.deepEqual(issuesOf(resolveSettings([selfHosted, euros])), [
      {
        code: 'mixed-currencies',
        file: 'scenarios/euros.json',
        path: '/currency',
        message: 'currency EUR differs from USD of "Self-hosted" (scenarios/self-hosted.json); compared scenarios must share one currency, or give an exchange rate: --rate EUR=N, N USD per EUR',
      },
    ]);
  });

  it('rejects horizons of 0, 1201 and 2.5 months', () => {
    for (const months of [0, 1201, 2.5, -12, Number.NaN]) {
      assert.deepEqual(issuesOf(resolveSettings([selfHosted], { months })), [
        { code: 'invalid-option', message: `--months: expected a whole number of months from 1 to 1200, found ${months}` },
      ]);
    }
  });

  it('rejects a first month that is not YYYY-MM', () => {
    for (const from of ['2009-5', '2009-13', 'May 2009']) {
      assert.deepEqual(issuesOf(resolveSettings([selfHosted], { from })), [{ code: 'invalid-option', message: `--from: expected a month as YYYY-MM, found "${from}"` }]);
    }
  });

  it('rejects a discount rate that is not a rate, or of -100% or less', () => {
    for (const discountRate of ['eight', '8 percent', '-100%', -2]) {
      assert.deepEqual(issuesOf(resolveSettings([selfHosted], { discountRate })), [
        { code: 'invalid-option', message: `--discount-rate: expected an annual rate such as 0.08 or "8%", found "${discountRate}"` },
      ]);
    }
  });

  it('rejects an unknown baseline with a "did you mean" and the names there are', () => {
    assert.deepEqual(issuesOf(resolveSettings([selfHosted, managed], { baseline: 'Self hosted' })), [
      {
        code: 'unknown-baseline',
        message: '--baseline: no scenario is named "Self hosted" (did you mean "Self-hosted"?); the scenarios are "Self-hosted", "Managed provider"',
      },
    ]);
  });

  it('reports every problem at once', () => {
    const euros = scenarioOf({ ...managed.definition, currency: 'EUR' });
    const issues = issuesOf(resolveSettings([selfHosted, euros], { months: 0, from: 'soon', discountRate: 'x', baseline: 'Nobody' }));
    assert.deepEqual(issues.map((issue) => issue.code), ['mixed-currencies', 'invalid-option', 'invalid-option', 'invalid-option', 'unknown-baseline']);
  });
});

describe('lastMonth and monthLabels', () => {
  it('give the last month and every month of the horizon as YYYY-MM', () => {
    const range = { from: month('2009-05'), months: 36 };
    assert.equal(formatMonth(lastMonth(range)), '2012-04');
    const labels = monthLabels(range);
    assert.equal(labels.length, 36);
    assert.deepEqual(labels.slice(0, 9), ['2009-05', '2009-06', '2009-07', '2009-08', '2009-09', '2009-10', '2009-11', '2009-12', '2010-01']);
    assert.equal(labels[35], '2012-04');
  });
});

describe('resolveSettings: view, currencies, exit and overlap', () => {
  const euros = scenarioOf({ ...managed.definition, name: 'Provider EU', currency: 'EUR' }, 'scenarios/euros.json');

  it('keeps the view asked for, and leaves it out when none is', () => {
    assert.equal(settingsOf(resolveSettings([selfHosted], { view: 'amortized' })).view, 'amortized');
    assert.equal('view' in settingsOf(resolveSettings([selfHosted])), false);
    assert.deepEqual(issuesOf(resolveSettings([selfHosted], { view: 'accrual' as 'cash' })), [
      { code: 'invalid-option', message: '--view: expected "cash" or "amortized", found "accrual"' },
    ]);
  });

  it('uses a rate for each scenario currency that is not the reporting currency, and only those', () => {
    const settings = settingsOf(resolveSettings([selfHosted, euros], { rates: { EUR: '1.08', GBP: 1.25 } }));
    assert.deepEqual([settings.currency, settings.minorDigits, [...(settings.rates ?? [])].map(([code, rate]) => [code, rate.toString()])], ['USD', 2, [['EUR', '1.08']]]);
  });

  it('reports in the currency asked for, with its minor unit', () => {
    const settings = settingsOf(resolveSettings([selfHosted, euros], { currency: 'JPY', rates: { USD: '150', EUR: '160.5' } }));
    assert.deepEqual([settings.currency, settings.minorDigits, settings.rates?.get('USD')?.toString(), settings.rates?.get('EUR')?.toString()], ['JPY', 0, '150', '160.5']);
  });

  it('still rejects mixed currencies without a rate for each, and says which rate is missing', () => {
    assert.deepEqual(issuesOf(resolveSettings([selfHosted, euros], { currency: 'USD', rates: { GBP: '1.25' } })), [
      { code: 'mixed-currencies', file: 'scenarios/euros.json', path: '/currency', message: 'currency EUR differs from the reporting currency USD; give an exchange rate: --rate EUR=N, N USD per EUR' },
    ]);
  });

  it('rejects unknown currencies, rates that are not positive, and a reporting currency rate other than 1', () => {
    assert.deepEqual(
      issuesOf(resolveSettings([selfHosted], { currency: 'usd' })).map((issue) => issue.message),
      ['--currency: expected an ISO 4217 currency code such as USD, found "usd" (did you mean "USD"?)'],
    );
    assert.deepEqual(
      issuesOf(resolveSettings([selfHosted], { rates: { XXY: '1', eur: '1.1', EUR: '0', GBP: 'a lot', USD: '1.1' } })).map((issue) => issue.message),
      [
        '--rate: expected CODE=RATE with an ISO 4217 currency code such as EUR=1.08, found the currency "XXY"',
        '--rate: expected CODE=RATE with an ISO 4217 currency code such as EUR=1.08, found the currency "eur" (did you mean "EUR"?)',
        '--rate EUR: expected a positive exchange rate (USD per EUR) such as EUR=1.08, or a range such as EUR=1.05..1.15, found "0"',
        '--rate GBP: expected a positive exchange rate (USD per GBP) such as GBP=1.08, or a range such as GBP=1.05..1.15, found "a lot"',
        '--rate USD: USD is the reporting currency, so its rate is 1, not 1.1',
      ],
    );
  });

  it('accepts an exit after 1 to 1200 months', () => {
    assert.equal(settingsOf(resolveSettings([managed], { exitAfter: 12 })).exitAfter, 12);
    assert.deepEqual(issuesOf(resolveSettings([managed], { exitAfter: 0 })), [
      { code: 'invalid-option', message: '--exit-after: expected a whole number of months from 1 to 1200, found 0' },
    ]);
  });

  it('says an exit after what is not a whole number of months is one, and only that (from JavaScript, any value)', () => {
    for (const exitAfter of ['1e30', 'abc', 1e30, 2.5]) {
      assert.deepEqual(issuesOf(resolveSettings([managed], { exitAfter: exitAfter as number })), [
        { code: 'invalid-option', message: `--exit-after: expected a whole number of months from 1 to 1200, found ${String(exitAfter)}` },
      ]);
    }
  });

  it('resolves each overlap to the scenario it migrates from: the one named, or the baseline', () => {
    const migrating = scenarioOf({ ...managed.definition, overlap: { months: 3 } });
    assert.deepEqual(settingsOf(resolveSettings([selfHosted, migrating])).overlapFrom, [undefined, 0]);
    // the baseline itself has no other option to migrate from
    assert.deepEqual(settingsOf(resolveSettings([selfHosted, migrating], { baseline: 'Managed provider' })).overlapFrom, [undefined, undefined]);
    const named = scenarioOf({ ...managed.definition, overlap: { months: 3, scenario: 'Self-hosted' } });
    assert.deepEqual(settingsOf(resolveSettings([named, selfHosted])).overlapFrom, [1, undefined]);
    assert.equal('overlapFrom' in settingsOf(resolveSettings([selfHosted, managed])), false);
  });

  it('rejects an overlap naming a scenario that is not compared', () => {
    const named = scenarioOf({ ...managed.definition, overlap: { months: 3, scenario: 'Self hosted' } }, 'scenarios/named.json');
    assert.deepEqual(issuesOf(resolveSettings([selfHosted, named])), [
      {
        code: 'unknown-scenario',
        file: 'scenarios/named.json',
        path: '/overlap/scenario',
        message: 'no compared scenario is named "Self hosted" (did you mean "Self-hosted"?); the scenarios are "Self-hosted", "Managed provider"',
      },
    ]);
  });
});
