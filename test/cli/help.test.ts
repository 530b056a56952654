import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { cli, lines } from './cliHarness.js';

/** The commands `costmodel --help` lists, so a new command is held to the same standard. */
async function listedCommands(): Promise<string[]> {
  const help = await cli('--help');
  return lines(help.stdout).flatMap((line) => /^ {2}costmodel ([a-z-]+)/.exec(line)?.[1] ?? []);
}

describe('costmodel --help', () => {
  it('lists the commands on stdout and exits 0', async () => {
    const run = await cli('--help');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.equal(lines(run.stdout)[0], 'costmodel: model hosting options over time — self-host or move to a provider?');
    assert.ok(run.stdout.replace(/\s+/g, ' ').includes('Exit codes: 0 success, 2 bad input or usage, 3 standard output could not be written, 1 anything else.'), run.stdout);
    const commands = await listedCommands();
    for (const command of ['compare', 'schedule', 'validate', 'schema']) assert.ok(commands.includes(command), `${command} in ${commands.join(', ')}`);
  });

  it('shows every command’s examples on stdout with <command> --help, and exits 0', async () => {
    for (const command of await listedCommands()) {
      const run = await cli(command, '--help');
      assert.deepEqual([run.code, run.stderr], [0, ''], command);
      assert.ok(lines(run.stdout).includes('Examples:'), `${command} --help:\n${run.stdout}`);
      assert.ok(run.stdout.includes(`costmodel ${command} `), `${command} --help shows a ${command} example`);
    }
  });

  it('accepts -h for --help', async () => {
    const [short, long] = [await cli('compare', '-h'), await cli('compare', '--help')];
    assert.equal(short.code, 0);
    assert.equal(short.stdout, long.stdout);
  });

  it('does not show the internal --debug switch', async () => {
    assert.ok(!(await cli('--help')).stdout.includes('--debug'));
  });
});

describe('costmodel --version', () => {
  it('prints the version from package.json on stdout and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(`${projectRoot}package.json`, 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = await cli(flag);
      assert.deepEqual([run.code, run.stdout, run.stderr], [0, `${version}\n`, ''], flag);
    }
  });

  it('shows examples whose input files exist, or are written by an example before', () => {
    const written = new Set<string>();
    for (const source of readdirSync(`${projectRoot}bin/commands`)) {
      const examples = [...readFileSync(`${projectRoot}bin/commands/${source}`, 'utf8').matchAll(/\.example\(\s*'\$0 ([^']*)'/g)].map((match) => match[1] ?? '');
      for (const example of examples) {
        const words = example.replace(/"[^"]*"/g, '""').split(' ');
        words.forEach((word, index) => {
          if (!/\.(json|csv)$/.test(word)) return;
          if (['-o', '--record', '--samples'].includes(words[index - 1] ?? '')) return void written.add(word);
          const exists = word.includes('*') ? readdirSync(`${projectRoot}${dirname(word)}`).some((file) => file.endsWith(extname(word))) : existsSync(`${projectRoot}${word}`);
          assert.ok(exists || written.has(word), `${source}: "costmodel ${example}" reads ${word}, which does not exist`);
        });
      }
    }
  });
});
