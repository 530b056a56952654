import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BATCH_FILES, batchV8Flags, givenAtStartUp } from '../../bin/batchV8Flags.js';
import { projectRoot } from '../support/fixtures.js';
import { cli, lines, scenario, tempDir, writeFile } from './cliHarness.js';

test('a run over fewer than 20 scenario files keeps V8 as it is; from 20 files on, functions are optimized later and memory collected in one pause', () => {
  const node20 = '11.3.244.8-node.38';
  assert.equal(BATCH_FILES, 20);
  for (const files of [0, 1, 2, 19]) assert.equal(batchV8Flags(files, node20), undefined);
  for (const files of [20, 100, 1000, 1_000_000]) assert.equal(batchV8Flags(files, node20), '--interrupt-budget=400000 --no-incremental-marking');
});

test('a flag Node was started with, in its arguments or NODE_OPTIONS, is the person\'s: the batch flags are not set', () => {
  for (const flag of ['--interrupt-budget=1000', '--interrupt_budget=1000', '--no-incremental-marking', '--incremental-marking', '--incremental_marking']) {
    assert.equal(givenAtStartUp([flag], undefined), true, flag);
    assert.equal(givenAtStartUp([], `--max-old-space-size=4096 ${flag}`), true, flag);
  }
  assert.equal(givenAtStartUp(['--enable-source-maps', '--import', 'tsx'], '--max-old-space-size=4096'), false);
  assert.equal(givenAtStartUp([], undefined), false);
  assert.equal(givenAtStartUp(['--interrupt-budget-factor-for-feedback-allocation=2'], ''), false);
});

test('under a V8 the flags were not measured on, V8 keeps its own settings', () => {
  for (const v8 of ['12.4.254.21-node.33', '11.8.172.17-node.19', '10.2.154.26-node.26', '11.30.1.1']) assert.equal(batchV8Flags(1000, v8), undefined, v8);
});

test('only the command line sets V8 flags: the library, which runs in other programs, never does', () => {
  for (const command of ['compare', 'schedule']) assert.match(readFileSync(join(projectRoot, `bin/commands/${command}.ts`), 'utf8'), /await tuneV8ForBatch\(argv\.files\.length\)/);
  // simulate's worker threads share V8's flags: they are never changed under them.
  assert.doesNotMatch(readFileSync(join(projectRoot, 'bin/commands/simulate.ts'), 'utf8'), /tuneV8ForBatch/);
  const library = readdirSync(join(projectRoot, 'lib'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  assert.ok(library.length > 100);
  for (const file of library) assert.doesNotMatch(readFileSync(join(projectRoot, 'lib', file), 'utf8'), /setFlagsFromString/, file);
});

test('the batch flags make V8 refuse a code cache made without them, and restoring the defaults makes it take the cache again', () => {
  // In a process of its own: V8's flags are the whole process's.
  const program = `
    import { Script } from 'node:vm';
    import { execFileSync } from 'node:child_process';
    import { restoreV8Defaults, tuneV8ForBatch } from ${JSON.stringify(join(projectRoot, 'bin/batchV8Flags.ts'))};
    // Three texts, each with its cache, made by another Node under V8's default flags, like the
    // caches the build writes: a text compiled once is taken from the isolate's own cache after.
    const sources = [1, 2, 3].map((n) => \`function times\${n}(x) { return \${n} * x; } times\${n}(21);\`);
    const made = JSON.parse(execFileSync(process.execPath, ['-e', \`const { Script } = require('node:vm'); console.log(JSON.stringify(\${JSON.stringify(sources)}.map((s) => new Script(s).createCachedData().toString('base64'))))\`], { encoding: 'utf8' }));
    let next = 0;
    const refused = () => { const i = next++; return new Script(sources[i], { cachedData: Buffer.from(made[i], 'base64') }).cachedDataRejected; };
    const before = refused();
    await tuneV8ForBatch(1000);
    const tuned = refused();
    restoreV8Defaults();
    console.log(JSON.stringify({ before, tuned, restored: refused() }));
  `;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', program], { cwd: projectRoot, encoding: 'utf8' });
  const measured = /^11\.3\./.test(process.versions.v8);
  assert.deepEqual(JSON.parse(output), { before: false, tuned: measured, restored: false });
});

test('compare with a chart, and schedule, of 20 files: the same figures as of each file alone, and the chart drawn', async (t) => {
  const dir = tempDir(t);
  const files = Array.from({ length: 20 }, (_unused, i) =>
    writeFile(dir, `s${i}.json`, scenario({ name: `Colocation ${i + 1}`, costs: [{ name: 'Rack', kind: 'recurring', amount: String(1000 + i), every: 'month' }] })),
  );
  const compared = await cli('compare', ...files, '--months', '12', '--chart', join(dir, 'chart.svg'));
  assert.equal(compared.code, 0, compared.stderr);
  // Each scenario pays 12 months of 1,000 + i: 12,000.00 for the first, 12,228.00 for the last.
  assert.match(compared.stdout, /^Colocation 1 +12,000\.00/m);
  assert.match(compared.stdout, /^Colocation 20 +12,228\.00/m);
  assert.match(readFileSync(join(dir, 'chart.svg'), 'utf8'), /^<svg/);
  const scheduled = await cli('schedule', ...files, '--months', '12');
  assert.equal(scheduled.code, 0, scheduled.stderr);
  assert.ok(lines(scheduled.stdout).some((line) => line.includes('Colocation 20') && line.includes('1019.00')));
});
