import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { assertBadInput, cli, filesIn, MANAGED, scenario, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

describe('costmodel explore', () => {
  it('-o explore.html writes one self-contained page with the files and options in it', async (t) => {
    const dir = tempDir(t);
    const run = await cli('explore', SELF_HOSTED, MANAGED, '--months', '60', '--discount-rate', '8%', '--revisit', '2010-11', '-o', join(dir, 'explore.html'));
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
    assert.deepEqual(filesIn(dir), ['explore.html']);
    const html = readFileSync(join(dir, 'explore.html'), 'utf8');
    assert.ok(html.startsWith('<!doctype html>'));
    assert.ok(html.includes('<title>What if: Self-hosted or Managed provider</title>'));
    assert.ok(html.includes('"options":{"months":60,"discountRate":"8%","revisit":"2010-11"}'));
    assert.ok(!/\b(src|href)=["']?(https?:)?\/\//i.test(html), 'nothing loaded from elsewhere');
  });

  it('-o - writes the page to standard output', async () => {
    const run = await cli('explore', SELF_HOSTED, '-o', '-');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.ok(run.stdout.startsWith('<!doctype html>'));
  });

  it('asks for -o rather than print 1.5 MB on a terminal', async () => {
    assertBadInput(await cli('explore', SELF_HOSTED), [
      'explore writes an HTML page of about 1.5 MB: name the file with -o, e.g. -o explore.html (or -o - for standard output)',
      '1 problem. No page was written.',
    ]);
  });

  it('refuses a file name that does not end in .html, before reading any scenario', async (t) => {
    const dir = tempDir(t);
    const output = join(dir, 'explore.txt');
    assertBadInput(await cli('explore', SELF_HOSTED, '-o', output), [
      `${output}: explore writes an HTML page: end the file name in .html or .htm (or give -o - for standard output)`,
      '1 problem in 1 file. No page was written.',
    ]);
    assert.deepEqual(filesIn(dir), []);
    const upper = await cli('explore', SELF_HOSTED, '-o', join(dir, 'EXPLORE.HTM'));
    assert.deepEqual([upper.code, upper.stderr], [0, '']);
  });

  it('reports a bad scenario file or option with exit code 2, and writes nothing', async (t) => {
    const dir = tempDir(t);
    const bad = writeFile(dir, 'bad.json', scenario({ costs: [{ name: 'Hosting', kind: 'recurring', amount: '-5', every: 'month' }] }));
    const run = await cli('explore', bad, '-o', join(dir, 'explore.html'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bad\.json: \/costs\/0\/amount: /);
    assert.match(run.stderr, /No page was written\.\n$/);
    assertBadInput(await cli('explore', SELF_HOSTED, MANAGED, '--baseline', 'Cloud', '-o', join(dir, 'explore.html')), [
      '--baseline: no scenario is named "Cloud"; the scenarios are "Self-hosted", "Managed provider"',
      '1 problem. No page was written.',
    ]);
    assert.deepEqual(filesIn(dir), ['bad.json']);
  });
});
