/**
 * Golden files of the revisit report and of the chart page, written through the command line
 * as a user runs it: the founding decision of May 2009, the revisit of May 2010 with actual
 * spending and the previous record, the growth example discounted, and a report over every
 * kind of term and item (an exit fee, notice, renewal, overlap, another currency, hardware in
 * the amortized view, staff, usage tiers) made as of a later date, so options are moved, and
 * the founding decision with ranges (how sure we are, over seeded trials).
 * Refresh with UPDATE_GOLDEN=1 after an intended change, then review the diff.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expectGolden } from '../golden/golden.js';
import { projectRoot } from '../support/fixtures.js';
import { cli } from './cliHarness.js';

const FOUNDING = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];
const GROWTH = ['scenarios/growth/self-hosted.json', 'scenarios/growth/managed-provider.json'];
const TERMS = [
  'scenarios/self-hosted.json',
  'docs/examples/own-servers.json',
  'docs/examples/provider-terms.json',
  'docs/examples/provider-eu.json',
  'docs/examples/on-call-hire.json',
  'docs/examples/per-customer-fee.json',
];
const UNCERTAIN = ['scenarios/uncertain/self-hosted.json', 'scenarios/uncertain/managed-provider.json', '--date', '2009-05-04', '--trials', '2000', '--seed', '7'];
const TERMS_OPTIONS = ['--rate', 'EUR=1.37', '--view', 'amortized', '--discount-rate', '5%', '--exit-after', '6', '--date', '2010-02-10', '--revisit', '2011-02'];

describe('golden files of the revisit report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-golden-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const record = join(dir, 'decision.json');

  /** Runs costmodel, expecting success; returns the file it wrote, with the temporary directory named `<dir>`. */
  const written = async (file: string, ...args: string[]) => {
    const run = await cli(...args, '-o', join(dir, file));
    assert.deepEqual([run.code, run.stderr], [0, ''], `costmodel ${args.join(' ')}`);
    return readFileSync(join(dir, file), 'utf8').replaceAll(dir, '<dir>');
  };

  it('founding decision as Markdown, with its record', async () => {
    const args = ['report', ...FOUNDING, '--date', '2009-05-04', '--decision', 'Not now: keep self-hosting and revisit in May 2010.', '--record', record];
    expectGolden('report.founding.md', await written('founding.md', ...args));
    expectGolden('report.founding.record.json', readFileSync(record, 'utf8'));
  });
  it('founding decision as HTML', async () => {
    expectGolden('report.founding.html', await written('founding.html', 'report', ...FOUNDING, '--date', '2009-05-04', '--decision', 'Not now: keep self-hosting and revisit in May 2010.'));
  });
  it('founding decision as JSON', async () => {
    expectGolden('report.founding.json', await written('founding.json', 'report', ...FOUNDING, '--date', '2009-05-04', '--decision', 'Not now: keep self-hosting and revisit in May 2010.'));
  });

  const revisit = ['report', ...FOUNDING, '--date', '2010-05-03', '--revisit', '2011-05', '--actuals', 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv', '--previous', record, '--decision', 'Keep self-hosting; look again in May 2011.'];
  for (const [extension, name] of [['md', 'Markdown'], ['html', 'HTML'], ['json', 'JSON']] as const) {
    it(`revisit of May 2010 with actuals and the previous record as ${name}`, async () => {
      expectGolden(`report.2010-05.${extension}`, await written(`revisit.${extension}`, ...revisit));
    });
  }

  for (const extension of ['md', 'json'] as const) {
    it(`growth example over 60 months, discounted at 8%, as ${extension}`, async () => {
      expectGolden(`report.growth.${extension}`, await written(`growth.${extension}`, 'report', ...GROWTH, '--months', '60', '--discount-rate', '8%', '--date', '2009-05-04'));
    });
    it(`the founding decision with ranges, 2,000 trials, as ${extension}`, async () => {
      expectGolden(`report.uncertain.${extension}`, await written(`uncertain.${extension}`, 'report', ...UNCERTAIN));
    });
    if (extension === 'md') {
      it('the sentence docs/simulation.md quotes from the report with ranges', () => {
        const sentence = /With its ranges drawn [^.]*\.\d% of them\./.exec(readFileSync(`${projectRoot}test/golden/report.uncertain.md`, 'utf8'))?.[0];
        const docs = readFileSync(`${projectRoot}docs/simulation.md`, 'utf8').replace(/\s+/g, ' ');
        assert.ok(sentence !== undefined && docs.includes(sentence), `docs/simulation.md should quote: ${sentence}`);
        assert.ok(docs.includes(`costmodel report ${UNCERTAIN.slice(0, 2).join(' ')} \\ ${UNCERTAIN.slice(2).join(' ')}`), 'docs/simulation.md should show the command of the golden report');
      });
    }
    it(`every kind of term and item, as of February 2010, as ${extension}`, async () => {
      expectGolden(`report.terms.${extension}`, await written(`terms.${extension}`, 'report', ...TERMS, ...TERMS_OPTIONS));
    });
  }
});

describe('golden files of the chart page and the long monthly chart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'costmodel-golden-chart-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const written = async (file: string, ...args: string[]) => {
    const run = await cli(...args, '-o', join(dir, file));
    assert.deepEqual([run.code, run.stderr], [0, ''], `costmodel ${args.join(' ')}`);
    return readFileSync(join(dir, file), 'utf8');
  };

  it('the break-even chart as a self-contained page', async () => {
    expectGolden('chart.breakeven.html', await written('breakeven.html', 'chart', ...FOUNDING, '--revisit', '2010-05'));
  });
  it('the monthly chart of a 15-year horizon, drawn per year', async () => {
    expectGolden('chart.monthly.years.html', await written('monthly.html', 'chart', ...FOUNDING, 'scenarios/self-hosted-with-it-hire.json', '--type', 'monthly', '--months', '180'));
  });
});
