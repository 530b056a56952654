/**
 * Standard output that fails, as a real process meets it: a full disk ends with one line and
 * exit code 3, never a stack trace; a reader that stops reading (`costmodel … | head -1`)
 * ends the run quietly.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { cli, tempDir } from './cliHarness.js';

type Ended = { readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string };

/** Runs `node --import tsx bin/costmodel.ts …args` in the project root, with standard output going to `stdout`. */
function costmodel(args: readonly string[], stdout: 'pipe' | number, onFirstOutput?: (stop: () => void) => void): Promise<Ended> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/costmodel.ts', ...args], { cwd: projectRoot, stdio: ['ignore', stdout, 'pipe'] });
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    if (out === '') onFirstOutput?.(() => child.stdout?.destroy());
    out += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout: out, stderr: err })));
}

const FOUNDING = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];

describe('standard output that cannot be written', { concurrency: true }, () => {
  it('ends with one line and exit code 3 when the disk is full (/dev/full)', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const ended = await costmodel(['compare', ...FOUNDING], full);
      assert.deepEqual(ended, { code: 3, signal: null, stdout: '', stderr: 'costmodel: cannot write to standard output: no space left on device (ENOSPC)\n' });
    } finally {
      closeSync(full);
    }
  });

  it('ends quietly, exit code 0, when the reader closes the pipe after the first line', async () => {
    // 1,200 months of three scenarios: some 400 kB, far more than a pipe holds.
    const ended = await costmodel(['schedule', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json', 'scenarios/self-hosted-with-it-hire.json', '--months', '1200'], 'pipe', (stop) => stop());
    assert.deepEqual({ ...ended, stdout: ended.stdout.slice(0, 35) }, { code: 0, signal: null, stdout: 'month,scenario,item,category,amount', stderr: '' });
  });

  it('ends quietly when the trials of a simulation stream into a closed pipe', async (t) => {
    const summary = join(tempDir(t), 'summary.json');
    const uncertain = ['scenarios/uncertain/self-hosted.json', 'scenarios/uncertain/managed-provider.json'];
    const ended = await costmodel(['simulate', ...uncertain, '--trials', '20000', '--threads', '1', '-o', summary, '--samples', '-'], 'pipe', (stop) => stop());
    assert.equal(ended.stderr, '');
    assert.equal(ended.code, 0);
  });
});

describe('a process that ends by itself', { concurrency: true }, () => {
  it('has written all its output into a pipe, however slowly read, before it exits', async () => {
    const args = ['schedule', ...FOUNDING, 'scenarios/self-hosted-with-it-hire.json', '--months', '1200'];
    const [ended, inProcess] = await Promise.all([costmodel(args, 'pipe'), cli(...args)]);
    assert.equal(inProcess.code, 0);
    assert.ok(inProcess.stdout.length > 250_000);
    assert.deepEqual(ended, { code: 0, signal: null, stdout: inProcess.stdout, stderr: '' });
  });

  it('keeps its exit code: 2 for a problem with the input', async () => {
    const ended = await costmodel(['compare', 'scenarios/no-such-file.json'], 'pipe');
    assert.deepEqual(ended, { code: 2, signal: null, stdout: '', stderr: 'scenarios/no-such-file.json: no such scenario file\n1 problem in 1 file. Nothing was compared.\n' });
  });
});
