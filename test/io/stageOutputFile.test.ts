/**
 * stageOutputFile writes a file beside its target and puts it in place only when committed;
 * the CLI commits a command's files together (settleOutputs), so that a file that cannot be
 * written leaves every earlier one as it was.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { stageOutputFile } from '../../lib/io/writeOutputFile.js';
import { EXIT, settleOutputs, type CliContext } from '../../bin/context.js';
import { projectRoot } from '../support/fixtures.js';

function folder(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-stage-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function contextWithStderr(): { context: CliContext; stderr: string[] } {
  const stderr: string[] = [];
  return { context: { io: { stdout: () => undefined, stderr: (text) => stderr.push(text) }, exitCode: EXIT.ok, read: [], staged: [] }, stderr };
}

describe('stageOutputFile', () => {
  it('writes beside the target, and the target only when committed', async (t) => {
    const dir = folder(t);
    const target = join(dir, 'report.md');
    writeFileSync(target, 'older\n');
    const staged = await stageOutputFile(target, 'newer\n');
    assert.ok(staged.ok);
    assert.equal(readFileSync(target, 'utf8'), 'older\n');
    assert.equal(readdirSync(dir).length, 2, 'the target and its temporary file');
    assert.deepEqual(await staged.value.commit(), { ok: true, value: undefined });
    assert.deepEqual([readFileSync(target, 'utf8'), readdirSync(dir)], ['newer\n', ['report.md']]);
    await staged.value.discard();
    assert.equal(readFileSync(target, 'utf8'), 'newer\n', 'discarding after the commit changes nothing');
  });

  it('removes the temporary file when discarded, and then says a commit wrote nothing', async (t) => {
    const dir = folder(t);
    const target = join(dir, 'report.md');
    const staged = await stageOutputFile(target, 'never\n');
    assert.ok(staged.ok);
    await staged.value.discard();
    assert.deepEqual(readdirSync(dir), []);
    const committed = await staged.value.commit();
    assert.deepEqual(committed.ok ? [] : committed.issues.map((issue) => issue.message), ['cannot write the output file: it was discarded']);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('leaves no temporary file when the process ends with process.exit before the commit', (t) => {
    const dir = folder(t);
    const script = `import { stageOutputFile } from ${JSON.stringify(join(projectRoot, 'lib/io/writeOutputFile.ts'))};
const staged = await stageOutputFile(${JSON.stringify(join(dir, 'out.csv'))}, 'a,b\\n');
if (!staged.ok) process.exit(3);
process.exit(0);`;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot });
    assert.deepEqual(readdirSync(dir), []);
  });
});

describe('settleOutputs', () => {
  it('puts every file in place when the command succeeded', async (t) => {
    const dir = folder(t);
    const { context, stderr } = contextWithStderr();
    for (const name of ['a.md', 'a.png']) {
      const staged = await stageOutputFile(join(dir, name), name);
      assert.ok(staged.ok);
      context.staged.push(staged.value);
    }
    await settleOutputs(context);
    assert.deepEqual([readdirSync(dir).sort(), stderr, context.exitCode], [['a.md', 'a.png'], [], EXIT.ok]);
  });

  it('puts none in place when the command failed', async (t) => {
    const dir = folder(t);
    const { context } = contextWithStderr();
    const staged = await stageOutputFile(join(dir, 'a.md'), 'a');
    assert.ok(staged.ok);
    context.staged.push(staged.value);
    context.exitCode = EXIT.badInput;
    await settleOutputs(context);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('names the files already in place when a later rename fails, and removes the rest', async (t) => {
    const dir = folder(t);
    mkdirSync(join(dir, 'charts'));
    const { context, stderr } = contextWithStderr();
    for (const path of [join(dir, 'a.md'), join(dir, 'charts', 'a.png'), join(dir, 'a.json')]) {
      const staged = await stageOutputFile(path, 'x');
      assert.ok(staged.ok);
      context.staged.push(staged.value);
    }
    // The chart's folder goes away between the write and the rename.
    rmSync(join(dir, 'charts'), { recursive: true });
    await settleOutputs(context);
    assert.equal(context.exitCode, EXIT.badInput);
    assert.deepEqual(readdirSync(dir), ['a.md']);
    assert.deepEqual(stderr, [`${join(dir, 'charts', 'a.png')}: cannot write the output file: its directory does not exist\n`, `1 problem in 1 file. Only ${join(dir, 'a.md')} was written.\n`]);
  });
});
