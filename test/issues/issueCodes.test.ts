/**
 * The error catalogue (lib/issues/issueCodes.ts) lists exactly the codes costmodel produces,
 * and docs/errors.md documents exactly the codes it lists:
 *
 *   each code of IssueCode ─▶ its real inputs below (bad files, options, CSV files, records,
 *     output files), run through the library or the CLI in-process ─▶ an issue with the code
 *   docs/errors.md ─▶ one "### `code`" section per listed code, opening with its meaning
 *     ─▶ every example of the section, run, produces the code
 *
 * A code produced somewhere but not listed does not type-check (Issue.code is an IssueCode).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../../bin/cli.js';
import { readActualsCsv } from '../../lib/io/readActualsCsv.js';
import { readDecisionRecord } from '../../lib/io/readDecisionRecord.js';
import { readScenarioFile } from '../../lib/io/readScenarioFile.js';
import type { Issue, Result } from '../../lib/issues/issue.js';
import { IssueCode } from '../../lib/issues/issueCodes.js';
import { tryCompare } from '../../lib/report/compare.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { MANAGED, scenario, SELF_HOSTED, writeFile } from '../cli/cliHarness.js';
import { consoleExamples } from '../docs/consoleExamples.js';
import { codeBlocks, type CodeBlock } from '../docs/markdownBlocks.js';
import { clearCostmodelEnvironment, runExample } from '../docs/runExample.js';
import { projectRoot } from '../support/fixtures.js';

// The docs' examples name files relative to the project root.
process.chdir(projectRoot);
clearCostmodelEnvironment();

const dir = mkdtempSync(join(tmpdir(), 'costmodel-codes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file (text as is, anything else as JSON) into this test's folder; returns its path. */
function file(name: string, content: unknown): string {
  return writeFile(dir, name, content);
}

/** A path in this test's folder that nothing is written to. */
function nowhere(name: string): string {
  return join(dir, name);
}

function issuesOf(result: Result<unknown>): readonly Issue[] {
  return result.ok ? [] : result.issues;
}

/** Runs `costmodel …args` in-process; the problems it reports, as data. */
async function cli(...args: string[]): Promise<readonly Issue[]> {
  const issues: Issue[] = [];
  await runCli(args, { stdout: () => undefined, stderr: () => undefined, issue: (issue) => issues.push(issue) });
  return issues;
}

/** Reads a scenario file written with `content`, as `costmodel validate` does. */
async function scenarioFile(name: string, content: unknown): Promise<readonly Issue[]> {
  return issuesOf(await readScenarioFile(file(name, content)));
}

async function actualsFile(name: string, csv: string): Promise<readonly Issue[]> {
  return issuesOf(await readActualsCsv(file(name, csv), { currency: 'USD' }));
}

async function recordFile(name: string, content: unknown): Promise<readonly Issue[]> {
  return issuesOf(await readDecisionRecord(file(name, content)));
}

/** `report --actuals` as of the founding decision (36 months from 2009-05), on self-hosting and the provider. */
async function reportWithActuals(name: string, csv: string): Promise<readonly Issue[]> {
  return cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--actuals', file(name, csv));
}

const ACTUALS_HEADER = 'Month,Scenario,Item,Amount\n';
const CUSTOMERS = { customers: { value: 200, growth: { add: 20, every: 'month' } } };
const usage = (fields: Record<string, unknown>) => scenario({ drivers: CUSTOMERS, costs: [{ name: 'Customer fee', kind: 'usage', driver: 'customers', ...fields }] });
const foundingRecord = (): Record<string, unknown> => JSON.parse(readFileSync(`${projectRoot}test/fixtures/records/founding-v1.json`, 'utf8')) as Record<string, unknown>;

type Input = () => Promise<readonly Issue[]>;

/** For each code, inputs that make costmodel produce it, each named by what is wrong with it. */
const INPUTS: { readonly [Code in IssueCode]: Readonly<Record<string, Input>> } = {
  'file-not-found': {
    'a scenario file that does not exist': () => cli('validate', nowhere('missing.json')),
    'a base file that does not exist': () => scenarioFile('extends-missing.json', scenario({ extends: 'missing-base.json' })),
    'a driver CSV file that does not exist': () => scenarioFile('csv-missing.json', scenario({ drivers: { customers: { csv: 'missing.csv' } } })),
    'a decision record that does not exist': async () => issuesOf(await readDecisionRecord(nowhere('missing-record.json'))),
    'actual spending that does not exist': async () => issuesOf(await readActualsCsv(nowhere('missing.csv'), { currency: 'USD' })),
  },
  'unreadable-file': {
    'a directory given as a scenario file': () => cli('validate', dir),
  },
  'file-too-large': {
    'a device that never ends, given as a scenario file': () => cli('validate', '/dev/zero'),
  },
  'invalid-encoding': {
    'actual spending saved as UTF-16': () => actualsFile('utf16.csv', `\uFEFF${ACTUALS_HEADER}`.replace(/[^]/g, (c) => `${c}\u0000`)),
    'a scenario file in Latin-1': async () => {
      writeFileSync(nowhere('latin1.json'), Buffer.from('{ "name": "Caf\u00e9" }', 'latin1'));
      return issuesOf(await readScenarioFile(nowhere('latin1.json')));
    },
  },
  'duplicate-key': {
    'a scenario file that gives "costs" twice': () => scenarioFile('costs-twice.json', '{ "costs": [], "costs": [] }'),
    'a decision record that gives "version" twice': () => recordFile('version-twice.json', '{ "version": 1, "version": 1 }'),
  },
  'inexact-number': {
    'a scenario file with an amount of 2^53 + 1': () => scenarioFile('too-many-digits.json', '{ "name": "x", "currency": "USD", "start": "2009-05", "costs": [{ "name": "a", "kind": "one-time", "amount": 9007199254740993 }] }'),
    'a decision record with 1e-400': () => recordFile('too-small.json', '{ "version": 1e-400 }'),
  },
  'invalid-character': {
    'an escape sequence in a scenario name': () => scenarioFile('escape.json', scenario({ name: 'Colo\u001b[2J' })),
    'a NUL in --decision': () => cli('report', SELF_HOSTED, MANAGED, '--date', '2009-05-04', '--decision', 'Not now\u0000'),
  },
  'invalid-json': {
    'a scenario file with a trailing comma': () => scenarioFile('trailing-comma.json', '{ "name": "Colocation", }\n'),
    'a decision record cut short': () => recordFile('cut-short.json', '{ "version": 1,'),
  },
  'unknown-key': {
    'a misspelt key': () => scenarioFile('colour.json', scenario({ colour: 'blue' })),
  },
  'missing-key': {
    'a scenario without a currency': () => scenarioFile('no-currency.json', scenario({ currency: undefined })),
    'a driver without values': () => scenarioFile('no-values.json', scenario({ drivers: { customers: { unit: 'customer' } } })),
    'a decision record without a version': () => recordFile('no-version.json', { kind: 'costmodel-decision-record' }),
  },
  'wrong-type': {
    'a number for a commitment': () => scenarioFile('commitment-24.json', scenario({ commitment: 24 })),
  },
  'invalid-value': {
    'a month written in words': () => scenarioFile('may-2009.json', scenario({ start: 'May 2009' })),
    'a decision record version in words': () => recordFile('version-one.json', { kind: 'costmodel-decision-record', version: 'one' }),
  },
  'out-of-range': {
    'equipment with no life': () => scenarioFile('zero-life.json', scenario({ costs: [{ name: 'Servers', kind: 'hardware', price: '36000', lifeMonths: 0 }] })),
  },
  'unknown-kind': {
    'a misspelt cost kind': () => scenarioFile('recuring.json', scenario({ costs: [{ name: 'Rack', kind: 'recuring', amount: '1000', every: 'month' }] })),
  },
  'unknown-currency': {
    'a currency code that is not ISO 4217': () => scenarioFile('ukp.json', scenario({ currency: 'UKP' })),
  },
  'before-start': {
    'a payment before the start': () =>
      scenarioFile('before-start.json', scenario({ costs: [{ name: 'Setup', kind: 'one-time', amount: '45000', month: '2009-04' }] })),
  },
  'duplicate-item': {
    'two items of one name': () =>
      scenarioFile(
        'two-racks.json',
        scenario({
          costs: [
            { name: 'Rack', kind: 'recurring', amount: '1000', every: 'month' },
            { name: 'Rack', kind: 'one-time', amount: '500' },
          ],
        }),
      ),
  },
  'conflicting-keys': {
    'a driver given two ways': () => scenarioFile('two-ways.json', scenario({ drivers: { customers: { value: 200, values: [200, 220] } } })),
    'a CSV driver with a first month': () => {
      file('plan.csv', 'month,customers\n2009-05,200\n');
      return scenarioFile('csv-from.json', scenario({ drivers: { customers: { csv: 'plan.csv', from: '2009-05' } } }));
    },
  },
  'overlapping-tiers': {
    'a tier below the one before': () =>
      scenarioFile('tiers-down.json', usage({ tiers: [{ upTo: 500, price: '0' }, { upTo: 100, price: '30' }, { price: '25' }] })),
  },
  'unpriced-quantity': {
    'a last tier with an upper limit': () => scenarioFile('tiers-open.json', usage({ tiers: [{ upTo: 100, price: '0' }, { upTo: 500, price: '30' }] })),
  },
  'unknown-driver': {
    'a usage item naming a misspelt driver': () => scenarioFile('customer.json', usage({ driver: 'customer', price: '30' })),
    '--per naming a driver no scenario defines': () => cli('compare', SELF_HOSTED, '--per', 'customers'),
  },
  'extends-cycle': {
    'two files extending each other': () => {
      file('cycle-b.json', { extends: 'cycle-a.json' });
      return scenarioFile('cycle-a.json', { ...scenario(), extends: 'cycle-b.json' });
    },
  },
  'extends-needs-file': {
    'a scenario built in code that extends a file': async () => issuesOf(parseScenario({ ...scenario(), extends: 'base.json' })),
  },
  'csv-needs-file': {
    'a scenario built in code with a CSV driver': async () => issuesOf(parseScenario(scenario({ drivers: { customers: { csv: 'customers.csv' } } }))),
  },
  'outside-calendar': {
    'a scenario that starts in the year 0': () => scenarioFile('year-zero.json', scenario({ start: '0000-01' })),
    'an analysis that runs past 9999-12': () => cli('compare', file('year-9999.json', scenario({ start: '9999-01' }))),
  },
  'no-scenarios': {
    'a comparison of nothing': async () => issuesOf(tryCompare([])),
  },
  'duplicate-scenario': {
    'one file given twice': () => cli('compare', SELF_HOSTED, SELF_HOSTED),
  },
  'mixed-currencies': {
    'dollars and euros without a rate': () => cli('compare', SELF_HOSTED, file('euros.json', scenario({ currency: 'EUR' }))),
  },
  'conflicting-drivers': {
    'two scenarios growing their customers differently': () =>
      cli(
        'compare',
        file('slow.json', scenario({ name: 'Slow', drivers: CUSTOMERS })),
        file('fast.json', scenario({ name: 'Fast', drivers: { customers: { value: 200, growth: { add: 30, every: 'month' } } } })),
      ),
  },
  'unknown-scenario': {
    'an overlap with a misspelt scenario': () => cli('compare', SELF_HOSTED, file('overlap.json', scenario({ overlap: { scenario: 'Self hosted', months: 3 } }))),
    'actual spending for a misspelt scenario': () => reportWithActuals('self-hosted.csv', `${ACTUALS_HEADER}2009-05,Self hosted,Self-hosting,4000.00\n`),
  },
  'invalid-option': {
    '--months 0 (checked by the library)': () => cli('compare', SELF_HOSTED, '--months', '0'),
    'a chart without a file (checked by the chart command)': () => cli('chart', SELF_HOSTED),
    '--record naming the --previous record (checked by the report command)': () => cli('report', SELF_HOSTED, '--record', nowhere('r.json'), '--previous', nowhere('r.json')),
  },
  'unknown-baseline': {
    'a misspelt baseline': () => cli('compare', SELF_HOSTED, MANAGED, '--baseline', 'Self hosted'),
  },
  'invalid-csv': {
    'a driver CSV file that skips a month': () => {
      file('gap.csv', 'month,customers\n2009-05,200\n2009-07,240\n');
      return scenarioFile('gap.json', scenario({ drivers: { customers: { csv: 'gap.csv' } } }));
    },
    'a JSON file given as actual spending': async () => issuesOf(await readActualsCsv(SELF_HOSTED, { currency: 'USD' })),
  },
  'missing-column': {
    'a driver CSV file without the driver column': () => {
      file('customer.csv', 'month,customer\n2009-05,200\n');
      return scenarioFile('customer-column.json', scenario({ drivers: { customers: { csv: 'customer.csv' } } }));
    },
    'actual spending without amounts': () => actualsFile('no-amount.csv', 'Month,Scenario,Item\n2009-05,Self-hosted,Self-hosting\n'),
  },
  'unknown-column': {
    'a column of actual spending named Cost': () => actualsFile('cost.csv', 'Month,Scenario,Item,Cost\n2009-05,Self-hosted,Self-hosting,4000.00\n'),
  },
  'duplicate-column': {
    'two amount columns': () => actualsFile('two-amounts.csv', 'Month,Scenario,Amount,Amount\n2009-05,Self-hosted,4000.00,4000.00\n'),
  },
  'no-rows': {
    'a header alone': () => actualsFile('header-only.csv', ACTUALS_HEADER),
  },
  'invalid-row': {
    'an amount with an unquoted thousands separator': () => actualsFile('thousands.csv', `${ACTUALS_HEADER}2009-05,Self-hosted,Self-hosting,4,000.00\n`),
  },
  'invalid-month': {
    'a month in words': () => actualsFile('june.csv', `${ACTUALS_HEADER}June 2009,Self-hosted,Self-hosting,4000.00\n`),
  },
  'missing-value': {
    'a row without its scenario': () => actualsFile('no-scenario.csv', `${ACTUALS_HEADER}2009-05,,Self-hosting,4000.00\n`),
  },
  'invalid-amount': {
    'an amount with a decimal comma': () => actualsFile('comma.csv', `${ACTUALS_HEADER}2009-05,Self-hosted,Self-hosting,"4.000,00"\n`),
  },
  'outside-horizon': {
    'actual spending after the analysis': () => reportWithActuals('later.csv', `${ACTUALS_HEADER}2012-05,Self-hosted,Self-hosting,4000.00\n`),
  },
  'unknown-item': {
    'actual spending for an item the scenario lacks': () => reportWithActuals('power.csv', `${ACTUALS_HEADER}2009-05,Self-hosted,Power,180.00\n`),
  },
  'invalid-record': {
    'a scenario file given as a decision record': async () => issuesOf(await readDecisionRecord(SELF_HOSTED)),
  },
  'newer-record-version': {
    'a record of version 2': () => recordFile('version-2.json', { ...foundingRecord(), version: 2 }),
  },
  'record-hash-mismatch': {
    'a record whose decision was edited': () => recordFile('edited.json', { ...foundingRecord(), decision: 'Move now' }),
  },
  'unknown-extension': {
    'a spreadsheet file for a comparison': () => cli('compare', SELF_HOSTED, '-o', nowhere('comparison.xlsx')),
    'a PDF file for a report': () => cli('report', SELF_HOSTED, '-o', nowhere('report.pdf')),
  },
  'overwrites-input': {
    'an output over the input': () => {
      const input = join(dir, 'input.json');
      copyFileSync(SELF_HOSTED, input);
      return cli('compare', input, '-o', input);
    },
  },
  'unwritable-output': {
    'an output that is a symbolic link to nothing': () => {
      symlinkSync('gone.csv', nowhere('link-to-nothing.csv'));
      return cli('compare', SELF_HOSTED, '-o', nowhere('link-to-nothing.csv'));
    },
    'an output that is a folder': () => {
      mkdirSync(nowhere('a-folder.csv'), { recursive: true });
      return cli('compare', SELF_HOSTED, '-o', nowhere('a-folder.csv'));
    },
  },
  'unwritable-file': {
    'a comparison in a folder that does not exist': () => cli('compare', SELF_HOSTED, '-o', nowhere('no-folder/comparison.csv')),
    'a report in a folder that does not exist': () => cli('report', SELF_HOSTED, '-o', nowhere('no-folder/report.md')),
    'the trials of a simulation in a folder that does not exist': () => cli('simulate', SELF_HOSTED, '--samples', nowhere('no-folder/trials.csv')),
  },
};

const CODES = Object.keys(IssueCode) as IssueCode[];

describe('the error catalogue', () => {
  it('gives every code a meaning of one sentence', () => {
    const notSentences = CODES.filter((code) => !/^[A-Z][^\n]*\.$/.test(IssueCode[code]));
    assert.deepEqual(notSentences, []);
  });

  it('has inputs for exactly the codes it lists', () => {
    assert.deepEqual(Object.keys(INPUTS).sort(), [...CODES].sort());
  });

  for (const code of CODES) {
    const inputs = Object.entries(INPUTS[code] ?? {});
    it(`${code}: is produced by at least one input`, () => {
      assert.ok(inputs.length > 0, `no input produces ${code}`);
    });
    for (const [input, produce] of inputs) {
      it(`${code}: is produced by ${input}`, async () => {
        const issues = await produce();
        assert.ok(
          issues.some((issue) => issue.code === code),
          `expected an issue with the code ${code}, found ${issues.length === 0 ? 'none' : issues.map((issue) => `${issue.code}: ${issue.message}`).join('; ')}`,
        );
      });
    }
  }
});

/** One "### `code`" section of docs/errors.md: its first paragraph and its code blocks. */
type CodeSection = { readonly code: string; readonly line: number; readonly meaning: string; readonly blocks: readonly CodeBlock[] };

const ERRORS_PAGE = 'docs/errors.md';

function codeSections(markdown: string): CodeSection[] {
  const lines = markdown.split('\n');
  const blocks = codeBlocks(ERRORS_PAGE, markdown);
  const inBlock = (index: number) => blocks.some((block) => index >= block.line - 1 && index <= block.line + block.lines.length);
  const headings = lines.flatMap((text, index) => (/^#{1,3} /.test(text) && !inBlock(index) ? [index] : []));
  return headings.flatMap((start, n) => {
    const code = /^### `([^`]+)`$/.exec(lines[start] as string)?.[1];
    if (code === undefined) return [];
    const end = headings[n + 1] ?? lines.length;
    const body = lines.slice(start + 1, end);
    const first = body.findIndex((text) => text.trim() !== '');
    const blank = body.findIndex((text, i) => i > first && text.trim() === '');
    const meaning = body.slice(first, blank < 0 ? undefined : blank).join(' ');
    return [{ code, line: start + 1, meaning, blocks: blocks.filter((block) => block.line > start && block.line <= end) }];
  });
}

describe(ERRORS_PAGE, () => {
  const sections = codeSections(readFileSync(projectRoot + ERRORS_PAGE, 'utf8'));

  it('has a section for every code of the catalogue', () => {
    const documented = new Set(sections.map((section) => section.code));
    assert.deepEqual(
      CODES.filter((code) => !documented.has(code)),
      [],
    );
  });

  it('documents only codes of the catalogue, each once', () => {
    const extra = sections.filter((section, i) => !(section.code in IssueCode) || sections.findIndex((other) => other.code === section.code) < i);
    assert.deepEqual(
      extra.map((section) => `${ERRORS_PAGE}:${section.line}: ${section.code}`),
      [],
    );
  });

  for (const section of sections.filter((s) => s.code in IssueCode)) {
    const code = section.code as IssueCode;
    const where = `${ERRORS_PAGE}:${section.line}`;

    it(`${code}: opens with the meaning the catalogue gives (${where})`, () => {
      assert.equal(section.meaning, IssueCode[code]);
    });

    it(`${code}: shows an example that produces it (${where})`, async () => {
      const consoleBlocks = section.blocks.filter((block) => block.language === 'console');
      const tsBlocks = section.blocks.filter((block) => block.language === 'ts' && block.attributes.includes('run'));
      assert.ok(consoleBlocks.length + tsBlocks.length > 0, `${where}: no \`\`\`console or \`\`\`ts run example`);
      for (const block of tsBlocks) assert.ok(block.lines.join('\n').includes(`'${code}'`), `${ERRORS_PAGE}:${block.line}: the example does not show the code '${code}'`);
      for (const example of consoleBlocks.flatMap((block) => consoleExamples(block, projectRoot))) {
        const codes: string[] = [];
        await runExample(example, (issue) => codes.push(issue.code));
        assert.ok(codes.includes(code), `${example.file}:${example.line}: \`${example.command}\` produces ${codes.join(', ') || 'no issue'}, not ${code}`);
      }
    });
  }
});
