import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BATCH_FILES, batchV8Flags } from '../../bin/batchV8Flags.js';
import { projectRoot } from '../support/fixtures.js';

test('a run over fewer than 100 scenario files keeps V8 as it is; from 100 files on, functions are optimized later and memory collected in one pause', () => {
  assert.equal(BATCH_FILES, 100);
  for (const files of [0, 1, 2, 99]) assert.equal(batchV8Flags(files), undefined);
  for (const files of [100, 1000, 1_000_000]) assert.equal(batchV8Flags(files), '--interrupt-budget=400000 --no-incremental-marking');
});

test('only the command line sets V8 flags: the library, which runs in other programs, never does', () => {
  assert.match(readFileSync(join(projectRoot, 'bin/outputFiles.ts'), 'utf8'), /tuneV8ForBatch\(files\.length\)/);
  const library = readdirSync(join(projectRoot, 'lib'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  assert.ok(library.length > 100);
  for (const file of library) assert.doesNotMatch(readFileSync(join(projectRoot, 'lib', file), 'utf8'), /setFlagsFromString/, file);
});
