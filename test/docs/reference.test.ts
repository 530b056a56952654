/**
 * The docs keep up with the code: every command and option the CLI's help lists is
 * documented in docs/cli.md, and every relative link of the docs leads somewhere.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../../bin/cli.js';
import { projectRoot } from '../support/fixtures.js';
import { anchorOf } from '../tools/scenarioKeyTable.js';
import { codeBlocks } from './markdownBlocks.js';

process.chdir(projectRoot);

/** The pages whose links are checked: every page of the docs and the README. */
const CHECKED_PAGES = [
  'README.md',
  'docs/architecture.md',
  'docs/charts.md',
  'docs/cli.md',
  'docs/errors.md',
  'docs/library.md',
  'docs/methodology.md',
  'docs/scenario-format.md',
  'docs/versioning.md',
  'docs/CHANGELOG.md',
];
/** Commands documented on a page of their own rather than in docs/cli.md. */
const COMMAND_PAGES: Readonly<Record<string, string>> = { chart: 'charts.md', report: 'reports.md' };

async function help(...args: string[]): Promise<string> {
  let output = '';
  const code = await runCli([...args, '--help'], { stdout: (text) => (output += text), stderr: (text) => (output += text) });
  assert.equal(code, 0, output);
  return output;
}

const cliDoc = readFileSync(`${projectRoot}docs/cli.md`, 'utf8');

describe('docs/cli.md', async () => {
  const commands = [...(await help()).matchAll(/^ {2}costmodel ([a-z-]+)/gm)].map((match) => match[1] as string);

  it('knows the commands of the CLI', () => {
    assert.ok(commands.includes('compare') && commands.includes('validate'), `commands found in --help: ${commands.join(', ')}`);
  });

  for (const command of commands) {
    const page = COMMAND_PAGES[command];
    if (page !== undefined) {
      it(`points to ${page} for \`${command}\``, () => {
        assert.ok(cliDoc.includes(`\`${command}\``) && cliDoc.includes(`(${page})`), `docs/cli.md should name \`${command}\` and link to ${page}`);
      });
      continue;
    }
    it(`has a section for \`${command}\` that covers every option of its --help`, async () => {
      assert.ok(new RegExp(`^## ${command}$`, 'm').test(cliDoc), `no "## ${command}" section`);
      const options = [...(await help(command)).matchAll(/^ {2}(?:-[a-zA-Z], )?\s*--([a-z][a-z-]*)/gm)].map((match) => match[1] as string);
      assert.ok(options.length > 0, `no options found in \`costmodel ${command} --help\``);
      for (const option of options) assert.ok(cliDoc.includes(`--${option}`), `docs/cli.md does not mention --${option} (of \`${command}\`)`);
    });
  }
});

/** A Markdown file with its fenced code blocks blanked out (line numbers kept). */
function withoutCodeBlocks(file: string): string {
  const markdown = readFileSync(projectRoot + file, 'utf8');
  const lines = markdown.split('\n');
  for (const block of codeBlocks(file, markdown)) lines.fill('', block.line - 1, block.line + block.lines.length + 1);
  return lines.join('\n');
}

/** The anchors GitHub gives the headings of a file (a repeated heading gets -1, -2, …). */
function headingAnchors(file: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of withoutCodeBlocks(file).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = anchorOf(match[1] as string);
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

describe('links in the docs', () => {
  for (const file of CHECKED_PAGES) {
    it(`${file}: every relative link leads to a file, and every #anchor to a heading`, () => {
      const broken: string[] = [];
      for (const match of withoutCodeBlocks(file).replace(/(`+)[\s\S]*?\1/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = match[1] as string;
        if (/^[a-z]+:/i.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        const linked = path === '' ? file : normalize(join(dirname(file), path));
        if (!existsSync(projectRoot + linked)) {
          broken.push(`${target} (no file ${linked})`);
          continue;
        }
        if (anchor !== undefined && linked.endsWith('.md') && !headingAnchors(linked).has(anchor)) broken.push(`${target} (no heading #${anchor} in ${linked})`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
