/**
 * docs/cli.md "Output files": costmodel writes regular files only, never over anything it
 * read in the same run (compared by device and inode, so links are caught), checks where
 * it will write before any work, and leaves no temporary file behind.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { assertBadInput, cli, filesIn, MANAGED, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

const REFUSED = 'refusing to write the output over one of the input files; choose another output path';
const STANDARD_OUTPUT = 'costmodel writes regular files only (-o - writes to standard output)';

/** Copies of docs/examples/every-key.json, the base it extends and the driver CSV it names. */
function everyKeyCopies(dir: string): { scenario: string; base: string; csv: string } {
  const copy = (name: string) => {
    copyFileSync(join(projectRoot, 'docs/examples', name), join(dir, name));
    return join(dir, name);
  };
  return { scenario: copy('every-key.json'), base: copy('every-key-business.json'), csv: copy('orders.csv') };
}

/** Asserts `file` still holds `before`, byte for byte. */
function assertUnchanged(file: string, before: string): void {
  assert.equal(readFileSync(file, 'utf8'), before);
}

describe('the output policy', () => {
  describe('never writes over a file read in the same run', () => {
    it('refuses the base file a scenario extends', async (t) => {
      const { scenario: file, base } = everyKeyCopies(tempDir(t));
      const before = readFileSync(base, 'utf8');
      assertBadInput(await cli('compare', SELF_HOSTED, file, '-o', base, '--format', 'json'), [`${base}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
      assertUnchanged(base, before);
    });

    it('refuses the CSV file a driver reads', async (t) => {
      const { scenario: file, csv } = everyKeyCopies(tempDir(t));
      const before = readFileSync(csv, 'utf8');
      assertBadInput(await cli('schedule', SELF_HOSTED, file, '-o', csv), [`${csv}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
      assertUnchanged(csv, before);
    });

    it('refuses the --config file', async (t) => {
      const dir = tempDir(t);
      const config = writeFile(dir, 'costmodel.csv', { months: 12 });
      assertBadInput(await cli('compare', SELF_HOSTED, '--config', config, '-o', config), [`${config}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
      assertUnchanged(config, '{\n  "months": 12\n}\n');
    });

    it('refuses the actual spending of a report, as its record', async (t) => {
      const dir = tempDir(t);
      const actuals = join(dir, 'spend.json');
      copyFileSync(join(projectRoot, 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv'), actuals);
      const before = readFileSync(actuals, 'utf8');
      assertBadInput(await cli('report', SELF_HOSTED, '--date', '2010-05-03', '--actuals', actuals, '--record', actuals, '-o', join(dir, 'report.json')), [
        `${actuals}: ${REFUSED}`,
        '1 problem in 1 file. No report was written.',
      ]);
      assertUnchanged(actuals, before);
      assert.deepEqual(filesIn(dir), ['spend.json']);
    });

    it('refuses a hard link to an input, by device and inode', async (t) => {
      const dir = tempDir(t);
      const input = join(dir, 'self-hosted.json');
      copyFileSync(SELF_HOSTED, input);
      const hardLink = join(dir, 'comparison.json');
      linkSync(input, hardLink);
      assertBadInput(await cli('compare', input, '-o', hardLink), [`${hardLink}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
      assertUnchanged(input, readFileSync(SELF_HOSTED, 'utf8'));
      assert.equal(statSync(hardLink).nlink, 2);
    });
  });

  describe('writes regular files only', () => {
    // Not /dev/null itself: before this policy, a run as root replaced it with a regular file.
    it('refuses a device, which stays a device (as root a device was replaced by a file)', { skip: process.getuid?.() !== 0 && 'only root can make a device' }, async (t) => {
      const device = join(tempDir(t), 'null');
      execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
      assertBadInput(await cli('compare', SELF_HOSTED, '-o', device, '--format', 'csv'), [
        `${device}: cannot write the output file: it is a character device; ${STANDARD_OUTPUT}`,
        '1 problem in 1 file. Nothing was written.',
      ]);
      assert.ok(lstatSync(device).isCharacterDevice());
    });

    it('refuses a FIFO, which stays a FIFO', async (t) => {
      const fifo = join(tempDir(t), 'comparison.csv');
      execFileSync('mkfifo', [fifo]);
      assertBadInput(await cli('compare', SELF_HOSTED, '-o', fifo), [`${fifo}: cannot write the output file: it is a FIFO (a named pipe); ${STANDARD_OUTPUT}`, '1 problem in 1 file. Nothing was written.']);
      assert.ok(lstatSync(fifo).isFIFO());
    });

    it('writes through a symbolic link to a regular file, which stays a link', async (t) => {
      const dir = tempDir(t);
      const target = writeFile(dir, 'comparison-2009.csv', 'last year\n');
      const link = join(dir, 'latest.csv');
      symlinkSync('comparison-2009.csv', link);
      const run = await cli('compare', SELF_HOSTED, MANAGED, '-o', link);
      assert.deepEqual(run, { code: 0, stdout: '', stderr: '' });
      assert.equal(readlinkSync(link), 'comparison-2009.csv');
      assert.equal(readFileSync(target, 'utf8'), (await cli('compare', SELF_HOSTED, MANAGED, '--format', 'csv')).stdout);
      assert.deepEqual(filesIn(dir), ['comparison-2009.csv', 'latest.csv']);
    });

    describe('finds the file a path names as the file system does, through a symbolic link and "..", not by the text of the path', () => {
      /** dir/link → dir/other/inner: "dir/link/../x" names dir/other/x, where the text says dir/x. */
      function linkedFolders(t: TestContext): string {
        const dir = tempDir(t);
        mkdirSync(join(dir, 'other', 'inner'), { recursive: true });
        symlinkSync(join(dir, 'other', 'inner'), join(dir, 'link'));
        return dir;
      }

      it('writes "link/../out.csv" into the folder the link leads up to', async (t) => {
        const dir = linkedFolders(t);
        const run = await cli('compare', SELF_HOSTED, MANAGED, '-o', `${dir}/link/../out.csv`);
        assert.deepEqual(run, { code: 0, stdout: '', stderr: '' });
        assert.deepEqual([filesIn(dir), filesIn(join(dir, 'other'))], [['link', 'other'], ['inner', 'out.csv']]);
        assert.equal(readFileSync(join(dir, 'other', 'out.csv'), 'utf8'), (await cli('compare', SELF_HOSTED, MANAGED, '--format', 'csv')).stdout);
      });

      it('refuses "link/../input.json" when that is the input, though its text names another file', async (t) => {
        const dir = linkedFolders(t);
        const input = join(dir, 'other', 'self-hosted.json');
        copyFileSync(SELF_HOSTED, input);
        const output = `${dir}/link/../self-hosted.json`;
        assertBadInput(await cli('compare', input, '-o', output, '--format', 'json'), [`${output}: ${REFUSED}`, '1 problem in 1 file. Nothing was written.']);
        assertUnchanged(input, readFileSync(SELF_HOSTED, 'utf8'));
        assert.deepEqual(filesIn(dir), ['link', 'other']);
      });

      it('writes "link/../name.json" beside the link\'s folder when only its text names an input', async (t) => {
        const dir = linkedFolders(t);
        const input = join(dir, 'self-hosted.json');
        copyFileSync(SELF_HOSTED, input);
        const run = await cli('compare', input, '-o', `${dir}/link/../self-hosted.json`, '--format', 'json');
        assert.deepEqual([run.code, run.stderr], [0, '']);
        assertUnchanged(input, readFileSync(SELF_HOSTED, 'utf8'));
        assert.match(readFileSync(join(dir, 'other', 'self-hosted.json'), 'utf8'), /"kind": "comparison"/);
      });
    });

    describe('refuses a name that ends in "/" unless it is a folder (which it then refuses as one)', () => {
      it('an input named with a "/" after it stays as it was', async (t) => {
        const dir = tempDir(t);
        const input = join(dir, 'self-hosted.json');
        copyFileSync(SELF_HOSTED, input);
        assertBadInput(await cli('compare', input, '-o', `${input}/`, '--format', 'csv'), [
          `${input}/: cannot write the output file: a name ending in "/" names a folder; name the file without it`,
          '1 problem in 1 file. Nothing was written.',
        ]);
        assertUnchanged(input, readFileSync(SELF_HOSTED, 'utf8'));
      });

      it('a symbolic link named with a "/" after it stays a link', async (t) => {
        const dir = tempDir(t);
        writeFile(dir, 'comparison-2009.csv', 'last year\n');
        const link = join(dir, 'latest.csv');
        symlinkSync('comparison-2009.csv', link);
        assertBadInput(await cli('compare', SELF_HOSTED, '-o', `${link}/`), [
          `${link}/: cannot write the output file: a name ending in "/" names a folder; name the file without it`,
          '1 problem in 1 file. Nothing was written.',
        ]);
        assert.equal(readlinkSync(link), 'comparison-2009.csv');
        assert.equal(readFileSync(join(dir, 'comparison-2009.csv'), 'utf8'), 'last year\n');
      });

      it('a new file named with a "/" after it is not made', async (t) => {
        const dir = tempDir(t);
        assertBadInput(await cli('compare', SELF_HOSTED, '-o', `${dir}/new.csv/`), [
          `${dir}/new.csv/: cannot write the output file: a name ending in "/" names a folder; name the file without it`,
          '1 problem in 1 file. Nothing was written.',
        ]);
        assert.deepEqual(filesIn(dir), []);
      });
    });

    it('refuses a symbolic link to nothing', async (t) => {
      const dir = tempDir(t);
      const link = join(dir, 'latest.csv');
      symlinkSync('gone.csv', link);
      assertBadInput(await cli('compare', SELF_HOSTED, '-o', link), [
        `${link}: cannot write the output file: it is a symbolic link to a file that does not exist`,
        '1 problem in 1 file. Nothing was written.',
      ]);
      assert.deepEqual(filesIn(dir), ['latest.csv']);
    });
  });

  describe('checks where it will write before any work', () => {
    for (const [command, name] of [
      ['compare', 'out.csv'],
      ['schedule', 'out.csv'],
      ['chart', 'out.svg'],
    ] as const) {
      it(`${command}: a missing folder is reported before the scenario files are read`, async (t) => {
        const output = join(tempDir(t), 'no-such-folder', name);
        assertBadInput(await cli(command, join(projectRoot, 'no-such-scenario.json'), '-o', output), [
          `${output}: cannot write the output file: its directory does not exist`,
          '1 problem in 1 file. Nothing was written.',
        ]);
      });
    }

    it('compare --chart: a chart into a missing folder is reported before the comparison', async (t) => {
      const dir = tempDir(t);
      const chart = join(dir, 'charts', 'breakeven.svg');
      assertBadInput(await cli('compare', SELF_HOSTED, '--chart', chart), [`${chart}: cannot write the output file: its directory does not exist`, '1 problem in 1 file. Nothing was written.']);
    });
  });

  describe('temporary files', () => {
    it('removes one left by a killed run (a SIGKILL cannot be caught) on the next write to the same file', async (t) => {
      const dir = tempDir(t);
      // No process has this number: the maximum a pid can be on Linux is 4194304.
      const stale = writeFile(dir, '.out.csv.2147483647.1a2b3c.tmp', 'half a comparison');
      const running = writeFile(dir, `.out.csv.${process.pid}.1a2b3c.tmp`, 'another run, still writing');
      const other = writeFile(dir, '.other.csv.2147483647.1a2b3c.tmp', 'another file');
      const run = await cli('compare', SELF_HOSTED, '-o', join(dir, 'out.csv'));
      assert.equal(run.code, 0);
      assert.deepEqual([existsSync(stale), existsSync(running), existsSync(other)], [false, true, true]);
    });

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      it(`is removed when the run is interrupted by ${signal} mid-write, and the old file is left as it was`, async (t) => {
        const dir = tempDir(t);
        const target = writeFile(dir, 'samples.csv', 'the last good samples\n');
        const ended = await interruptedWrite(target, signal);
        assert.deepEqual(ended, { code: null, signal });
        assert.deepEqual(filesIn(dir), ['samples.csv']);
        assert.equal(readFileSync(target, 'utf8'), 'the last good samples\n');
      });
    }
  });
});

/**
 * Starts a process that writes `target` in many small parts through writeOutputFile, and
 * sends it `signal` once the first part is on its way.
 */
function interruptedWrite(target: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const script = `
    import { writeOutputFile } from './lib/io/writeOutputFile.ts';
    function* parts() {
      process.stdout.write('writing\\n');
      for (let part = 0; part < 1_000_000; part++) yield 'month,scenario,item,category,amount\\n';
    }
    await writeOutputFile(${JSON.stringify(target)}, parts());
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.once('data', () => child.kill(signal));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
}
