/**
 * The pictures in docs/charts.md are what the commands above them draw today: each
 * `costmodel chart … -o docs/images/NAME.png` and `costmodel simulate … --chart
 * docs/images/NAME.png` of a ```sh block runs again, into a temporary
 * folder, and must give the committed file byte for byte. After an intended change to the
 * charts, run those commands from the project root (or this test with UPDATE_DOC_IMAGES=1)
 * and look at every picture before committing it.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli, tempDir } from '../../cli/cliHarness.js';
import { codeBlocks } from '../../docs/markdownBlocks.js';
import { projectRoot } from '../../support/fixtures.js';

const commands = codeBlocks('docs/charts.md', readFileSync(`${projectRoot}docs/charts.md`, 'utf8'))
  .filter((block) => block.language === 'sh')
  .flatMap((block) => block.lines.join('\n').replace(/\\\n\s*/g, '').split('\n'))
  .map((line) => line.trim().split(/\s+/))
  .filter((args) => args[0] === 'costmodel' && (args[1] === 'chart' || (args[1] === 'simulate' && args.at(-2) === '--chart')) && (args.at(-1) ?? '').startsWith('docs/images/'));

describe('the pictures in docs/charts.md', () => {
  it('are made by commands in the page', () => {
    assert.deepEqual(commands.map((args) => args.at(-1)).sort(), ['docs/images/breakeven-cheaper-provider.png', 'docs/images/breakeven.png', 'docs/images/monthly.png', 'docs/images/simulation-fan.png', 'docs/images/simulation-histogram.png', 'docs/images/simulation-tornado.png', 'docs/images/totals.png']);
  });

  for (const args of commands) {
    const image = args.at(-1) as string;
    it(`${image} is what \`${args.join(' ')}\` draws`, async (t) => {
      const fresh = join(tempDir(t), 'image.png');
      process.chdir(projectRoot);
      const run = await cli(...args.slice(1, -1), fresh);
      assert.deepEqual([run.code, run.stderr], [0, '']);
      if (process.env['UPDATE_DOC_IMAGES'] === '1') copyFileSync(fresh, `${projectRoot}${image}`);
      assert.ok(readFileSync(fresh).equals(readFileSync(`${projectRoot}${image}`)), `${image} is stale: run \`${args.join(' ')}\` from the project root and look at the picture`);
    });
  }
});
