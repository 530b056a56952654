import type { Argv, CommandModule } from 'yargs';
import type { CliContext } from '../context.js';
import { emitOutput, reportIssues } from '../context.js';
import { loadScenariosToWrite } from '../outputFiles.js';
import { analysisOptionsFrom, withAnalysisOptions, withOutputFile, withScenarioFiles, withUnitCostOptions } from '../options.js';
import type { AnalysisArgs } from '../options.js';

type ExploreArgs = AnalysisArgs & {
  files: string[];
  output?: string;
  revisit?: string;
};

const NOTHING_WRITTEN = 'No page was written.';

/** `costmodel explore <files..> -o explore.html`: a what-if page that recomputes in the browser, offline. */
export function exploreCommand(context: CliContext): CommandModule<object, ExploreArgs> {
  return {
    command: 'explore <files..>',
    describe: 'Write a what-if page: change any input in a browser and see the comparison, break-even, commitments and thresholds recomputed, offline',
    builder: (yargs: Argv) =>
      withOutputFile(withUnitCostOptions(withAnalysisOptions(withScenarioFiles(yargs))), 'Write the page to FILE (.html); - writes it to standard output')
        .option('revisit', { type: 'string', requiresArg: true, describe: 'The month to look at the decision again, YYYY-MM (default: twelve months after the start of the analysis)' })
        .example('$0 explore scenarios/self-hosted.json scenarios/managed-provider.json -o explore.html', 'The founding example as a page to try what-ifs on')
        .example('$0 explore scenarios/*.json --months 60 --discount-rate 8% -o explore.html', 'Five years, discounted at 8% a year, as the starting point') as unknown as Argv<ExploreArgs>,
    handler: async (argv) => {
      if (argv.output === undefined) {
        const advice = 'explore writes an HTML page of about 1.5 MB: name the file with -o, e.g. -o explore.html (or -o - for standard output)';
        return reportIssues(context, [{ code: 'invalid-option', message: advice }], NOTHING_WRITTEN);
      }
      // A page named .txt or .json opens as text, or as what it is not: the name says it is a page.
      if (argv.output !== '-' && !/\.html?$/i.test(argv.output)) {
        const advice = 'explore writes an HTML page: end the file name in .html or .htm (or give -o - for standard output)';
        return reportIssues(context, [{ code: 'unknown-extension', file: argv.output, message: advice }], NOTHING_WRITTEN);
      }
      const scenarios = await loadScenariosToWrite(context, argv.files, [argv.output], NOTHING_WRITTEN);
      if (scenarios === undefined) return;
      const [{ tryExplorePage }, { readExploreAssets }] = await Promise.all([import('../../lib/render/explore/explorePage.js'), import('../../lib/io/readExploreAssets.js')]);
      const page = tryExplorePage(scenarios, {
        ...analysisOptionsFrom(argv),
        ...(argv.revisit === undefined ? {} : { revisit: String(argv.revisit) }),
        assets: await readExploreAssets(),
      });
      if (!page.ok) return reportIssues(context, page.issues, NOTHING_WRITTEN);
      await emitOutput(context, page.value, argv.output, argv.files);
    },
  };
}
