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
      const results = await Promise.all(argv.files.map((file) => readScenarioFile(file)));
      const issues = results.flatMap((result) => (result.ok ? [] : result.issues));
      results.forEach((result, index) => {
        if (!result.ok) return;
        const scenario = result.value;
        const items = scenario.items.length === 1 ? '1 cost item' : `${scenario.items.length} cost items`;
        context.io.stdout(`${argv.files[index]}: ok, "${scenario.name}", ${items}, ${scenario.currency}\n`);
      });
      if (issues.length > 0) reportIssues(context, issues, validSummary(results.filter((r) => r.ok).length, results.length));
    },
  };
}

/** "1 of 2 files is valid.", "0 of 1 file is valid.", "2 of 3 files are valid." */
function validSummary(valid: number, total: number): string {
  if (total === 1) return valid === 1 ? 'The file is valid.' : 'The file is not valid.';
  if (valid === 0) return `None of the ${total} files is valid.`;
  return `${valid} of ${total} files ${valid === 1 ? 'is' : 'are'} valid.`;
}
