import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Issue } from '../../lib/issues/issue.js';
import { validateScenario } from '../../lib/scenario/validateScenario.js';
import { exampleScenarioFiles, readExample } from '../support/fixtures.js';

const valid = { name: 'Self-hosted', currency: 'USD', start: '2009-05', costs: [] as unknown[] };
const oneTime = { name: 'Setup', kind: 'one-time', amount: '45000' };
const recurring = { name: 'Hosting', kind: 'recurring', amount: '40000', every: 'month' };

/** The issues as `pointer: message` lines, the way people read them. */
function problems(data: unknown): string[] {
  return validateScenario(data, 'x.json').map((issue) => `${issue.path}: ${issue.message}`);
}

function only(data: unknown): Issue {
  const issues = validateScenario(data, 'x.json');
  assert.equal(issues.length, 1, JSON.stringify(issues));
  return issues[0] as Issue;
}

describe('validateScenario', () => {
  it('accepts every example scenario', () => {
    for (const name of exampleScenarioFiles()) assert.deepEqual(validateScenario(readExample(name), name), [], name);
  });

  it('accepts a minimal scenario with no costs', () => {
    assert.deepEqual(validateScenario(valid), []);
  });

  it('accepts every optional key', () => {
    const full = {
      $schema: '../docs/scenario.schema.json',
      version: 1,
      ...valid,
      description: 'All keys',
      commitment: { months: 24 },
      costs: [
        { ...oneTime, month: '2009-06', category: 'migration', source: 'quote', note: 'n' },
        { ...recurring, every: 'year', billing: 'monthly', from: '2009-06', months: 12, escalation: { rate: '3%', every: 'quarter' }, category: 'hosting', source: 's', note: 'n' },
      ],
    };
    assert.deepEqual(validateScenario(full), []);
  });

  it('accepts amounts as numbers and as decimal strings, and rates as fractions or percents', () => {
    const costs = [
      { ...oneTime, amount: 45000 },
      { ...oneTime, name: 'b', amount: '45000.50' },
      { ...oneTime, name: 'c', amount: 0 },
      { ...recurring, escalation: { rate: 0.03 } },
      { ...recurring, name: 'd', escalation: { rate: '3.5%' } },
      { ...recurring, name: 'e', escalation: { rate: '0.035' } },
    ];
    assert.deepEqual(validateScenario({ ...valid, costs }), []);
  });

  it('reports an unknown key with a "did you mean"', () => {
    assert.deepEqual(only({ ...valid, curency: 'USD' }), {
      code: 'unknown-key',
      file: 'x.json',
      path: '',
      message: 'unknown key "curency" (did you mean "currency"?)',
    });
  });

  it('reports an unknown key without a suggestion when nothing is close', () => {
    assert.equal(only({ ...valid, colour: 'red' }).message, 'unknown key "colour"');
  });

  it('reports an unknown key inside a cost item and inside an escalation', () => {
    const item = { name: 'Hosting', kind: 'recurring', amount: '40000', every: 'month', soruce: 'quote' };
    assert.deepEqual(problems({ ...valid, costs: [item] }), ['/costs/0: unknown key "soruce" (did you mean "source"?)']);
    const escalating = { ...recurring, escalation: { rate: '3%', evry: 'year' } };
    assert.deepEqual(problems({ ...valid, costs: [escalating] }), ['/costs/0/escalation: unknown key "evry" (did you mean "every"?)']);
  });

  it('reports a misspelt required key as both missing and unknown', () => {
    const item = { name: 'Hosting', kind: 'recurring', amonut: '40000', every: 'month' };
    assert.deepEqual(problems({ ...valid, costs: [item] }).sort(), [
      '/costs/0: missing required key "amount"',
      '/costs/0: unknown key "amonut" (did you mean "amount"?)',
    ]);
  });

  it('reports a missing key', () => {
    assert.deepEqual(only({ name: 'x', currency: 'USD', costs: [] }), {
      code: 'missing-key',
      file: 'x.json',
      path: '',
      message: 'missing required key "start"',
    });
  });

  it('reports a wrong type with what was expected and what was found', () => {
    assert.deepEqual(only({ ...valid, name: 5 }), { code: 'wrong-type', file: 'x.json', path: '/name', message: 'expected a string, found the number 5' });
    assert.equal(only({ ...valid, costs: {} }).message, 'expected an array, found an object');
    assert.equal(only({ ...valid, costs: [{ ...oneTime, amount: true }] }).message, 'expected a string or number, found true');
    assert.equal(only({ ...valid, commitment: { months: '24' } }).message, 'expected an integer, found the text "24"');
    assert.equal(only({ ...valid, costs: [{ ...recurring, months: 2.5 }] }).message, 'expected an integer, found the number 2.5');
  });

  it('reports a document that is not an object', () => {
    assert.deepEqual(problems([]), [': expected an object, found an array']);
    assert.deepEqual(problems(null), [': expected an object, found null']);
    assert.deepEqual(problems('text'), [': expected an object, found the text "text"']);
  });

  it('reports a bad month', () => {
    for (const start of ['2009-5', '2009-13', '2009-00', 'May 2009']) {
      assert.deepEqual(only({ ...valid, start }), {
        code: 'invalid-value',
        file: 'x.json',
        path: '/start',
        message: `expected a month as YYYY-MM (e.g. "2009-05"), found "${start}"`,
      });
    }
  });

  it('reports an amount with a thousands separator, a symbol or an exponent', () => {
    for (const amount of ['45,000', '$45000', '4.5e4']) {
      assert.deepEqual(only({ ...valid, costs: [{ ...oneTime, amount }] }), {
        code: 'invalid-value',
        file: 'x.json',
        path: '/costs/0/amount',
        message: `expected a non-negative decimal amount such as "45000" or "40000.00" (no thousands separators, no currency symbols), found "${amount}"`,
      });
    }
  });

  it('reports negative amounts, as a number and as a string', () => {
    assert.deepEqual(only({ ...valid, costs: [{ ...oneTime, amount: -5 }] }), {
      code: 'out-of-range',
      file: 'x.json',
      path: '/costs/0/amount',
      message: 'expected a number of at least 0, found -5',
    });
    assert.equal(only({ ...valid, costs: [{ ...oneTime, amount: '-5' }] }).path, '/costs/0/amount');
  });

  it('reports an unknown cost kind with a suggestion and the known kinds', () => {
    assert.deepEqual(only({ ...valid, costs: [{ ...recurring, kind: 'recuring' }] }), {
      code: 'unknown-kind',
      file: 'x.json',
      path: '/costs/0/kind',
      message: 'unknown cost kind "recuring" (did you mean "recurring"?); expected one of "one-time", "recurring", "usage", "step", "staff", "hardware"',
    });
    assert.equal(only({ ...valid, costs: [{ ...recurring, kind: 'lease' }] }).message, 'unknown cost kind "lease"; expected one of "one-time", "recurring", "usage", "step", "staff", "hardware"');
  });

  it('reports a missing or non-text kind once, without noise from the kinds it might have been', () => {
    assert.deepEqual(problems({ ...valid, costs: [{ name: 'a', amount: 5 }] }), ['/costs/0: missing required key "kind"']);
    assert.deepEqual(problems({ ...valid, costs: [{ name: 'a', kind: 5, amount: 5 }] }), ['/costs/0/kind: expected a string, found the number 5']);
  });

  it('checks a cost item only against its own kind', () => {
    // `every` belongs to recurring items: a one-time item with it has one problem, not a list from both kinds
    assert.deepEqual(problems({ ...valid, costs: [{ ...oneTime, every: 'month' }] }), ['/costs/0: unknown key "every"']);
  });

  it('reports a misspelt enum value with the allowed values and a suggestion', () => {
    assert.deepEqual(only({ ...valid, costs: [{ ...recurring, every: 'quater' }] }), {
      code: 'invalid-value',
      file: 'x.json',
      path: '/costs/0/every',
      message: 'expected one of "month", "quarter", "year", found "quater" (did you mean "quarter"?)',
    });
    assert.equal(
      only({ ...valid, costs: [{ ...recurring, every: 'year', billing: 'montly' }] }).message,
      'expected one of "upfront", "monthly", found "montly" (did you mean "monthly"?)',
    );
    assert.equal(only({ ...valid, costs: [{ ...recurring, every: 'week' }] }).message, 'expected one of "month", "quarter", "year", found "week"');
  });

  it('reports a version other than 1', () => {
    assert.deepEqual(only({ ...valid, version: 2 }), { code: 'invalid-value', file: 'x.json', path: '/version', message: 'expected 1, found 2' });
  });

  it('reports a currency code in the wrong shape', () => {
    assert.equal(only({ ...valid, currency: 'usd' }).message, 'expected a three-letter ISO 4217 currency code in capitals (e.g. "USD"), found "usd"');
  });

  it('reports blank names', () => {
    assert.deepEqual(problems({ ...valid, name: '  ' }), ['/name: expected a non-blank text, found "  "']);
  });

  it('reports out-of-range commitment and item months', () => {
    assert.equal(only({ ...valid, commitment: { months: 0 } }).message, 'expected a number of at least 1, found 0');
    assert.equal(only({ ...valid, costs: [{ ...recurring, months: 1201 }] }).message, 'expected a number of at most 1200, found 1201');
  });

  it('reports a malformed escalation rate', () => {
    assert.deepEqual(problems({ ...valid, costs: [{ ...recurring, escalation: { rate: 'three percent' } }] }), [
      '/costs/0/escalation/rate: expected a rate such as 0.03 or "3%", found "three percent"',
    ]);
  });

  it('reports every problem in a file at once, each at its JSON pointer', () => {
    const data = {
      name: '',
      currency: 'usd',
      start: 'May 2009',
      colour: 'red',
      commitment: { months: 0 },
      costs: [
        { name: 'Setup', kind: 'one-time', amount: '$5', month: '2009-13' },
        { name: 'Hosting', kind: 'recurring', amount: '1e3', every: 'week', escalation: { rate: 'three' } },
        { name: 'Support', kind: 'recuring', amount: '1' },
      ],
    };
    const amount = 'expected a non-negative decimal amount such as "45000" or "40000.00" (no thousands separators, no currency symbols)';
    // sorted by pointer; ':' sorts after '/', so the whole-document problem comes last
    assert.deepEqual(problems(data).sort(), [
      `/commitment/months: expected a number of at least 1, found 0`,
      `/costs/0/amount: ${amount}, found "$5"`,
      `/costs/0/month: expected a month as YYYY-MM (e.g. "2009-05"), found "2009-13"`,
      `/costs/1/amount: ${amount}, found "1e3"`,
      `/costs/1/escalation/rate: expected a rate such as 0.03 or "3%", found "three"`,
      `/costs/1/every: expected one of "month", "quarter", "year", found "week"`,
      `/costs/2/kind: unknown cost kind "recuring" (did you mean "recurring"?); expected one of "one-time", "recurring", "usage", "step", "staff", "hardware"`,
      `/currency: expected a three-letter ISO 4217 currency code in capitals (e.g. "USD"), found "usd"`,
      `/name: expected a non-blank text, found ""`,
      `/start: expected a month as YYYY-MM (e.g. "2009-05"), found "May 2009"`,
      `: unknown key "colour"`,
    ]);
  });

  it('omits the file when none is given', () => {
    assert.deepEqual(validateScenario({ ...valid, colour: 1 }), [{ code: 'unknown-key', path: '', message: 'unknown key "colour"' }]);
  });
});
