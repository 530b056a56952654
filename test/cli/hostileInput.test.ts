/**
 * Input written carelessly or with ill intent: repeated keys, control characters, text that
 * is not UTF-8, files far too large. Each ends with exit code 2 and one line naming the file
 * and the place, nothing on standard output and no stack trace.
 */
import assert from 'node:assert/strict';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertBadInput, cli, lines, MANAGED, scenario, SELF_HOSTED, tempDir, USAGE_HINT, writeFile } from './cliHarness.js';
import { projectRoot } from '../support/fixtures.js';

const NOTHING_COMPARED = 'Nothing was compared.';
const NO_REPORT = 'No report was written.';
const MB = 1024 * 1024;

/** `report` on the founding example as of May 2009, with more arguments. */
const report = (...args: string[]) => cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', ...args);

describe('hostile input', () => {
  describe('a key given twice is an error at the second, naming the first', () => {
    it('in a scenario file: the first "costs" would otherwise be lost', async (t) => {
      const file = writeFile(
        tempDir(t),
        'twice.json',
        [
          '{',
          '  "name": "Managed provider",',
          '  "currency": "USD",',
          '  "start": "2009-05",',
          '  "costs": [{ "name": "Managed hosting", "kind": "recurring", "amount": "40000", "every": "month" }],',
          '  "costs": [{ "name": "Support", "kind": "recurring", "amount": "100", "every": "month" }]',
          '}',
          '',
        ].join('\n'),
      );
      assertBadInput(await cli('compare', file), [
        `${file}:6:3: the key "costs" is given twice (first on line 5): JSON keeps only the last, so the first would be lost; remove one or merge them`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('in a cost item, and in the base file a scenario extends, each in its file', async (t) => {
      const dir = tempDir(t);
      writeFile(dir, 'base.json', '{\n  "currency": "USD",\n  "currency": "EUR"\n}\n');
      const file = writeFile(dir, 'item.json', { extends: 'base.json', name: 'x', start: '2009-05', costs: [] });
      assertBadInput(await cli('compare', file), [
        `${join(dir, 'base.json')}:3:3: the key "currency" is given twice (first on line 2): JSON keeps only the last, so the first would be lost; remove one or merge them`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
      writeFile(dir, 'base.json', '{ "currency": "USD" }\n');
      writeFile(dir, 'item.json', '{ "extends": "base.json", "name": "x", "start": "2009-05",\n  "costs": [{ "name": "A", "kind": "one-time",\n    "amount": "1", "amount": "2" }] }\n');
      assertBadInput(await cli('compare', file), [
        `${file}:3:20: the key "amount" is given twice (first on line 3): JSON keeps only the last, so the first would be lost; remove one or merge them`,
        `1 problem in 1 file. ${NOTHING_COMPARED}`,
      ]);
    });

    it('in a key written with an escape: "\\u006donths" is "months"', async (t) => {
      const file = writeFile(tempDir(t), 'options.json', '{ "months": 12,\n  "\\u006donths": 24 }\n');
      const run = await cli('compare', SELF_HOSTED, '--config', file);
      assertBadInput(run, [
        `costmodel: --config: ${file}:2:3: the key "months" is given twice (first on line 1): JSON keeps only the last, so the first would be lost; remove one or merge them`,
        USAGE_HINT,
      ]);
    });

    it('in a previous decision record', async (t) => {
      const record = readFileSync(`${projectRoot}test/fixtures/records/founding-v1.json`, 'utf8').replace('{\n  "version": 1,', '{\n  "version": 1,\n  "version": 1,');
      const file = writeFile(tempDir(t), 'decision.json', record);
      assertBadInput(await report('--previous', file), [
        `${file}:3:3: the key "version" is given twice (first on line 2): JSON keeps only the last, so the first would be lost; remove one or merge them`,
        `1 problem in 1 file. ${NO_REPORT}`,
      ]);
    });
  });

  describe('control characters are an error, at the place of the text', () => {
    const CONTROL = 'remove it (a text may hold tabs and line breaks, no other control characters)';

    it('an escape sequence in a scenario name, which could clear the screen', async (t) => {
      const file = writeFile(tempDir(t), 'escape.json', scenario({ name: 'Colo\u001b[2J' }));
      assertBadInput(await cli('validate', file), [`${file}: /name: the text has the control character U+001B at character 5; ${CONTROL}`, '1 problem in 1 file. The file is not valid.']);
    });

    it('a NUL in an item name and a C1 control in a source, which no SVG may hold', async (t) => {
      const costs = [{ name: 'Rack\u0000', kind: 'recurring', amount: '1000', every: 'month', source: 'Quote \u009b2J' }];
      const file = writeFile(tempDir(t), 'nul.json', scenario({ costs }));
      assertBadInput(await cli('chart', file, '-o', join(tempDir(t), 'chart.svg')), [
        `${file}: /costs/0/name: the text has the control character U+0000 at character 5; ${CONTROL}`,
        `${file}: /costs/0/source: the text has the control character U+009B at character 7; ${CONTROL}`,
        '2 problems in 1 file. No chart was written.',
      ]);
    });

    it('written as they are, without an escape: in a key, and in a base file that a clean file extends', async (t) => {
      const dir = tempDir(t);
      // JSON.stringify writes these characters as they are: the files hold no backslash.
      const own = writeFile(dir, 'bidi.json', scenario({ name: 'Colo \u202egnitsoh' }));
      const keyed = writeFile(dir, 'key.json', scenario({ drivers: { ['users\u0085']: { value: 1 } } }));
      writeFile(dir, 'base.json', { currency: 'USD', start: '2009-05', costs: [{ name: 'Rack', kind: 'recurring', amount: '1000', every: 'month', note: 'Quote \u009b2J' }] });
      const extending = writeFile(dir, 'extends.json', { extends: 'base.json', name: 'Colocation' });
      for (const file of [own, keyed, extending]) assert.equal(readFileSync(file, 'utf8').includes('\\'), false);
      assertBadInput(await cli('validate', own, keyed, extending), [
        `${own}: /name: the text has the bidirectional control U+202E at character 6, which would show the text after it in another order than it is read; remove it (right-to-left text needs no control characters)`,
        `${keyed}: /drivers/users\\u0085: the text has the control character U+0085 at character 6; ${CONTROL}`,
        `${keyed}: /drivers: expected a driver name: a letter, then letters, digits, "_" or "-" (e.g. "customers"), found "users\\u0085"`,
        `${join(dir, 'base.json')}: /costs/0/note: the text has the control character U+009B at character 7; ${CONTROL}`,
        '4 problems in 3 files. None of the 3 files is valid.',
      ]);
    });

    it('half of a surrogate pair, which is not a character', async (t) => {
      const file = writeFile(tempDir(t), 'surrogate.json', '{ "name": "Colo\\ud800", "currency": "USD", "start": "2009-05", "costs": [] }');
      assertBadInput(await cli('validate', file), [`${file}: /name: the text has U+D800 at character 5, half of a surrogate pair and no character of its own; remove it`, '1 problem in 1 file. The file is not valid.']);
    });

    it('in --decision', async () => {
      assertBadInput(await report('--decision', 'Not now\u001b]0;pwned\u0007'), [`--decision: the text has the control character U+001B at character 8; ${CONTROL}`, `1 problem. ${NO_REPORT}`]);
    });

    it('in a CSV cell, shown escaped in the message', async (t) => {
      const file = writeFile(tempDir(t), 'spend.csv', 'Month,Scenario,Amount\n2009-05,Self\u001b[2J,4000\n');
      const run = await report('--actuals', file);
      assert.equal(lines(run.stderr)[0], `${file}:2: no scenario of the plan is named "Self\\u001b[2J"; the scenarios are "Self-hosted", "Managed provider"`);
      assert.equal(run.code, 2);
    });
  });

  describe('text that is not UTF-8', () => {
    it('names the first byte that is not UTF-8, and its line', async (t) => {
      const file = join(tempDir(t), 'latin1.json');
      writeFileSync(file, Buffer.concat([Buffer.from('{\n  "name": "Caf'), Buffer.from([0xe9]), Buffer.from('", "currency": "USD", "start": "2009-05", "costs": [] }\n')]));
      assertBadInput(await cli('validate', file), [`${file}:2: the file is not UTF-8 text: byte 17 (0xE9) does not start a UTF-8 character; save the file as UTF-8`, '1 problem in 1 file. The file is not valid.']);
    });

    it('tells to save a UTF-16 CSV file as UTF-8, in one line', async (t) => {
      const file = join(tempDir(t), 'spend.csv');
      writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Month,Scenario,Amount\r\n2009-05,Self-hosted,4000\r\n', 'utf16le')]));
      assertBadInput(await report('--actuals', file), [
        `${file}: the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8 (a spreadsheet's "CSV UTF-8")`,
        `1 problem in 1 file. ${NO_REPORT}`,
      ]);
    });

    it('tells a UTF-16 file without a byte order mark by its zero bytes', async (t) => {
      const file = join(tempDir(t), 'utf16.json');
      writeFileSync(file, Buffer.from(JSON.stringify(scenario()), 'utf16le'));
      assertBadInput(await cli('validate', file), [`${file}: the file is UTF-16 text (every other byte is zero); save it as UTF-8 (in an editor, the encoding UTF-8)`, '1 problem in 1 file. The file is not valid.']);
    });
  });

  describe('input files have a size limit', () => {
    it('reads no scenario file over 10 MB', async (t) => {
      const file = writeFile(tempDir(t), 'huge.json', `${JSON.stringify(scenario())}${' '.repeat(10 * MB)}`);
      assertBadInput(await cli('validate', file), [`${file}: the file is larger than 10 MB, the most costmodel reads from a JSON file; is it the right file?`, '1 problem in 1 file. The file is not valid.']);
    });

    it('stops reading a device that never ends', async () => {
      assertBadInput(await cli('validate', '/dev/zero'), ['/dev/zero: the file is larger than 10 MB, the most costmodel reads from a JSON file; is it the right file?', '1 problem in 1 file. The file is not valid.']);
    });

    it('reads no CSV file over 50 MB', async (t) => {
      const file = writeFile(tempDir(t), 'spend.csv', 'Month,Scenario,Amount\n');
      truncateSync(file, 50 * MB + 1);
      assertBadInput(await report('--actuals', file), [`${file}: the file is larger than 50 MB, the most costmodel reads from a CSV file; is it the right file?`, `1 problem in 1 file. ${NO_REPORT}`]);
    });

    it('takes names of up to 200 characters', async (t) => {
      const file = writeFile(tempDir(t), 'long.json', scenario({ name: 'x'.repeat(201) }));
      assertBadInput(await cli('validate', file), [`${file}: /name: expected a text of at most 200 characters, found 201 characters`, '1 problem in 1 file. The file is not valid.']);
    });
  });

  describe('small ones', () => {
    it('suggests nothing for a column named "__proto__"', async (t) => {
      const file = writeFile(tempDir(t), 'spend.csv', 'Month,__proto__,Scenario,Amount\n2009-05,x,Self-hosted,4000\n');
      const run = await report('--actuals', file);
      assert.equal(
        lines(run.stderr)[0],
        `${file}:1: unknown column "__proto__"; expected the columns month, scenario, item (optional) and amount, in any order (delete other columns before saving)`,
      );
    });

    it('validate checks that an overlap names one of the files given with it', async (t) => {
      const file = writeFile(tempDir(t), 'moving.json', scenario({ overlap: { months: 3, scenario: 'Self-hosting' } }));
      const run = await cli('validate', SELF_HOSTED, file);
      assert.deepEqual(lines(run.stderr), [
        `${file}: /overlap/scenario: no compared scenario is named "Self-hosting" (did you mean "Self-hosted"?); the scenarios are "Self-hosted", "Colocation"`,
        '1 problem in 1 file. 1 of 2 files is valid.',
      ]);
      assert.equal(run.code, 2);
      // Alone, the file names a scenario that may be given with it later.
      assert.equal((await cli('validate', file)).code, 0);
    });
  });
});

describe('a base file given as a scenario', () => {
  it('is told apart from a scenario with its costs missing, and the scenarios that extend it named as what to give', async () => {
    const run = await cli('validate', 'scenarios/uncertain/business.json');
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'scenarios/uncertain/business.json: /: missing required key "name"\n' +
        'scenarios/uncertain/business.json: /: missing required key "costs": this file has no name and no costs, like a base file that scenarios "extends"; give the scenario files that extend it instead\n' +
        '2 problems in 1 file. The file is not valid.\n',
    );
  });
});
