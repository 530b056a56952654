import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readDecisionRecord } from '../../lib/io/readDecisionRecord.js';
import { formatIssue } from '../../lib/issues/issue.js';
import { parseDecisionRecord } from '../../lib/record/parseDecisionRecord.js';
import { projectRoot } from '../support/fixtures.js';

const FIXTURE = `${projectRoot}test/fixtures/records/founding-v1.json`;
const folder = mkdtempSync(join(tmpdir(), 'costmodel-record-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a file under the temporary folder and returns its path. */
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** The problems of reading a file, as lines with the folder left out. */
async function problems(path: string): Promise<string[]> {
  const result = await readDecisionRecord(path);
  return result.ok ? [] : result.issues.map((issue) => formatIssue(issue).split(`${folder}/`).join(''));
}

describe('readDecisionRecord', () => {
  it('reads the founding record (version 1) exactly as parseDecisionRecord reads its JSON', async () => {
    const read = await readDecisionRecord(FIXTURE);
    assert.ok(read.ok, JSON.stringify(read));
    assert.deepEqual(read, parseDecisionRecord(JSON.parse(readFileSync(FIXTURE, 'utf8')), FIXTURE));
    assert.deepEqual([read.value.decision, read.value.results.cheapest], ['Not now: keep self-hosting and revisit in May 2010', 'Self-hosted']);
  });

  it('tolerates a byte order mark and any layout', async () => {
    const record = JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown;
    const path = file('bom.json', `\uFEFF${JSON.stringify(record)}`);
    const read = await readDecisionRecord(path);
    assert.ok(read.ok, JSON.stringify(read));
    assert.deepEqual(read.value, (parseDecisionRecord(record) as { value: unknown }).value);
  });

  it('a missing file', async () => {
    const path = join(folder, 'missing.json');
    assert.deepEqual(await readDecisionRecord(path), { ok: false, issues: [{ code: 'file-not-found', file: path, message: 'no such decision record' }] });
  });

  it('a directory', async () => {
    mkdirSync(join(folder, 'a-folder.json'));
    assert.deepEqual(await problems(join(folder, 'a-folder.json')), ['a-folder.json: expected a decision record, found a directory']);
  });

  it('not JSON: the line and column of the first syntax error', async () => {
    const path = file('broken.json', '{\n  "version": 1,\n  "kind": "costmodel-decision-record",\n}\n');
    const result = await readDecisionRecord(path);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((issue) => [issue.code, issue.file, issue.line, issue.column]),
      [['invalid-json', path, 3, 38]],
    );
  });

  it('JSON that is not a record: the problems name the file and the place', async () => {
    assert.deepEqual(await problems(file('list.json', '[]')), ['list.json: /: expected a costmodel decision record (a JSON object), found an array']);
    const scenario = readFileSync(`${projectRoot}scenarios/self-hosted.json`, 'utf8');
    assert.deepEqual(await problems(file('scenario.json', scenario)), [
      'scenario.json: /kind: expected "costmodel-decision-record", found nothing: this looks like a scenario file, not a decision record (write one with costmodel report --record FILE)',
    ]);
    const newer = { ...(JSON.parse(readFileSync(FIXTURE, 'utf8')) as object), version: 2 };
    assert.deepEqual(await problems(file('newer.json', JSON.stringify(newer))), ['newer.json: /version: written by a newer costmodel (record version 2); upgrade costmodel to read it']);
  });
});
