import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readScenarioFile, tryLoadScenarios } from '../../lib/io/readScenarioFile.js';
import { formatIssue } from '../../lib/issues/issue.js';
import { compare } from '../../lib/report/compare.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { projectRoot, readExample } from '../support/fixtures.js';

const folder = mkdtempSync(join(tmpdir(), 'costmodel-read-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Writes files under the temporary folder (objects as JSON) and returns the path of the first. */
function files(contents: Record<string, unknown>): string {
  for (const [name, content] of Object.entries(contents)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return join(folder, Object.keys(contents)[0] as string);
}

/** The problems of reading a file, as lines with the folder left out. */
async function problems(path: string): Promise<string[]> {
  const result = await readScenarioFile(path);
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue).split(`${folder}/`).join(''));
}

const business = { currency: 'USD', start: '2009-05', drivers: { customers: { from: '2009-05', value: 200, growth: { add: 20, every: 'month' } } } };
const provider = {
  extends: 'business.json',
  name: 'Provider',
  costs: [{ name: 'Per customer', kind: 'usage', driver: 'customers', price: '10' }],
};

describe('readScenarioFile', () => {
  it('adds to each driver and range the file it comes from, the keys of the scenario, its drivers and ranges in their order', async () => {
    const result = await readScenarioFile(join(projectRoot, 'scenarios/uncertain/self-hosted.json'));
    assert.ok(result.ok);
    const scenario = result.value;
    assert.deepEqual(Object.keys(scenario), ['name', 'description', 'currency', 'minorDigits', 'start', 'drivers', 'ranges', 'items', 'origin', 'definition']);
    const base = join(projectRoot, 'scenarios/uncertain/business.json');
    for (const driver of scenario.drivers?.values() ?? []) {
      assert.equal(Object.keys(driver).at(-1), 'origin');
      assert.equal(driver.origin, base);
    }
    assert.ok((scenario.ranges?.length ?? 0) > 0);
    for (const range of scenario.ranges ?? []) assert.equal(Object.keys(range).at(-1), 'file');
  });

  it('reads a version 1 file exactly as parseScenario reads its JSON', async () => {
    for (const name of ['self-hosted.json', 'managed-provider.json', 'self-hosted-with-it-hire.json']) {
      const path = `${projectRoot}scenarios/${name}`;
      const read = await readScenarioFile(path);
      assert.deepEqual(read, parseScenario(readExample(name), path));
    }
  });

  describe('a file that extends a base file', () => {
    it('takes the keys it does not give from the base: currency, start, drivers', async () => {
      const path = files({ 'a/provider.json': provider, 'a/business.json': business });
      const result = await readScenarioFile(path);
      assert.ok(result.ok, JSON.stringify(result));
      const scenario = result.value;
      assert.deepEqual([scenario.currency, scenario.start, [...(scenario.drivers?.keys() ?? [])]], ['USD', 2009 * 12 + 4, ['customers']]);
      // 200 customers at 10.00, then 220
      assert.deepEqual(compare([scenario], { months: 2 }).scenarios[0]?.monthly, ['2000.00', '2200.00']);
      // the driver remembers the file that defines it, for messages
      assert.equal(scenario.drivers?.get('customers')?.origin, join(folder, 'a/business.json'));
    });

    it('keeps its own keys and its own definition of a driver', async () => {
      const path = files({
        'b/provider.json': { ...provider, start: '2009-06', drivers: { customers: { value: 300 } } },
        'b/business.json': business,
      });
      const result = await readScenarioFile(path);
      assert.ok(result.ok);
      assert.deepEqual(compare([result.value], { months: 1 }).scenarios[0]?.monthly, ['3000.00']);
      assert.equal(result.value.drivers?.get('customers')?.origin, path);
    });

    it('follows a base that extends another, each path relative to the file that names it', async () => {
      const path = files({
        'c/scenarios/provider.json': { ...provider, extends: '../shared/business.json' },
        'c/shared/business.json': { extends: 'money.json', drivers: business.drivers },
        'c/shared/money.json': { currency: 'USD', start: '2009-05' },
      });
      const result = await readScenarioFile(path);
      assert.ok(result.ok, JSON.stringify(result));
      assert.equal(result.value.currency, 'USD');
    });

    it('names the base file for a problem in the base', async () => {
      const path = files({
        'd/provider.json': provider,
        'd/business.json': { ...business, colour: 'blue', drivers: { customers: { vaule: 200 } } },
      });
      assert.deepEqual(await problems(path), ['d/business.json: /: unknown key "colour"', 'd/business.json: /drivers/customers: unknown key "vaule" (did you mean "value"?)']);
    });

    it('names the base file for a problem found after merging, such as a driver given two ways', async () => {
      const path = files({ 'e/provider.json': provider, 'e/business.json': { ...business, drivers: { customers: { value: 1, values: [1] } } } });
      assert.deepEqual(await problems(path), ['e/business.json: /drivers/customers: a driver is given one way only: found "value" and "values"']);
    });

    it('names the extending file for what it lacks and for its own problems', async () => {
      const path = files({
        'f/provider.json': { extends: 'business.json', costs: [{ name: 'u', kind: 'usage', driver: 'customer', price: 1 }] },
        'f/business.json': business,
      });
      assert.deepEqual(await problems(path), ['f/provider.json: /: missing required key "name"']);
      writeFileSync(path, JSON.stringify({ ...provider, costs: [{ name: 'u', kind: 'usage', driver: 'customer', price: 1 }] }));
      assert.deepEqual(await problems(path), ['f/provider.json: /costs/0/driver: no driver is named "customer" (did you mean "customers"?); the drivers are "customers"']);
    });

    it('says when the base file cannot be read', async () => {
      const path = files({ 'g/provider.json': { ...provider, extends: 'busines.json' } });
      assert.deepEqual(await problems(path), ['g/provider.json: /extends: cannot read the base file g/busines.json: no such scenario file']);
    });

    it('refuses files that extend each other in a circle', async () => {
      const path = files({ 'h/a.json': { ...provider, extends: 'b.json' }, 'h/b.json': { extends: 'a.json' } });
      assert.deepEqual(await problems(path), ['h/b.json: /extends: "extends" goes round in a circle: h/a.json extends h/b.json extends h/a.json']);
    });

    it('reports a problem in a base shared by several scenarios once', async () => {
      const first = files({
        'i/a.json': { ...provider, name: 'A' },
        'i/b.json': { ...provider, name: 'B' },
        'i/business.json': { ...business, drivers: { customers: {} } },
      });
      const result = await tryLoadScenarios([first, join(folder, 'i/b.json')]);
      assert.deepEqual(result.ok ? [] : result.issues.map((issue) => issue.path), ['/drivers/customers']);
    });
  });

  describe('a CSV driver', () => {
    const scenario = (driver: unknown) => ({ name: 'CSV', currency: 'USD', start: '2009-05', drivers: { customers: driver }, costs: [{ name: 'u', kind: 'usage', driver: 'customers', price: '1' }] });

    it('reads its values and first month from the file, with a BOM, CRLF line ends, blank lines and spaces', async () => {
      const path = files({ 'j/s.json': scenario({ csv: 'plan.csv' }), 'j/plan.csv': '\uFEFFmonth, customers\r\n2009-06, 200\r\n\r\n2009-07,"215.5"\r\n' });
      const result = await readScenarioFile(path);
      assert.ok(result.ok, JSON.stringify(result));
      const customers = result.value.drivers?.get('customers')?.definition;
      assert.ok(customers?.kind === 'values');
      assert.deepEqual(customers.values.map(String), ['200', '215.5']);
      // nothing before the CSV's first month; its last value holds after it
      assert.deepEqual(compare([result.value], { months: 4 }).scenarios[0]?.monthly, ['0.00', '200.00', '215.50', '215.50']);
    });

    it('reads the column `column` names, relative to the file that defines the driver (a base file)', async () => {
      const path = files({
        'k/s.json': { ...scenario(undefined), drivers: undefined, extends: 'shared/business.json' },
        'k/shared/business.json': { drivers: { customers: { csv: 'plan.csv', column: 'paying' } } },
        'k/shared/plan.csv': 'month,trial,paying\n2009-05,900,120\n',
      });
      const result = await readScenarioFile(path);
      assert.ok(result.ok, JSON.stringify(result));
      assert.deepEqual(compare([result.value], { months: 1 }).scenarios[0]?.monthly, ['120.00']);
    });

    it('reports every problem in the CSV file with its line', async () => {
      const path = files({
        'l/s.json': scenario({ csv: 'plan.csv' }),
        'l/plan.csv': 'month,customers\n2009-05,200\n2009-07,1,200\n2009-7,210\n2009-09,\n',
      });
      assert.deepEqual(await problems(path), [
        'l/plan.csv:3: found 3 cells where the header has 2; write numbers without thousands separators (1200, not 1,200), or quote a cell that holds a comma',
        'l/plan.csv:4: expected a month as YYYY-MM in column "month", found "2009-7"',
        'l/plan.csv:5: expected 2009-06, the month after 2009-05 (line 2), found 2009-09; give every month once, in order',
        'l/plan.csv:5: expected a non-negative decimal number in column "customers" (such as 120 or 40.5, no thousands separators), found an empty cell',
      ]);
    });

    it('names a missing column, with what the header has', async () => {
      const path = files({ 'm/s.json': scenario({ csv: 'plan.csv' }), 'm/plan.csv': 'Month,customer\n2009-05,1\n' });
      assert.deepEqual(await problems(path), [
        'm/plan.csv:1: no "month" column (did you mean "Month"?); the header has "Month", "customer"',
        'm/plan.csv:1: no column "customers" (did you mean "customer"?); the header has "Month", "customer"',
      ]);
    });

    it('reports CSV syntax errors with their line', async () => {
      const path = files({ 'n/s.json': scenario({ csv: 'plan.csv' }), 'n/plan.csv': 'month,customers\n2009-05,"12\n' });
      assert.deepEqual(await problems(path), [
        'n/plan.csv:2: invalid CSV: a quote opened in this row is never closed; end every quoted cell with a quote (write "" for a quote inside it)',
      ]);
    });

    it('says when the CSV file cannot be read, and refuses a `from` beside it', async () => {
      const path = files({ 'o/s.json': scenario({ csv: 'missing.csv', from: '2009-05' }) });
      assert.deepEqual(await problems(path), [
        'o/s.json: /drivers/customers/from: a CSV driver takes its months from the "month" column of the CSV file; remove "from"',
        'o/s.json: /drivers/customers/csv: cannot read the CSV file o/missing.csv: no such CSV file',
      ]);
    });
  });
});
