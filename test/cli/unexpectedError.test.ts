import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../bin/cli.js';
import { lines, MANAGED, SELF_HOSTED } from './cliHarness.js';

/** Runs the CLI with a stdout that fails, as a broken terminal or a full disk would. */
async function runWithFailingStdout(): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(['compare', SELF_HOSTED, MANAGED], {
    stdout: () => {
      throw new Error('the terminal went away');
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stderr };
}

describe('an unexpected error', () => {
  it('exits 1 with a one-line message asking for a bug report, and no stack trace', async () => {
    const { code, stderr } = await runWithFailingStdout();
    assert.deepEqual(lines(stderr), [
      'costmodel: unexpected error: the terminal went away',
      'This is a bug in costmodel; please report it with the command you ran.',
    ]);
    assert.equal(code, 1);
  });

  it('adds the stack trace with COSTMODEL_DEBUG=1', async (t) => {
    const saved = process.env.COSTMODEL_DEBUG;
    t.after(() => {
      if (saved === undefined) delete process.env.COSTMODEL_DEBUG;
      else process.env.COSTMODEL_DEBUG = saved;
    });
    process.env.COSTMODEL_DEBUG = '1';
    const { code, stderr } = await runWithFailingStdout();
    assert.equal(code, 1);
    assert.match(stderr, /^ {4}at /m);
  });
});
