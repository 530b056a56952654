import type { Argv, CommandModule } from 'yargs';
import type { CliContext } from '../context.js';
import { emitOutput, reportIssues } from '../context.js';
import { tuneV8ForBatch } from '../batchV8Flags.js';
import { loadScenariosToWrite } from '../outputFiles.js';
import { acceptComparisonOptions, analysisOptionsFrom, chooseFormat, withLedgerOptions, withOutputFile, withRangeOptions, withScenarioFiles } from '../options.js';
import type { AnalysisArgs } from '../options.js';

const FORMATS = ['csv', 'json', 'focus', 'focus-json'] as const;
const NOTHING_WRITTEN = 'No schedule was written.';

/** The -o extensions and the format each one names; the longest that matches wins. */
const EXTENSIONS = { '.csv': 'csv', '.json': 'json', '.focus.csv': 'focus', '.focus.json': 'focus-json' } as const;
type ScheduleFormat = (typeof FORMATS)[number];

type ScheduleArgs = AnalysisArgs & {
  files: string[];
  format?: ScheduleFormat;
  wide?: boolean;
  output?: string;
};

/** `costmodel schedule <files..>`: the exact monthly ledger for spreadsheets. */
export function scheduleCommand(context: CliContext): CommandModule<object, ScheduleArgs> {
  return {
    command: 'schedule <files..>',
    describe: 'Export the exact monthly schedule (one row per payment, or one row per month with --wide)',
    builder: (yargs: Argv) =>
      withOutputFile(acceptComparisonOptions(withLedgerOptions(withRangeOptions(withScenarioFiles(yargs)))))
        .option('format', {
          alias: 'f',
          choices: FORMATS,
          describe: 'Output format: csv, json, or the FinOps FOCUS 1.2 forecast as focus (CSV) or focus-json (default: csv, or what the -o extension says: .focus.csv, .focus.json)',
        })
        .option('wide', { type: 'boolean', default: false, describe: 'CSV with one row per month and one column per scenario' })
        .example('$0 schedule scenarios/*.json -o schedule.csv', 'One row per scenario, item and month: month,scenario,item,category,amount')
        .example('$0 schedule scenarios/*.json --wide -o monthly.csv', 'One row per month, one column per scenario')
        .example('$0 schedule scenarios/*.json --format json', 'The same ledger as versioned JSON')
        .example('$0 schedule scenarios/*.json -o forecast.focus.csv', 'The forecast as FinOps FOCUS 1.2 rows, to line up with a provider\'s bill') as unknown as Argv<ScheduleArgs>,
    handler: async (argv) => {
      await tuneV8ForBatch(argv.files.length);
      const scenarios = await loadScenariosToWrite(context, argv.files, [argv.output], NOTHING_WRITTEN);
      if (scenarios === undefined) return;
      const chosen = chooseFormat(argv.format, argv.output, EXTENSIONS, 'csv');
      if (!chosen.ok) return reportIssues(context, chosen.issues, NOTHING_WRITTEN);
      const format = chosen.value;
      if (argv.wide && format !== 'csv') {
        return reportIssues(context, [{ code: 'invalid-option', message: `--wide is a layout of the csv format, not of ${format}: leave out --wide, or write csv` }], NOTHING_WRITTEN);
      }
      // The baseline matters to a schedule only as the option a migration overlap keeps running.
      const options = analysisOptionsFrom({ ...argv, 'discount-rate': undefined, 'exit-after': undefined });
      if (format === 'focus' || format === 'focus-json') {
        const { tryFocusForecast } = await import('../../lib/report/focusForecast.js');
        const forecast = tryFocusForecast(scenarios, options);
        if (!forecast.ok) return reportIssues(context, forecast.issues, NOTHING_WRITTEN);
        // CSV in parts: a forecast of hundreds of thousands of charges is never all text at once.
        const content =
          format === 'focus'
            ? (await import('../../lib/render/renderFocusCsv.js')).focusCsvParts(forecast.value)
            : (await import('../../lib/render/renderJson.js')).renderJson(forecast.value);
        await emitOutput(context, content, argv.output, argv.files);
        return;
      }
      const { trySchedule } = await import('../../lib/report/scheduleReport.js');
      const ledger = trySchedule(scenarios, options);
      if (!ledger.ok) return reportIssues(context, ledger.issues, NOTHING_WRITTEN);
      const content =
        format === 'json'
          ? (await import('../../lib/render/renderJson.js')).renderJson(ledger.value)
          : (await import('../../lib/render/renderScheduleCsv.js')).scheduleCsvParts(ledger.value, { layout: argv.wide ? 'wide' : 'long' });
      await emitOutput(context, content, argv.output, argv.files);
    },
  };
}
