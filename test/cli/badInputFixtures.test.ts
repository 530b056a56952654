/**
 * The hand-written bad inputs of test/fixtures/bad/, each with the exact message it must get
 * (the folder's README says how to add one):
 *
 *   NAME.expected ─▶ the standard error of one command, paths relative to the project root
 *   NAME.args     ─▶ that command, one argument per line, $OUT a fresh empty folder;
 *                    without it: `validate test/fixtures/bad/NAME.json`, then `compare` of
 *                    the same file, whose standard error is NAME.compare.expected, or else
 *                    validate's lines ending in "Nothing was compared." instead
 *
 * Every run ends with exit code 2, nothing on standard output, exactly the expected standard
 * error, and nothing written: the fixture folder is as it was and $OUT stays empty.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertNoStackTrace, cli, filesIn, lines } from './cliHarness.js';
import { clearCostmodelEnvironment } from '../docs/runExample.js';
import { projectRoot } from '../support/fixtures.js';

// Paths in the expected messages are relative to the project root, and the reader's own
// COSTMODEL_* settings must not change them.
process.chdir(projectRoot);
clearCostmodelEnvironment();

const FOLDER = 'test/fixtures/bad';
const NOT_VALID = 'The file is not valid.';
const NOTHING_COMPARED = 'Nothing was compared.';

/** One fixture: the command to run and the standard error it must print. */
type BadInputCase = { readonly name: string; readonly args: readonly string[]; readonly stderr: string };

const read = (file: string): string => readFileSync(join(FOLDER, file), 'utf8');
const exists = (file: string): boolean => existsSync(join(FOLDER, file));

/** The files of the fixture folder, with their size and time of change: to prove none was written. */
function folderState(): string[] {
  return readdirSync(FOLDER, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => {
      const stat = statSync(join(FOLDER, file));
      return `${file} ${stat.size} ${stat.mtimeMs}`;
    });
}

/** The runs of the fixture NAME: its .args command, or validate and compare of NAME.json. */
function casesOf(name: string): BadInputCase[] {
  const stderr = read(`${name}.expected`);
  if (exists(`${name}.args`)) return [{ name, args: lines(read(`${name}.args`)), stderr }];
  const file = `${FOLDER}/${name}.json`;
  const compared = exists(`${name}.compare.expected`) ? read(`${name}.compare.expected`) : stderr.replace(new RegExp(`${NOT_VALID}\n$`), `${NOTHING_COMPARED}\n`);
  return [
    { name, args: ['validate', file], stderr },
    { name, args: ['compare', file, '-o', '$OUT/comparison.txt'], stderr: compared },
  ];
}

const names = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.expected') && !file.endsWith('.compare.expected'))
  .map((file) => file.slice(0, -'.expected'.length))
  .sort();

describe('the hand-written bad inputs of test/fixtures/bad', () => {
  it('each file has its expected message', () => {
    const stems = new Set(names);
    const files = readdirSync(FOLDER, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name !== 'README.md');
    assert.deepEqual(
      files.map((entry) => entry.name).filter((file) => !stems.has(file.split('.')[0] ?? '')),
      [],
    );
    assert.ok(names.length >= 30, `only ${names.length} fixtures`);
  });

  for (const { name, args, stderr } of names.flatMap(casesOf)) {
    it(`${name}: costmodel ${args.join(' ')}`, async (t) => {
      const out = mkdtempSync(join(tmpdir(), 'costmodel-'));
      t.after(() => rmSync(out, { recursive: true, force: true }));
      const before = folderState();
      const run = await cli(...args.map((arg) => arg.replaceAll('$OUT', out)));
      assert.equal(run.stderr, stderr);
      assertNoStackTrace(run);
      assert.equal(run.stdout, '');
      assert.equal(run.code, 2);
      assert.deepEqual(folderState(), before);
      assert.deepEqual(filesIn(out), []);
    });
  }
});
