/**
 * DESIGN.md: "Nothing the tool writes can leave a half-written file behind, and it never
 * overwrites one of its inputs."
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertBadInput, cli, filesIn, MANAGED, scenario, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

const REFUSED = 'refusing to write the output over one of the input files; choose another output path';

/** Copies of the founding example in `dir`, so a failing test cannot damage the real ones. */
function foundingCopies(dir: string): [string, string] {
  const selfHosted = join(dir, 'self-hosted.json');
  const managed = join(dir, 'managed-provider.json');
  copyFileSync(SELF_HOSTED, selfHosted);
  copyFileSync(MANAGED, managed);
  return [selfHosted, managed];
}

describe('output files', () => {
  describe('are written atomically', () => {
    it('leaves only the output file in its directory after success', async (t) => {
      const dir = tempDir(t);
      const [selfHosted, managed] = foundingCopies(dir);
      const run = await cli('compare', selfHosted, managed, '-o', join(dir, 'out.csv'));
      assert.equal(run.code, 0);
      assert.deepEqual(filesIn(dir), ['managed-provider.json', 'out.csv', 'self-hosted.json']);
    });

    it('replaces an existing, longer output file whole', async (t) => {
      const dir = tempDir(t);
      const output = writeFile(dir, 'out.csv', 'an old and much longer report\n'.repeat(1000));
      const run = await cli('compare', SELF_HOSTED, MANAGED, '-o', output);
      assert.equal(run.code, 0);
      assert.equal(readFileSync(output, 'utf8'), (await cli('compare', SELF_HOSTED, MANAGED, '--format', 'csv')).stdout);
      assert.deepEqual(filesIn(dir), ['out.csv']);
    });

    it('leaves no temporary file behind when the write fails', async (t) => {
      const dir = tempDir(t);
      const output = join(dir, 'out.md');
      mkdirSync(output);
      assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '-o', output), [
        `${output}: cannot write the output file: it is a directory`,
        '1 problem in 1 file. Nothing was written.',
      ]);
      assert.deepEqual(filesIn(dir), ['out.md']);
      assert.ok(statSync(output).isDirectory());
    });
  });

  // Each command's other file is written after its -o file; only root passes the check for the
  // right to write in /proc, and the creation there then fails: a write that fails after an
  // earlier file of the same command was written.
  describe('put a command\'s files in place only when every one is written', { skip: (process.getuid?.() !== 0 || !existsSync('/proc/self')) && 'only root gets past the check of /proc' }, () => {
    const OLD = 'the last good output\n';
    const PROC_FAILURE = 'cannot write the output file: no file can be created in its folder';

    it('compare -o with a --chart that cannot be written leaves the older -o file as it was', async (t) => {
      const dir = tempDir(t);
      const older = writeFile(dir, 'comparison.csv', OLD);
      assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '-o', older, '--chart', '/proc/costmodel-test-chart.png'), [
        `/proc/costmodel-test-chart.png: ${PROC_FAILURE}`,
        '1 problem in 1 file. Nothing was written.',
      ]);
      assert.equal(readFileSync(older, 'utf8'), OLD);
      assert.deepEqual(filesIn(dir), ['comparison.csv']);
    });

    it('report -o FILE.md with a --record that cannot be written leaves the older report and its chart as they were', async (t) => {
      const dir = tempDir(t);
      const report = writeFile(dir, 'report.md', OLD);
      const chart = writeFile(dir, 'report.png', OLD);
      assertBadInput(await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '-o', report, '--record', '/proc/costmodel-test-record.json'), [
        `/proc/costmodel-test-record.json: ${PROC_FAILURE}`,
        '1 problem in 1 file. Nothing was written.',
      ]);
      assert.deepEqual([readFileSync(report, 'utf8'), readFileSync(chart, 'utf8')], [OLD, OLD]);
      assert.deepEqual(filesIn(dir), ['report.md', 'report.png']);
    });

    it('simulate -o with --samples that cannot be written leaves the older -o file as it was', async (t) => {
      const dir = tempDir(t);
      const older = writeFile(dir, 'simulation.csv', OLD);
      const uncertain = ['self-hosted.json', 'managed-provider.json'].map((name) => join(SELF_HOSTED, '..', 'uncertain', name));
      assertBadInput(await cli('simulate', ...uncertain, '--trials', '200', '-o', older, '--samples', '/proc/costmodel-test-samples.csv'), [
        `/proc/costmodel-test-samples.csv: ${PROC_FAILURE}`,
        '1 problem in 1 file. Nothing was written.',
      ]);
      assert.equal(readFileSync(older, 'utf8'), OLD);
      assert.deepEqual(filesIn(dir), ['simulation.csv']);
    });

    it('with every file written, puts them all in place', async (t) => {
      const dir = tempDir(t);
      const run = await cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '-o', join(dir, 'report.md'), '--record', join(dir, 'record.json'));
      assert.equal(run.code, 0);
      assert.deepEqual(filesIn(dir), ['record.json', 'report.md', 'report.png']);
    });
  });

  describe('never overwrite an input', () => {
    it('refuses -o naming one of the input files, which stays unchanged', async (t) => {
      const dir = tempDir(t);
      const [selfHosted, managed] = foundingCopies(dir);
      const before = readFileSync(managed, 'utf8');
      assertBadInput(await cli('compare', selfHosted, managed, '-o', managed), [`${managed}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
      assert.equal(readFileSync(managed, 'utf8'), before);
      assert.deepEqual(filesIn(dir), ['managed-provider.json', 'self-hosted.json']);
    });

    it('refuses an input spelt another way (dir/./file)', async (t) => {
      const dir = tempDir(t);
      const [selfHosted, managed] = foundingCopies(dir);
      const respelt = `${dir}/./managed-provider.json`;
      assertBadInput(await cli('schedule', selfHosted, managed, '--format', 'csv', '-o', respelt), [`${respelt}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
      assert.equal(readFileSync(managed, 'utf8'), readFileSync(MANAGED, 'utf8'));
    });

    it('refuses a symbolic link to one of the input files, leaving input and link alone', async (t) => {
      const dir = tempDir(t);
      const [selfHosted, managed] = foundingCopies(dir);
      const link = join(dir, 'link.json');
      symlinkSync(managed, link);
      assertBadInput(await cli('compare', selfHosted, managed, '-o', link), [`${link}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
      assert.equal(readFileSync(managed, 'utf8'), readFileSync(MANAGED, 'utf8'));
      assert.ok(lstatSync(link).isSymbolicLink());
    });
  });

  it('names a missing output directory and exits 2', async (t) => {
    const output = join(tempDir(t), 'reports', 'out.md');
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '-o', output), [
      `${output}: cannot write the output file: its directory does not exist`,
      '1 problem in 1 file. Nothing was written.',
    ]);
  });

  it('names a file where the output\'s folder should be', async (t) => {
    const file = writeFile(tempDir(t), 'notes.json', '{}');
    const output = join(file, 'out.md');
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '-o', output), [
      `${output}: cannot write the output file: ${file} is not a folder`,
      '1 problem in 1 file. Nothing was written.',
    ]);
  });

  // Only root passes the check for the right to write in /proc: the creation itself then fails, with ENOENT.
  it('names a folder that takes no new file, not as missing', { skip: process.getuid?.() !== 0 || !existsSync('/proc/self') }, async () => {
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '-o', '/proc/costmodel-test.md'), [
      '/proc/costmodel-test.md: cannot write the output file: no file can be created in its folder',
      '1 problem in 1 file. Nothing was written.',
    ]);
  });

  it('refuses an empty output file name, rather than the current folder it resolves to', async () => {
    assertBadInput(await cli('compare', SELF_HOSTED, MANAGED, '-o', ''), [
      'the output file name is empty: name a file, or give - for standard output',
      '1 problem. Nothing was written.',
    ]);
  });

  it('writes nothing when the input is invalid, and leaves an older output as it was', async (t) => {
    const dir = tempDir(t);
    const broken = writeFile(dir, 'broken.json', scenario({ start: '2009-5' }));
    const older = writeFile(dir, 'older.md', 'the last good comparison\n');
    const compared = await cli('compare', broken, '-o', join(dir, 'new.md'));
    const scheduled = await cli('schedule', broken, '-o', older);
    assert.deepEqual([compared.code, scheduled.code], [2, 2]);
    assert.deepEqual(filesIn(dir), ['broken.json', 'older.md']);
    assert.equal(readFileSync(older, 'utf8'), 'the last good comparison\n');
  });
});
