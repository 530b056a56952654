/** The whole process, as a user runs it: slow, so only the founding example and one mistake. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { projectRoot } from '../support/fixtures.js';

const run = promisify(execFile);

/** Runs `node --import tsx bin/costmodel.ts …args` in the project root. */
async function costmodel(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'bin/costmodel.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, COLUMNS: '100' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('bin/costmodel.ts as a process', { concurrency: true }, () => {
  it('compares the founding example and exits 0', async () => {
    const result = await costmodel('compare', 'scenarios/self-hosted.json', 'scenarios/managed-provider.json');
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    assert.ok(result.stdout.startsWith('2 scenarios over 36 months (2009-05 to 2012-04), USD, not discounted.'), result.stdout);
    assert.ok(result.stdout.includes('1,485,000.00'), result.stdout);
  });

  it('exits 2 with the message on stderr for a missing file', async () => {
    const result = await costmodel('compare', 'nope.json');
    assert.deepEqual(result, { code: 2, stdout: '', stderr: 'nope.json: no such scenario file\n1 problem in 1 file. Nothing was compared.\n' });
  });
});
