import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import yargs, { type Argv } from 'yargs';
import { withLinearPositionals } from '../../bin/linearPositionals.js';
import { filesAfterSeparator } from '../../bin/separatedFiles.js';
import { projectRoot } from '../support/fixtures.js';
import { cli, SELF_HOSTED, MANAGED, IT_HIRE } from './cliHarness.js';

/** A parser shaped like costmodel's: commands whose files are a string array positional, some options, an env prefix. */
function parser(): Argv {
  return yargs()
    .locale('en')
    .command('check <files..>', 'check', (y) =>
      y
        .positional('files', { type: 'string', array: true, demandOption: true, default: undefined })
        .option('months', { type: 'number' })
        .option('label', { type: 'string' }),
    )
    .command('pick <first> [rest..]', 'pick', (y) => y.positional('first', { type: 'string' }).positional('rest', { type: 'number', array: true }))
    .command('named <path-list..>', 'named', (y) => y.positional('path-list', { type: 'string', array: true }))
    .env('LINEAR_TEST')
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new Error(message);
    });
}

function parsed(cliOf: Argv, args: string[]): unknown {
  try {
    const { $0: _script, ...argv } = cliOf.parseSync(args) as Record<string, unknown>;
    return argv;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

test('positional lists are read exactly as yargs reads them, value for value', () => {
  const many = Array.from({ length: 300 }, (_, i) => `scenario-${i}.json`);
  const cases: string[][] = [
    ['check', 'a.json'],
    ['check', 'a.json', 'b.json'],
    ['check', 'a.json', '--months', '12', 'b.json', 'c.json'],
    ['check', '007', '1e3', '0x10', 'true', 'null', ' spaced name.json', '"quoted".json', "'single'.json"],
    ['check', 'a.json', '--', '-dash.json', '--months'],
    // yargs drops "-" and "---" from a list unless it comes first: a list with any value that starts with "-" is left to it.
    ['check', 'a.json', '-', 'b.json'],
    ['check', '-', '-'],
    ['check', 'a.json', '---', '----=x', 'b.json'],
    ['check', 'a.json', '-5', '-0.5'],
    ['check', 'a.json', 'b.json', '--label', 'x', '--months=3'],
    ['check', ...many],
    ['check'],
    ['check', '--months', '2'],
    ['pick', 'x', '1', '2', '3'],
    ['pick', 'x', '1', 'two'],
    ['named', 'a', 'b', 'c'],
  ];
  for (const args of cases) {
    assert.deepEqual(parsed(withLinearPositionals(parser()), args), parsed(parser(), args), args.join(' '));
  }
  // A parser set to treat repeated options otherwise is left to yargs.
  for (const configuration of [{ 'duplicate-arguments-array': false }, { 'flatten-duplicate-arrays': false }]) {
    const args = ['check', 'a.json', 'b.json', 'c.json'];
    assert.deepEqual(parsed(withLinearPositionals(parser().parserConfiguration(configuration)), args), parsed(parser().parserConfiguration(configuration), args), JSON.stringify(configuration));
  }
  // A list read from the environment as well is kept, as yargs keeps it.
  process.env.LINEAR_TEST_FILES = 'env.json';
  try {
    assert.deepEqual(parsed(withLinearPositionals(parser()), ['check', 'a.json', 'b.json']), parsed(parser(), ['check', 'a.json', 'b.json']));
  } finally {
    delete process.env.LINEAR_TEST_FILES;
  }
});

test('the command line reads every file it is given, in order, however many', async () => {
  const files = Array.from({ length: 1200 }, (_, i) => [SELF_HOSTED, MANAGED, IT_HIRE][i % 3] as string);
  const run = await cli('validate', ...files);
  assert.equal(run.code, 0, run.stderr);
  const listed = run.stdout.split('\n').filter((line) => line.includes('.json'));
  assert.equal(listed.length, 1200);
  assert.ok(listed[0]?.includes('self-hosted.json') && listed[1]?.includes('managed-provider.json') && listed[2]?.includes('self-hosted-with-it-hire.json'));
});

// After `--` every word is a file, whatever it starts with; a lone "-" is no file (bin/separatedFiles.ts).
test('files after --, one that starts with "-" too, are compared and named as written', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-separator-'));
  copyFileSync(MANAGED, join(dir, '-managed.json'));
  copyFileSync(SELF_HOSTED, join(dir, 'self-hosted.json'));
  const before = process.cwd();
  process.chdir(dir);
  t.after(() => {
    process.chdir(before);
    rmSync(dir, { recursive: true, force: true });
  });
  const compared = await cli('compare', '--', '-managed.json', 'self-hosted.json', '--format', 'csv');
  assert.equal(compared.code, 2, 'after --, "--format" is a file too');
  assert.match(compared.stderr, /^--format: no such scenario file\n/);
  const both = await cli('compare', 'self-hosted.json', '--format', 'csv', '--', '-managed.json');
  assert.deepEqual([both.code, both.stdout.split('\n').filter((line) => /^"?(Self-hosted|Managed provider)/.test(line)).length], [0, 2]);
  const validated = await cli('validate', 'self-hosted.json', '--', '-managed.json', '-');
  assert.equal(validated.code, 2);
  assert.deepEqual(validated.stdout.split('\n').filter(Boolean), ['self-hosted.json: ok, "Self-hosted", 1 cost item, USD', '-managed.json: ok, "Managed provider", 2 cost items, USD']);
  assert.match(validated.stderr, /^-: no such scenario file\n/);
});

test('a lone "-" before -- is refused, not dropped; as the value of -o it is standard output', async () => {
  const refused = await cli('validate', '-');
  assert.deepEqual([refused.code, refused.stderr.split('\n')[0]], [2, 'costmodel: "-" as a file would be standard input, which costmodel does not read: name the files (a file called "-" is ./-)']);
  const alsoRefused = await cli('compare', SELF_HOSTED, '-', MANAGED);
  assert.equal(alsoRefused.code, 2);
  const toStdout = await cli('compare', SELF_HOSTED, MANAGED, '-o', '-', '--format', 'csv');
  assert.deepEqual([toStdout.code, toStdout.stderr], [0, '']);
});

test('-- as the value of an option is no separator: the option needs a value, and no file after it is written over', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-separator-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const victim = join(dir, 'b.json');
  copyFileSync(MANAGED, victim);
  const run = await cli('compare', SELF_HOSTED, '-o', '--', victim);
  assert.deepEqual([run.code, run.stderr.split('\n')[0]], [2, 'costmodel: option -o needs a value']);
  assert.equal(readFileSync(victim, 'utf8'), readFileSync(MANAGED, 'utf8'));
  const months = await cli('compare', SELF_HOSTED, '--months', '--', victim);
  assert.deepEqual([months.code, months.stderr.split('\n')[0]], [2, 'costmodel: option --months needs a value']);
});

test('a word after -- that a command without files cannot take is named as it was written', async () => {
  const run = await cli('schema', '--', '-x');
  assert.deepEqual([run.code, run.stderr.split('\n')[0]], [2, 'costmodel: unexpected argument "-x"']);
});

test('the options that take no value, after which -- is a separator, are every boolean option the commands declare', () => {
  const declared = new Set<string>();
  for (const file of readdirSync(join(projectRoot, 'bin/commands')).map((name) => join(projectRoot, 'bin/commands', name)).concat(join(projectRoot, 'bin/cli.ts'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\.option\('([a-z-]+)', \{ type: 'boolean'/g)) declared.add(match[1] as string);
  }
  assert.deepEqual([...declared].sort(), ['debug', 'wide']);
  for (const name of declared) assert.deepEqual(filesAfterSeparator(['compare', 'a.json', `--${name}`, '--', '-b.json']).args, ['compare', 'a.json', `--${name}`, './-b.json']);
});
