import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { consoleExamples, ExampleSyntaxError, shellWords } from './consoleExamples.js';
import { codeBlocks, type CodeBlock } from './markdownBlocks.js';

function block(...lines: string[]): CodeBlock {
  return { file: 'docs/x.md', line: 10, language: 'console', attributes: [], lines };
}

const words = (command: string) => shellWords(command).words.map((word) => word.text);

describe('codeBlocks', () => {
  it('finds fenced blocks with their language, attributes and first line', () => {
    const markdown = 'intro\n\n```json file=a.json invalid\n{}\n```\n\n~~~sh\nls\n~~~\n';
    assert.deepEqual(codeBlocks('x.md', markdown), [
      { file: 'x.md', line: 3, language: 'json', attributes: ['file=a.json', 'invalid'], lines: ['{}'] },
      { file: 'x.md', line: 7, language: 'sh', attributes: [], lines: ['ls'] },
    ]);
  });

  it('lets a longer fence show a shorter one as text', () => {
    const markdown = '````markdown\n```console\n$ costmodel --version\n```\n````\n';
    const blocks = codeBlocks('x.md', markdown);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0]?.language, 'markdown');
    assert.deepEqual(blocks[0]?.lines, ['```console', '$ costmodel --version', '```']);
  });
});

describe('shellWords', () => {
  it('splits on blanks and keeps quoted text together', () => {
    assert.deepEqual(words(`compare a.json --baseline "Managed provider" --from '2009-05'`), [
      'compare',
      'a.json',
      '--baseline',
      'Managed provider',
      '--from',
      '2009-05',
    ]);
  });

  it('reads backslash escapes outside quotes and \\" inside double quotes', () => {
    assert.deepEqual(words(String.raw`a\ b "say \"hi\"" 'x\y'`), ['a b', 'say "hi"', String.raw`x\y`]);
  });

  it('treats an unquoted # at the start of a word as a comment', () => {
    assert.deepEqual(shellWords('validate a.json  # exit 2'), { words: [{ text: 'validate' }, { text: 'a.json' }], comment: ' exit 2' });
    assert.deepEqual(words('compare --discount-rate 8%#x'), ['compare', '--discount-rate', '8%#x']);
  });

  it('refuses pipes, redirections and variables rather than misreading them', () => {
    for (const command of ['schedule a.json | head', 'schedule a.json > out.csv', 'compare $FILES', 'a; b', 'compare "$HOME"']) {
      assert.throws(() => shellWords(command), ExampleSyntaxError, command);
    }
  });
});

describe('consoleExamples', () => {
  it('pairs each $ costmodel line with the lines under it', () => {
    const examples = consoleExamples(block('$ costmodel validate scenarios/self-hosted.json', 'ok line', '$ costmodel --version', '0.1.0'), projectRoot);
    assert.deepEqual(
      examples.map((e) => [e.line, e.args, e.output, e.exitCode]),
      [
        [11, ['validate', 'scenarios/self-hosted.json'], 'ok line\n', 0],
        [13, ['--version'], '0.1.0\n', 0],
      ],
    );
  });

  it('reads the exit code from a trailing "# exit N"', () => {
    assert.equal(consoleExamples(block('$ costmodel validate nope.json  # exit 2', 'x'), projectRoot)[0]?.exitCode, 2);
  });

  it('expands globs in sorted order and leaves quoted or unmatched patterns alone', () => {
    const [example] = consoleExamples(block('$ costmodel validate scenarios/*.json "docs/*.md" nothing/*.json'), projectRoot);
    assert.deepEqual(example?.args, [
      'validate',
      'scenarios/managed-provider.json',
      'scenarios/self-hosted-with-it-hire.json',
      'scenarios/self-hosted.json',
      'docs/*.md',
      'nothing/*.json',
    ]);
  });

  it('takes NAME=value words before costmodel as environment variables', () => {
    const [example] = consoleExamples(block('$ COSTMODEL_MONTHS=24 costmodel compare a.json'), projectRoot);
    assert.deepEqual([example?.env, example?.args], [{ COSTMODEL_MONTHS: '24' }, ['compare', 'a.json']]);
  });

  it('runs `npx costmodel` as costmodel', () => {
    assert.deepEqual(consoleExamples(block('$ npx costmodel --version', '0.1.0'), projectRoot)[0]?.args, ['--version']);
  });

  it('continues a command on the next line after a trailing backslash', () => {
    const [example] = consoleExamples(block('$ costmodel compare a.json \\', '    b.json --months 12', 'out'), projectRoot);
    assert.deepEqual([example?.args, example?.output], [['compare', 'a.json', 'b.json', '--months', '12'], 'out\n']);
  });

  it('expects no output when the next line is another command', () => {
    const examples = consoleExamples(block('$ costmodel schema -o /dev/null', '$ costmodel --version', '0.1.0'), projectRoot);
    assert.equal(examples[0]?.output, '');
  });

  it('refuses a block that does not start with a command, and commands other than costmodel', () => {
    assert.throws(() => consoleExamples(block('output first'), projectRoot), ExampleSyntaxError);
    assert.throws(() => consoleExamples(block('$ ls scenarios'), projectRoot), /only "costmodel" commands/);
  });
});
