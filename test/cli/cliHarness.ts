/**
 * Drives the CLI in-process: `runCli(args, io)` with an io that collects stdout and stderr,
 * plus scenario files written into a fresh temporary directory per test.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { runCli } from '../../bin/cli.js';
import { projectRoot } from '../support/fixtures.js';

/** What one run of the CLI produced. */
export type CliRun = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** Runs `costmodel …args` in-process. */
export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** The founding example files, as absolute paths. */
export const SELF_HOSTED = `${projectRoot}scenarios/self-hosted.json`;
export const MANAGED = `${projectRoot}scenarios/managed-provider.json`;
export const IT_HIRE = `${projectRoot}scenarios/self-hosted-with-it-hire.json`;

/** Sets environment variables for one test and restores them afterwards. */
export function setEnv(t: TestContext, variables: Record<string, string>): void {
  const saved = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
  t.after(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  Object.assign(process.env, variables);
}

/** A fresh directory under the system temp dir, removed when the test ends. */
export function tempDir(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` (text as is, anything else as JSON) to `dir/name`; returns the path. */
export function writeFile(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
}

/** A small valid scenario object; `changes` replace its top-level keys. */
export function scenario(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Colocation',
    currency: 'USD',
    start: '2009-05',
    costs: [{ name: 'Rack', kind: 'recurring', amount: '1000', every: 'month' }],
    ...changes,
  };
}

/** The lines of a text, without the empty string after the final newline. */
export function lines(text: string): string[] {
  const all = text.split(/\r?\n/);
  return all[all.length - 1] === '' ? all.slice(0, -1) : all;
}

/** The files in a directory, sorted: to prove no temporary file was left behind. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * Asserts a run failed on bad input: exit code 2, nothing on stdout, exactly `expected` on
 * stderr (line by line) and no stack trace.
 */
export function assertBadInput(run: CliRun, expected: readonly string[]): void {
  assert.deepEqual(lines(run.stderr), expected);
  assertNoStackTrace(run);
  assert.equal(run.stdout, '');
  assert.equal(run.code, 2);
}

/** No line of stderr looks like a stack frame. */
export function assertNoStackTrace(run: CliRun): void {
  assert.ok(!/^ {4}at /m.test(run.stderr), `stack trace on stderr:\n${run.stderr}`);
}

/** The hint yargs-level usage mistakes end with. */
export const USAGE_HINT = 'Run "costmodel --help" for the commands, or "costmodel <command> --help" for one.';
