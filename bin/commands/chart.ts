import type { TopLevelSpec } from 'vega-lite';
import type { Argv, CommandModule } from 'yargs';
import { parseMonth } from '../../lib/calendar/month.js';
import { CHART_FORMATS, chartFormatOf, type ChartFormat } from '../../lib/render/charts/chartFormat.js';
import { CHART_TYPES, type ChartType } from '../../lib/render/charts/chartType.js';
import type { Comparison } from '../../lib/report/comparison.js';
import type { CliContext } from '../context.js';
import { emitOutput, reportIssues } from '../context.js';
import { restoreV8Defaults } from '../batchV8Flags.js';
import { loadScenariosToWrite } from '../outputFiles.js';
import { analysisOptionsFrom, withAnalysisOptions, withOutputFile, withScenarioFiles } from '../options.js';
import type { AnalysisArgs } from '../options.js';

type ChartArgs = AnalysisArgs & {
  files: string[];
  type: ChartType;
  format?: ChartFormat;
  output?: string;
  revisit?: string;
  scale?: number;
};

/** Where to write a chart, in which format: what every command that draws passes. */
export type ChartFileRequest = {
  /** The file to write, or `-`/undefined for standard output (text formats only). */
  readonly output: string | undefined;
  /** Overrides the format the output's extension names. */
  readonly format?: ChartFormat;
  /** PNG only: device pixels per CSS pixel. */
  readonly scale?: number;
  /** The scenario files, which the output must never overwrite. */
  readonly inputs: readonly string[];
};

/** What to draw and where: the chart command's choices, and what `compare --chart` passes. */
export type ChartRequest = ChartFileRequest & {
  readonly type: ChartType;
  /** Break-even chart only: the month to mark as the revisit date, `YYYY-MM`. */
  readonly revisit?: string;
};

const NOTHING_WRITTEN = 'No chart was written.';

/** `costmodel chart <files..>`: the break-even, monthly cost or totals chart as SVG, PNG, HTML or Vega-Lite JSON. */
export function chartCommand(context: CliContext): CommandModule<object, ChartArgs> {
  return {
    command: 'chart <files..>',
    describe: 'Draw the break-even, monthly cost or totals chart as SVG, PNG, self-contained HTML or Vega-Lite JSON',
    builder: (yargs: Argv) =>
      withOutputFile(withAnalysisOptions(withScenarioFiles(yargs)))
        .option('type', {
          alias: 't',
          choices: CHART_TYPES,
          default: 'breakeven' as const,
          describe: 'breakeven: cumulative cost with break-even, commitment ends and revisit date; monthly: cost per month by category; totals: totals (and NPV) and cost per year',
        })
        .option('format', {
          alias: 'f',
          choices: CHART_FORMATS,
          describe: 'File format (default: what the -o extension says: .svg, .png, .html or .vl.json)',
        })
        .option('revisit', { type: 'string', requiresArg: true, describe: 'Break-even chart: mark this month (YYYY-MM) as the date to revisit the decision' })
        .option('scale', { type: 'number', requiresArg: true, describe: 'PNG: device pixels per CSS pixel (default 2: an 800 px chart becomes 1600 px)' })
        .example('$0 chart scenarios/self-hosted.json scenarios/managed-provider.json --revisit 2010-05 -o breakeven.png', 'The break-even chart of the founding example')
        .example('$0 chart scenarios/*.json --type monthly -o monthly.svg', 'Cost per month by category, one panel per scenario')
        .example('$0 chart scenarios/*.json --type totals --discount-rate 8% -o totals.html', 'Totals and NPV as a page with the numbers beneath')
        .example('$0 chart scenarios/*.json -o breakeven.vl.json', 'The Vega-Lite spec, to open in the Vega editor') as unknown as Argv<ChartArgs>,
    handler: async (argv) => {
      const request: ChartRequest = {
        output: argv.output,
        type: argv.type,
        ...(argv.format === undefined ? {} : { format: argv.format }),
        ...(argv.revisit === undefined ? {} : { revisit: String(argv.revisit) }),
        ...(argv.scale === undefined ? {} : { scale: argv.scale }),
        inputs: argv.files,
      };
      const problem = requestProblem(request);
      if (problem !== undefined) return reportIssues(context, [{ code: 'invalid-option', message: problem }], NOTHING_WRITTEN);
      const scenarios = await loadScenariosToWrite(context, argv.files, [argv.output], NOTHING_WRITTEN);
      if (scenarios === undefined) return;
      const { tryCompare } = await import('../../lib/report/compare.js');
      const compared = tryCompare(scenarios, analysisOptionsFrom(argv));
      if (!compared.ok) return reportIssues(context, compared.issues, NOTHING_WRITTEN);
      await writeChart(context, compared.value, request);
    },
  };
}

/**
 * Draws a chart of a comparison and writes it atomically (or to stdout for the text formats).
 * Reports problems on stderr with exit code 2 and returns false; `compare --chart` calls this
 * after printing its table. vega, vega-lite and resvg load only here, only when drawing.
 */
export async function writeChart(context: CliContext, comparison: Comparison, request: ChartRequest): Promise<boolean> {
  const problem = requestProblem(request);
  if (problem !== undefined) {
    reportIssues(context, [{ code: 'invalid-option', message: problem }], NOTHING_WRITTEN);
    return false;
  }
  const [{ chartSpec }, { InputError }] = await Promise.all([import('../../lib/render/charts/chartSpec.js'), import('../../lib/issues/issue.js')]);
  let spec: TopLevelSpec;
  try {
    spec = chartSpec(request.type, comparison, request.revisit === undefined ? {} : { revisit: request.revisit });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reportIssues(context, error.issues, NOTHING_WRITTEN);
    return false;
  }
  return writeChartSpec(context, spec, request);
}

/**
 * Renders a chart spec in the format the request names (checked before: see
 * {@link withChartOption}) and writes it atomically, never over an input, or to stdout for
 * the text formats. `simulate --chart` calls this with its charts. vega, vega-lite and resvg
 * load only here, only when drawing.
 */
export async function writeChartSpec(context: CliContext, spec: TopLevelSpec, request: ChartFileRequest): Promise<boolean> {
  const format = (request.format ?? chartFormatOf(request.output ?? '')) as ChartFormat;
  // vega and vega-lite load from their code caches, which V8 keeps only under its own flags.
  restoreV8Defaults();
  const { renderChart } = await import('../../lib/render/charts/renderChart.js');
  // The renderers read no file: the fonts costmodel installs come from lib/io, for the formats that draw text.
  const fonts = format === 'png' || format === 'html' ? await (await import('../../lib/io/readChartFonts.js')).readChartFonts({ woff2: format === 'html' }) : undefined;
  const content = await renderChart(spec, format, {
    ...(request.scale === undefined ? {} : { scale: request.scale }),
    ...(fonts === undefined ? {} : { fonts }),
    // A warning from vega is a flaw in costmodel's chart, not in the user's input: say so, but still draw.
    onWarning: (message) => context.io.stderr(`costmodel: warning while drawing the chart: ${message}\n`),
  });
  return emitOutput(context, content, request.output, request.inputs);
}

/**
 * `--chart FILE` for `compare` and `simulate`: also write a chart (`what`), in the format its
 * extension names. A file name with no chart extension is a usage error before anything is computed.
 */
export function withChartOption<T>(yargs: Argv<T>, what = 'the break-even chart') {
  return yargs.option('chart', {
    type: 'string',
    requiresArg: true,
    describe: `Also write ${what} to FILE (.svg, .png, .html or .vl.json)`,
    coerce: (given: unknown) => {
      // A number in a config file is a file name like any other; given twice, or anything else there, is left for the check of every option's values to name (optionValues.ts).
      const file = typeof given === 'number' ? String(given) : given;
      if (typeof file !== 'string') return file;
      const problem = requestProblem({ output: file, type: 'breakeven', inputs: [] }, '--chart');
      if (problem !== undefined) throw new Error(problem);
      return file;
    },
  });
}

/** What is wrong with a request before any scenario is read, in one sentence; undefined when nothing is. */
function requestProblem(request: ChartRequest, flag = '-o'): string | undefined {
  const toStdout = request.output === undefined || request.output === '-';
  const format = request.format ?? (toStdout ? undefined : chartFormatOf(request.output as string));
  if (format === undefined && toStdout) return `name the chart file with -o FILE (.svg, .png, .html or .vl.json), or give --format to write to standard output`;
  if (format === undefined) {
    const orFormat = flag === '-o' ? ', or give --format' : '';
    return `${flag} ${request.output as string}: cannot tell the chart format from the file name; end it in .svg, .png, .html or .vl.json${orFormat}`;
  }
  if (format === 'png' && toStdout) return 'a PNG is binary: write it to a file with -o FILE.png';
  if (request.revisit !== undefined && request.type !== 'breakeven') return `--revisit: only the break-even chart marks a revisit date, not the ${request.type} chart`;
  if (request.revisit !== undefined && parseMonth(request.revisit) === undefined) return `--revisit: expected a month as YYYY-MM, found "${request.revisit}"`;
  if (request.scale !== undefined && !(request.scale > 0 && request.scale <= 8)) return `--scale: expected a number above 0 and at most 8, found ${String(request.scale)}`;
  return undefined;
}
