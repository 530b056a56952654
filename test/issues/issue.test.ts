import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue, InputError, unwrap, type Issue, type Result } from '../../lib/issues/issue.js';

describe('formatIssue', () => {
  it('writes file, JSON pointer and message', () => {
    const issue: Issue = { code: 'unknown-key', file: 'a.json', path: '/costs/1', message: 'unknown key "amonut" (did you mean "amount"?)' };
    assert.equal(formatIssue(issue), 'a.json: /costs/1: unknown key "amonut" (did you mean "amount"?)');
  });

  it('writes "/" for the pointer to the whole document', () => {
    assert.equal(formatIssue({ code: 'missing-key', file: 'a.json', path: '', message: 'missing required key "start"' }), 'a.json: /: missing required key "start"');
  });

  it('writes file:line:column for syntax errors', () => {
    assert.equal(formatIssue({ code: 'invalid-json', file: 'a.json', line: 3, column: 7, message: 'unexpected token' }), 'a.json:3:7: unexpected token');
    assert.equal(formatIssue({ code: 'invalid-csv', file: 'a.csv', line: 3, message: 'bad row' }), 'a.csv:3: bad row');
  });

  it('writes the bare message for an option problem', () => {
    assert.equal(formatIssue({ code: 'invalid-option', message: '--months: expected a whole number' }), '--months: expected a whole number');
  });

  it('writes the pointer alone when there is no file', () => {
    assert.equal(formatIssue({ code: 'missing-key', path: '/name', message: 'm' }), '/name: m');
  });
});

describe('InputError', () => {
  it('carries every issue and lists them one per line in its message', () => {
    const issues: Issue[] = [
      { code: 'wrong-type', file: 'x.json', path: '/name', message: 'first' },
      { code: 'invalid-option', message: 'second' },
    ];
    const error = new InputError(issues);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'InputError');
    assert.deepEqual(error.issues, issues);
    assert.equal(error.message, 'x.json: /name: first\nsecond');
  });
});

describe('unwrap', () => {
  it('returns the value of a success', () => {
    const result: Result<number> = { ok: true, value: 42 };
    assert.equal(unwrap(result), 42);
  });

  it('throws an InputError with the issues of a failure', () => {
    const issues: Issue[] = [{ code: 'invalid-option', message: 'broken' }];
    const result: Result<number> = { ok: false, issues };
    assert.throws(() => unwrap(result), (error: unknown) => error instanceof InputError && error.issues === issues);
  });
});
