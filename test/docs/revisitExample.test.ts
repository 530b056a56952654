/**
 * The committed example of the revisit report is what costmodel writes today: the commands
 * of test/tools/revisitExample.ts are run into a temporary directory and every file compared
 * byte for byte with docs/examples/revisit/ (refresh: `npx tsx test/tools/updateRevisitExample.ts`).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../bin/cli.js';
import { projectRoot } from '../support/fixtures.js';
import { REVISIT_EXAMPLE_DIR, revisitExampleCommands } from '../tools/revisitExample.js';

describe('the committed revisit-report example', () => {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-revisit-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const committed = join(projectRoot, REVISIT_EXAMPLE_DIR);

  it('is written by the example commands without a problem', async () => {
    for (const args of revisitExampleCommands(dir)) {
      let stderr = '';
      const code = await runCli(args, { stdout: () => {}, stderr: (text) => (stderr += text) });
      assert.deepEqual([code, stderr], [0, ''], `costmodel ${args.join(' ')}`);
    }
    assert.deepEqual(readdirSync(dir).sort(), readdirSync(committed).sort());
  });

  for (const file of readdirSync(join(projectRoot, REVISIT_EXAMPLE_DIR)).sort()) {
    it(`${file} is what costmodel writes today`, () => {
      const expected = readFileSync(join(committed, file));
      const actual = readFileSync(join(dir, file));
      const text = /\.(md|html|json)$/.test(file);
      if (text) assert.equal(actual.toString('utf8').replaceAll(dir, REVISIT_EXAMPLE_DIR), expected.toString('utf8'), `stale: run npx tsx test/tools/updateRevisitExample.ts`);
      else assert.ok(actual.equals(expected), `${file} is stale: run npx tsx test/tools/updateRevisitExample.ts`);
    });
  }
});
