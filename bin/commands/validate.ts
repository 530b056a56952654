import type { Argv, CommandModule } from 'yargs';
import type { CliContext } from '../context.js';
import { reportIssues } from '../context.js';
import { acceptAnalysisOptions, withScenarioFiles } from '../options.js';

type ValidateArgs = { files: string[] };

/** `costmodel validate <files..>`: check scenario files without comparing them. */
export function validateCommand(context: CliContext): CommandModule<object, ValidateArgs> {
  return {
    command: 'validate <files..>',
    describe: 'Check scenario files and report every problem at once',
    builder: (yargs: Argv) =>
      acceptAnalysisOptions(withScenarioFiles(yargs))
        .example('$0 validate scenarios/*.json', 'Check every example scenario') as unknown as Argv<ValidateArgs>,
    handler: async (argv) => {
      const { readScenarioFile } = await import('../../lib/io/readScenarioFile.js');
      const results = await Promise.all(argv.files.map(readScenarioFile));
      const issues = results.flatMap((result) => (result.ok ? [] : result.issues));
      results.forEach((result, index) => {
        if (!result.ok) return;
        const scenario = result.value;
        const items = scenario.items.length === 1 ? '1 cost item' : `${scenario.items.length} cost items`;
        context.io.stdout(`${argv.files[index]}: ok, "${scenario.name}", ${items}, ${scenario.currency}\n`);
      });
      if (issues.length > 0) reportIssues(context, issues, `${results.filter((r) => r.ok).length} of ${results.length} files are valid.`);
    },
  };
}
