import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import type { RevisitReport } from '../../lib/report/revisitReport.js';
import type { CliContext } from '../context.js';
import { emitOutput, reportIssues } from '../context.js';
import { loadScenariosToWrite } from '../outputFiles.js';
import { analysisOptionsFrom, chooseFormat, withAnalysisOptions, withOutputFile, withScenarioFiles, withTrialOptions } from '../options.js';
import type { AnalysisArgs } from '../options.js';

const FORMATS = ['markdown', 'html', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];
const FORMAT_BY_EXTENSION: Record<string, ReportFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.json': 'json' };
const NOTHING_WRITTEN = 'No report was written.';

type ReportArgs = AnalysisArgs & {
  files: string[];
  format?: ReportFormat;
  output?: string;
  revisit?: string;
  actuals?: string;
  'actuals-cost'?: 'billed' | 'effective';
  previous?: string;
  record?: string;
  decision?: string;
  date?: string;
  trials?: number;
  seed?: number;
};

/** `costmodel report <files..>`: the revisit report — decision, thresholds, commitments, actuals, changes. */
export function reportCommand(context: CliContext): CommandModule<object, ReportArgs> {
  return {
    command: 'report <files..>',
    describe: 'Write the revisit report: the decision, what would change it, what signing commits you to, actual spending and what changed',
    builder: (yargs: Argv) =>
      withTrialOptions(withOutputFile(withAnalysisOptions(withScenarioFiles(yargs)), 'Write to FILE: .md (the chart is written beside it as FILE.png), .html (self-contained) or .json'), 'When an input is a range: trials of the simulation under "How sure are we"')
        .option('format', { alias: 'f', choices: FORMATS, describe: 'Output format (default: markdown, or what the -o extension says)' })
        .option('revisit', { type: 'string', requiresArg: true, describe: 'The month to look at the decision again, YYYY-MM (default: twelve months after the start of the analysis)' })
        .option('actuals', {
          type: 'string',
          requiresArg: true,
          describe: 'CSV of actual spending to compare with the plan: columns month, scenario, item, amount, or a FinOps FOCUS bill (told by its header)',
        })
        .option('actuals-cost', { choices: ['billed', 'effective'] as const, describe: 'For a FOCUS bill: sum BilledCost (billed, the default) or EffectiveCost (effective, amortized)' })
        .option('previous', { type: 'string', requiresArg: true, describe: 'A decision record written earlier with --record: show what changed since' })
        .option('record', { type: 'string', requiresArg: true, describe: 'Also write a record of this decision (JSON) for the next revisit' })
        .option('decision', { type: 'string', requiresArg: true, describe: 'The decision as you would write it down, kept in the report and the record' })
        .option('date', {
          type: 'string',
          requiresArg: true,
          describe: 'The day of the report, YYYY-MM-DD (default: today). The report looks ahead from its month: options not taken start then, and so does the analysis unless --from is given',
        })
        .example('$0 report scenarios/self-hosted.json scenarios/managed-provider.json --date 2009-05-04 -o report.md', 'The founding decision as of May 2009, with the chart beside it as report.png')
        .example(
          '$0 report scenarios/self-hosted.json scenarios/managed-provider.json --decision "Not now; revisit in May 2010" --record decision.json -o report.html',
          'Record the decision for next year',
        )
        .example(
          '$0 report scenarios/self-hosted.json scenarios/managed-provider.json --actuals scenarios/actuals/self-hosted-2009-05-to-2010-04.csv --previous decision.json -o revisit.html',
          'A year later: actual spending, and what changed since the recorded decision',
        ) as unknown as Argv<ReportArgs>,
    handler: async (argv) => {
      if (argv.format === undefined && argv.output !== undefined && /\.pdf$/i.test(argv.output)) {
        const advice = 'costmodel writes .md, .html or .json; for a PDF, write the .html report and print it (it is laid out for A4 and Letter)';
        return reportIssues(context, [{ code: 'unknown-extension', message: `-o ${argv.output}: ${advice}` }], NOTHING_WRITTEN);
      }
      const format = chooseFormat(argv.format, argv.output, FORMAT_BY_EXTENSION, 'markdown');
      if (!format.ok) return reportIssues(context, format.issues, NOTHING_WRITTEN);
      const clash = outputClash(argv);
      if (clash !== undefined) return reportIssues(context, [{ code: 'invalid-option', message: clash }], NOTHING_WRITTEN);
      // The report, its chart and the record are written one after the other: make sure each can be written first.
      context.read.push(...[argv.actuals, argv.previous].filter((file): file is string => file !== undefined));
      const scenarios = await loadScenariosToWrite(context, argv.files, outputFiles(argv, format.value), NOTHING_WRITTEN, NOTHING_WRITTEN);
      if (scenarios === undefined) return;
      const [{ readTextFile }, { tryRevisitReport }] = await Promise.all([import('../../lib/io/readTextFile.js'), import('../../lib/report/revisitReport.js')]);
      // The files are read here; reading what is in them is the report's, which knows the reporting currency.
      const [actuals, previous] = await Promise.all([
        argv.actuals === undefined ? undefined : readTextFile(argv.actuals, 'CSV file'),
        argv.previous === undefined ? undefined : readTextFile(argv.previous, 'decision record', 'json'),
      ]);
      // A file that cannot be read is reported with every problem of the other one, not instead of them.
      const unread = [...(actuals?.ok === false ? actuals.issues : []), ...(previous?.ok === false ? previous.issues : [])];
      if (argv['actuals-cost'] !== undefined && argv.actuals === undefined) unread.push({ code: 'invalid-option', message: '--actuals-cost: give the FOCUS bill to sum with --actuals FILE' });
      const made = tryRevisitReport(scenarios, {
        ...analysisOptionsFrom(argv),
        ...(argv.revisit === undefined ? {} : { revisit: String(argv.revisit) }),
        date: argv.date === undefined ? today() : String(argv.date),
        ...(argv.decision === undefined ? {} : { decision: String(argv.decision) }),
        ...(argv.trials === undefined ? {} : { trials: argv.trials }),
        ...(argv.seed === undefined ? {} : { seed: argv.seed }),
        ...(actuals?.ok === true && argv.actuals !== undefined ? { actuals: { csv: actuals.value, file: argv.actuals, ...(argv['actuals-cost'] === undefined ? {} : { cost: argv['actuals-cost'] }) } } : {}),
        ...(previous?.ok === true && argv.previous !== undefined ? { previous: { json: previous.value, file: argv.previous } } : {}),
      });
      if (!made.ok || unread.length > 0) return reportIssues(context, [...unread, ...(made.ok ? [] : made.issues)], NOTHING_WRITTEN);
      const report = made.value;
      const content = await renderReport(context, report, format.value, argv.output, argv.files);
      if (content === undefined) return;
      if (!(await emitOutput(context, content, argv.output, argv.files))) return;
      if (argv.record !== undefined) {
        const [{ decisionRecord }, { renderJson }] = await Promise.all([import('../../lib/report/decisionRecord.js'), import('../../lib/render/renderJson.js')]);
        await emitOutput(context, renderJson(decisionRecord(report, scenarios)), argv.record, argv.files);
      }
    },
  };
}

/** Every file the command will write. */
function outputFiles(argv: ReportArgs, format: ReportFormat): string[] {
  const toFile = argv.output !== undefined && argv.output !== '-';
  return [
    ...(toFile ? [argv.output as string] : []),
    ...(toFile && format === 'markdown' ? [chartFileOf(argv.output as string)] : []),
    ...(argv.record === undefined ? [] : [argv.record]),
  ];
}

/** Where the chart of a Markdown report goes: beside it, with its name (report.md → report.png). */
function chartFileOf(output: string): string {
  return join(dirname(output), `${basename(output, extname(output))}.png`);
}

/** A file the command would both read and write, or write twice, in one sentence; undefined when there is none. */
function outputClash(argv: ReportArgs): string | undefined {
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && resolve(a) === resolve(b);
  if (same(argv.record, argv.previous)) return `--record ${argv.record as string}: that is the --previous record being read; write the new record under another name (the old one is the evidence of the last decision)`;
  if (same(argv.record, argv.output)) return `--record ${argv.record as string}: that is also the -o file; give the record its own name`;
  if (argv.output !== undefined && argv.output !== '-' && same(argv.record, chartFileOf(argv.output))) {
    return `--record ${argv.record as string}: that is where the chart of ${argv.output} goes; give the record its own name`;
  }
  return undefined;
}

/**
 * The report in one format, loading only what that format needs. Markdown written to a file
 * gets the break-even chart beside it as a PNG (FILE.md → FILE.png); HTML has it inline.
 * Returns undefined (after reporting) when the chart cannot be written.
 */
async function renderReport(
  context: CliContext,
  report: RevisitReport,
  format: ReportFormat,
  output: string | undefined,
  inputs: readonly string[],
): Promise<string | undefined> {
  if (format === 'json') return (await import('../../lib/render/renderJson.js')).renderJson(report);
  const toFile = output !== undefined && output !== '-';
  if (format === 'markdown') {
    const { renderReportMarkdown } = await import('../../lib/render/report/renderReportMarkdown.js');
    if (!toFile) return renderReportMarkdown(report);
    const chartFile = chartFileOf(output);
    const png = await drawChart(context, report, 'png');
    if (!(await emitOutput(context, png, chartFile, inputs))) return undefined;
    return renderReportMarkdown(report, { chartPath: basename(chartFile) });
  }
  const { renderReportHtml } = await import('../../lib/render/report/renderReportHtml.js');
  const svg = await drawChart(context, report, 'svg');
  return renderReportHtml(report, { chartSvg: String(svg) });
}

async function drawChart(context: CliContext, report: RevisitReport, format: 'png' | 'svg'): Promise<string | Uint8Array> {
  const [{ breakEvenChart }, { renderChart }, { readChartFonts }] = await Promise.all([
    import('../../lib/render/charts/breakEvenChart.js'),
    import('../../lib/render/charts/renderChart.js'),
    import('../../lib/io/readChartFonts.js'),
  ]);
  return renderChart(breakEvenChart(report.comparison, { revisit: report.revisit }), format, {
    ...(format === 'png' ? { fonts: await readChartFonts({ woff2: false }) } : {}),
    onWarning: (message) => context.io.stderr(`costmodel: warning while drawing the chart: ${message}\n`),
  });
}

/** Today's date, YYYY-MM-DD, in the local time zone: the day written on the report. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
