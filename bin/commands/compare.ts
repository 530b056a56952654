import type { Argv, CommandModule } from 'yargs';
import type { Comparison } from '../../lib/report/comparison.js';
import type { CliContext } from '../context.js';
import { emitOutput, reportIssues } from '../context.js';
import { tuneV8ForBatch } from '../batchV8Flags.js';
import { loadScenariosToWrite } from '../outputFiles.js';
import { analysisOptionsFrom, chooseFormat, withAnalysisOptions, withOutputFile, withScenarioFiles, withUnitCostOptions } from '../options.js';
import type { AnalysisArgs } from '../options.js';
import { withChartOption, writeChart } from './chart.js';

const FORMATS = ['table', 'markdown', 'json', 'csv'] as const;
type CompareFormat = (typeof FORMATS)[number];
const FORMAT_BY_EXTENSION: Record<string, CompareFormat> = { '.txt': 'table', '.md': 'markdown', '.markdown': 'markdown', '.json': 'json', '.csv': 'csv' };

type CompareArgs = AnalysisArgs & {
  files: string[];
  format?: CompareFormat;
  output?: string;
  chart?: string;
};

/** `costmodel compare <files..>`: totals per year, difference, break-even and commitments. */
export function compareCommand(context: CliContext): CommandModule<object, CompareArgs> {
  return {
    command: 'compare <files..>',
    describe: 'Compare scenarios over a horizon: totals per year, difference to the baseline, break-even, commitments',
    builder: (yargs: Argv) =>
      withChartOption(withOutputFile(withUnitCostOptions(withAnalysisOptions(withScenarioFiles(yargs)))))
        .option('format', {
          alias: 'f',
          choices: FORMATS,
          describe: 'Output format (default: table, or what the -o extension says)',
        })
        .example('$0 compare scenarios/*.json', 'Compare every example scenario over 36 months')
        .example('$0 compare scenarios/*.json --months 60 --discount-rate 8%', 'Five years, with NPV at 8% a year')
        .example('$0 compare scenarios/self-hosted.json scenarios/managed-provider.json --baseline "Managed provider" -o comparison.md', 'Markdown for a proposal')
        .example('$0 compare scenarios/*.json --exit-after 12', 'What leaving each committed option after a year costs')
        .example('$0 compare scenarios/self-hosted.json docs/examples/provider-eu.json --currency USD --rate EUR=1.08', 'A quote in euros converted at 1.08 USD per EUR')
        .example('$0 compare scenarios/growth/self-hosted.json scenarios/growth/managed-provider.json --per customers --per-target 50', 'Cost per customer, and when it is 50 or less') as unknown as Argv<CompareArgs>,
    handler: async (argv) => {
      await tuneV8ForBatch(argv.files.length);
      const scenarios = await loadScenariosToWrite(context, argv.files, [argv.output, argv.chart], 'Nothing was compared.');
      if (scenarios === undefined) return;
      const { tryCompareWritingMonths } = await import('../../lib/report/compare.js');
      const compared = tryCompareWritingMonths(scenarios, analysisOptionsFrom(argv), 'on first read');
      if (!compared.ok) return reportIssues(context, compared.issues, 'Nothing was compared.');
      const format = chooseFormat(argv.format, argv.output, FORMAT_BY_EXTENSION, 'table');
      if (!format.ok) return reportIssues(context, format.issues, 'Nothing was written.');
      const content = await renderComparison(compared.value, format.value, context.io.columns);
      const written = await emitOutput(context, content, argv.output, argv.files);
      if (written && argv.chart !== undefined) await writeChart(context, compared.value, { output: argv.chart, type: 'breakeven', inputs: argv.files });
    },
  };
}

/** Renders in one format, loading only that renderer's module. */
async function renderComparison(comparison: Comparison, format: CompareFormat, columns: number | undefined): Promise<string> {
  switch (format) {
    case 'markdown':
      return (await import('../../lib/render/renderMarkdown.js')).renderMarkdown(comparison);
    case 'json':
      return (await import('../../lib/render/renderJson.js')).renderJson(comparison);
    case 'csv':
      return (await import('../../lib/render/renderComparisonCsv.js')).renderComparisonCsv(comparison);
    case 'table':
      return (await import('../../lib/render/renderTable.js')).renderTable(comparison, columns === undefined ? {} : { width: columns });
  }
}
