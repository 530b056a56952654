import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { decodePng } from '../render/charts/chartFixtures.js';
import { assertBadInput, cli, filesIn, IT_HIRE, lines, MANAGED, scenario, SELF_HOSTED, tempDir, writeFile } from './cliHarness.js';

describe('costmodel chart', () => {
  describe('writes the format the output file’s extension names', () => {
    for (const [extension, check] of [
      ['svg', (bytes: Buffer) => assert.ok(bytes.toString('utf8').startsWith('<svg xmlns="http://www.w3.org/2000/svg"'))],
      ['png', (bytes: Buffer) => assert.equal(decodePng(bytes).width, 1600)],
      ['html', (bytes: Buffer) => assert.ok(bytes.toString('utf8').startsWith('<!doctype html>'))],
      ['vl.json', (bytes: Buffer) => assert.equal((JSON.parse(bytes.toString('utf8')) as { $schema: string }).$schema, 'https://vega.github.io/schema/vega-lite/v6.json')],
    ] as const) {
      it(`.${extension}`, async (t) => {
        const dir = tempDir(t);
        const output = join(dir, `breakeven.${extension}`);
        const run = await cli('chart', SELF_HOSTED, MANAGED, '--revisit', '2010-05', '-o', output);
        assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
        check(readFileSync(output));
        assert.deepEqual(filesIn(dir), [`breakeven.${extension}`], 'no temporary file is left behind');
      });
    }
  });

  it('draws each chart type, with the same analysis options as compare', async (t) => {
    const dir = tempDir(t);
    for (const type of ['breakeven', 'monthly', 'totals']) {
      const output = join(dir, `${type}.vl.json`);
      const run = await cli('chart', SELF_HOSTED, IT_HIRE, MANAGED, '--type', type, '--months', '60', '--discount-rate', '8%', '--baseline', 'Managed provider', '-o', output);
      assert.deepEqual([run.code, run.stderr], [0, ''], type);
      const spec = JSON.parse(readFileSync(output, 'utf8')) as { usermeta: { costmodel: { chart: string; table: { caption: string } } }; title: { subtitle: string[] } };
      assert.equal(spec.usermeta.costmodel.chart, type);
      assert.ok(spec.title.subtitle[0]?.startsWith('60 months, May 2009 – Apr 2014 · USD'), spec.title.subtitle[0]);
    }
    const breakEven = JSON.parse(readFileSync(join(dir, 'breakeven.vl.json'), 'utf8')) as { title: { subtitle: string[] } };
    assert.ok(breakEven.title.subtitle.some((line) => line.startsWith('Self-hosted breaks even with Managed provider in May 2009') || line.startsWith('Self-hosted costs no more than Managed provider')), breakEven.title.subtitle.join('\n'));
  });

  it('follows --format over the extension, and writes text formats to stdout without -o', async () => {
    const run = await cli('chart', SELF_HOSTED, '--format', 'svg');
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.ok(run.stdout.startsWith('<svg'));
    const json = await cli('chart', SELF_HOSTED, MANAGED, '--format', 'vl.json', '-o', '-');
    assert.equal((JSON.parse(json.stdout) as { $schema: string }).$schema, 'https://vega.github.io/schema/vega-lite/v6.json');
  });

  describe('on bad input: a clear message, exit code 2, nothing written', () => {
    it('an extension that names no chart format', async (t) => {
      const dir = tempDir(t);
      const run = await cli('chart', SELF_HOSTED, '-o', join(dir, 'chart.pdf'));
      assertBadInput(run, [`-o ${join(dir, 'chart.pdf')}: cannot tell the chart format from the file name; end it in .svg, .png, .html or .vl.json, or give --format`, '1 problem. No chart was written.']);
      assert.deepEqual(filesIn(dir), []);
    });

    it('an unknown chart type', async () => {
      const run = await cli('chart', SELF_HOSTED, '--type', 'pie', '-o', 'x.svg');
      assert.equal(run.code, 2);
      assert.equal(lines(run.stderr)[0], 'costmodel: --type: expected one of "breakeven", "monthly", "totals", found "pie"');
    });

    it('an unknown format', async () => {
      const run = await cli('chart', SELF_HOSTED, '--format', 'pdf');
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--format/);
    });

    it('a PNG to standard output', async () => {
      assertBadInput(await cli('chart', SELF_HOSTED, '--format', 'png'), ['a PNG is binary: write it to a file with -o FILE.png', '1 problem. No chart was written.']);
    });

    it('no output file and no format', async () => {
      assertBadInput(await cli('chart', SELF_HOSTED), ['name the chart file with -o FILE (.svg, .png, .html or .vl.json), or give --format to write to standard output', '1 problem. No chart was written.']);
    });

    it('a revisit date that is not a month, or on a chart that has none', async () => {
      assertBadInput(await cli('chart', SELF_HOSTED, '--revisit', '2010-13', '--format', 'svg'), ['--revisit: expected a month as YYYY-MM, found "2010-13"', '1 problem. No chart was written.']);
      assertBadInput(await cli('chart', SELF_HOSTED, '--type', 'monthly', '--revisit', '2010-05', '--format', 'svg'), [
        '--revisit: only the break-even chart marks a revisit date, not the monthly chart',
        '1 problem. No chart was written.',
      ]);
    });

    it('an output path that cannot be written', async (t) => {
      const dir = tempDir(t);
      const output = join(dir, 'missing', 'chart.svg');
      assertBadInput(await cli('chart', SELF_HOSTED, '-o', output), [`${output}: cannot write the output file: its directory does not exist`, '1 problem in 1 file. Nothing was written.']);
    });

    it('an output path that is one of the scenario files', async (t) => {
      const dir = tempDir(t);
      const input = writeFile(dir, 'a.vl.json', scenario());
      const before = readFileSync(input, 'utf8');
      const run = await cli('chart', input, '-o', input);
      assert.equal(run.code, 2);
      assert.equal(readFileSync(input, 'utf8'), before);
    });

    it('an invalid scenario file, reported as compare reports it', async (t) => {
      const dir = tempDir(t);
      const bad = writeFile(dir, 'bad.json', scenario({ currency: 'usd' }));
      const run = await cli('chart', bad, '-o', join(dir, 'chart.svg'));
      assert.equal(run.code, 2);
      assert.match(lines(run.stderr).at(-1) ?? '', /No chart was written\.$/);
      assert.deepEqual(filesIn(dir), ['bad.json']);
    });
  });

  describe('charts what it is given, however little', () => {
    it('a single scenario', async (t) => {
      const output = join(tempDir(t), 'one.svg');
      const run = await cli('chart', MANAGED, '-o', output);
      assert.deepEqual([run.code, run.stderr], [0, '']);
      assert.ok(readFileSync(output, 'utf8').includes('Cumulative cost of Managed provider over 36 months'));
    });

    it('scenarios that cost nothing, over one month', async (t) => {
      const dir = tempDir(t);
      const free = writeFile(dir, 'free.json', scenario({ name: 'Free', costs: [] }));
      for (const type of ['breakeven', 'monthly', 'totals']) {
        const run = await cli('chart', free, '--months', '1', '--type', type, '-o', join(dir, `${type}.png`));
        assert.deepEqual([run.code, run.stderr], [0, ''], type);
      }
    });
  });
});

describe('costmodel compare --chart', () => {
  it('prints the table and writes the break-even chart beside it', async (t) => {
    const dir = tempDir(t);
    const output = join(dir, 'breakeven.svg');
    const run = await cli('compare', SELF_HOSTED, MANAGED, '--chart', output);
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.ok(run.stdout.includes('Managed provider never breaks even against Self-hosted within 36 months.'));
    assert.ok(readFileSync(output, 'utf8').includes('No break-even within 36 months:'));
  });

  it('refuses a chart file name with no chart extension before comparing anything', async (t) => {
    const dir = tempDir(t);
    const run = await cli('compare', SELF_HOSTED, MANAGED, '--chart', join(dir, 'chart.pdf'));
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--chart .*chart\.pdf: cannot tell the chart format from the file name; end it in \.svg, \.png, \.html or \.vl\.json/);
  });
});

describe('commands that draw nothing', () => {
  it('do not load vega, vega-lite or the PNG renderer', (t) => {
    const dir = tempDir(t);
    const log = join(dir, 'imports.log');
    writeFileSync(log, '');
    // A module resolve hook that appends every resolved URL to the log, registered before the CLI starts.
    const hook = `import { appendFileSync } from 'node:fs'; let log; export function initialize(data) { log = data.log; } export async function resolve(specifier, context, next) { const result = await next(specifier, context); appendFileSync(log, result.url + '\\n'); return result; }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, { data: { log: ${JSON.stringify(log)} } });`;
    const run = (...args: string[]) => {
      writeFileSync(log, '');
      execFileSync(process.execPath, ['--import', 'tsx', '--import', `data:text/javascript,${encodeURIComponent(register)}`, 'bin/costmodel.ts', ...args], { cwd: projectRoot, env: { PATH: process.env['PATH'] ?? '' } });
      return readFileSync(log, 'utf8').split('\n').filter((url) => /\/node_modules\/(vega|vega-lite|@resvg)\//.test(url));
    };
    assert.deepEqual(run('compare', SELF_HOSTED, MANAGED), []);
    assert.deepEqual(run('compare', SELF_HOSTED, MANAGED, '--format', 'json'), []);
    assert.deepEqual(run('schedule', SELF_HOSTED, MANAGED), []);
    assert.ok(run('chart', SELF_HOSTED, MANAGED, '-o', join(dir, 'chart.svg')).length > 0, 'the hook sees vega when a chart is drawn');
  });
});
