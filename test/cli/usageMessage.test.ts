import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usageMessage, type UsageSource } from '../../bin/usageMessage.js';

const known = ['help', 'version', 'config', 'months', 'from', 'discount-rate', 'baseline', 'output', 'format'];

function source(args: string[], env: Record<string, string> = {}): UsageSource {
  return { args, knownOptions: known, env, envPrefix: 'COSTMODEL' };
}

describe('usageMessage', () => {
  it('suggests the nearest option for one typed on the command line', () => {
    assert.deepEqual(usageMessage('Unknown argument: montsh', source(['compare', 'a.json', '--montsh', '3'])), [
      'unknown option --montsh (did you mean --months?)',
    ]);
  });

  it('recognises --name=value and single-letter options', () => {
    assert.deepEqual(usageMessage('Unknown arguments: fromm, x', source(['compare', 'a.json', '--fromm=2010-01', '-x'])), [
      'unknown option --fromm (did you mean --from?)',
      'unknown option -x',
    ]);
  });

  it('names the environment variable an unknown option came from', () => {
    assert.deepEqual(usageMessage('Unknown argument: discountRat', source(['compare', 'a.json'], { COSTMODEL_DISCOUNT_RAT: '8%' })), [
      'unknown option COSTMODEL_DISCOUNT_RAT in the environment (did you mean COSTMODEL_DISCOUNT_RATE?)',
    ]);
  });

  it('names a variable in mixed case, which yargs keys as it is spelled', () => {
    assert.deepEqual(usageMessage('Unknown argument: MonthZ', source(['compare', 'a.json'], { COSTMODEL_MonthZ: '3' })), [
      'unknown option COSTMODEL_MonthZ in the environment (did you mean COSTMODEL_MONTHS?)',
    ]);
  });

  it('names an empty key, which yargs writes "", where it came from', () => {
    assert.deepEqual(usageMessage('Unknown argument: ""', source(['compare', 'a.json'], { COSTMODEL_: '1' })), ['unknown option COSTMODEL_ in the environment']);
    assert.deepEqual(usageMessage('Unknown argument: ""', source(['compare', 'a.json', '--config', 'cm.json'])), ['unknown option "" in cm.json']);
  });

  it('names __proto__ as written, which yargs writes ___proto___', () => {
    assert.deepEqual(usageMessage('Unknown argument: ___proto___', source(['compare', 'a.json', '--config', 'cm.json'])), ['unknown option "__proto__" in cm.json']);
  });

  it('names the config file an unknown option came from', () => {
    assert.deepEqual(usageMessage('Unknown argument: montsh', source(['compare', 'a.json', '--config', 'cm.json'])), [
      'unknown option "montsh" in cm.json (did you mean "months"?)',
    ]);
  });

  it('names the config file given by COSTMODEL_CONFIG', () => {
    assert.deepEqual(usageMessage('Unknown argument: montsh', source(['compare', 'a.json'], { COSTMODEL_CONFIG: 'cm.json' })), [
      'unknown option "montsh" in cm.json (did you mean "months"?)',
    ]);
  });

  it('names an unknown command once, not the words after it', () => {
    assert.deepEqual(usageMessage('Unknown arguments: frobnicate, a.json', source(['frobnicate', 'a.json'])), ['unknown command "frobnicate"']);
    assert.deepEqual(usageMessage('Did you mean compare?', source(['--months', '3', 'compar', 'a.json'])), [
      'unknown command "compar" (did you mean "compare"?)',
    ]);
  });

  it('puts each invalid choice on one line with a suggestion', () => {
    const message = 'Invalid values:\n  Argument: format, Given: "mardown", Choices: "table", "markdown", "json", "csv"';
    assert.deepEqual(usageMessage(message, source(['compare', 'a.json', '-f', 'mardown'])), [
      '--format: expected one of "table", "markdown", "json", "csv", found "mardown" (did you mean "markdown"?)',
    ]);
  });

  it('passes a message it does not know through unchanged', () => {
    assert.deepEqual(usageMessage('Name a command: compare, schedule, validate or schema.', source([])), [
      'Name a command: compare, schedule, validate or schema.',
    ]);
  });
});
