import type { Argv, CommandModule } from 'yargs';
import type { Issue } from '../../lib/issues/issue.js';
import { terminalText } from '../../lib/render/terminalText.js';
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
      const [{ readScenarioFile }, { overlapSources }] = await Promise.all([import('../../lib/io/readScenarioFile.js'), import('../../lib/analysis/overlapSources.js')]);
      const read = await Promise.all(argv.files.map((file) => readScenarioFile(file)));
      const issues = read.flatMap((result) => (result.ok ? [] : result.issues));
      // Files given together are checked as compare would take them: an overlap names one of the others.
      // Alone, a file may name a scenario that is given with it later.
      const scenarios = read.flatMap((result) => (result.ok ? [result.value] : []));
      const overlapIssues: Issue[] = [];
      if (argv.files.length > 1 && scenarios.length === read.length) overlapSources(scenarios, 0, overlapIssues);
      issues.push(...overlapIssues);
      const misnamed = new Set(overlapIssues.map((issue) => issue.file));
      const valid = read.flatMap((result, index) => (result.ok && !misnamed.has(result.value.origin) ? [[index, result.value] as const] : []));
      valid.forEach(([index, scenario]) => {
        const items = scenario.items.length === 1 ? '1 cost item' : `${scenario.items.length} cost items`;
        context.io.stdout(`${argv.files[index]}: ok, "${terminalText(scenario.name)}", ${items}, ${scenario.currency}\n`);
      });
      if (issues.length > 0) reportIssues(context, issues, validSummary(valid.length, read.length));
    },
  };
}

/** "1 of 2 files is valid.", "0 of 1 file is valid.", "2 of 3 files are valid." */
function validSummary(valid: number, total: number): string {
  if (total === 1) return valid === 1 ? 'The file is valid.' : 'The file is not valid.';
  if (valid === 0) return `None of the ${total} files is valid.`;
  return `${valid} of ${total} files ${valid === 1 ? 'is' : 'are'} valid.`;
}
