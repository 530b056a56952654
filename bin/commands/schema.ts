import type { Argv, CommandModule } from 'yargs';
import type { CliContext } from '../context.js';
import { emitOutput } from '../context.js';
import { acceptAnalysisOptions, withOutputFile } from '../options.js';

type SchemaArgs = { output?: string };

/** `costmodel schema`: print the scenario JSON Schema. */
export function schemaCommand(context: CliContext): CommandModule<object, SchemaArgs> {
  return {
    command: 'schema',
    describe: 'Print the JSON Schema of scenario files (for editors and other tools)',
    builder: (yargs: Argv) =>
      withOutputFile(acceptAnalysisOptions(yargs), 'Write the schema to FILE instead of standard output').example('$0 schema -o scenario.schema.json', 'Save the schema for an editor') as unknown as Argv<SchemaArgs>,
    handler: async (argv) => {
      const { scenarioSchema } = await import('../../lib/scenario/schema.js');
      await emitOutput(context, `${JSON.stringify(scenarioSchema, null, 2)}\n`, argv.output, []);
    },
  };
}
