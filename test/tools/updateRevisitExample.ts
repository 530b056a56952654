/**
 * Rewrites the committed revisit-report example (docs/examples/revisit/) with the commands of
 * revisitExample.ts. Run `npx tsx test/tools/updateRevisitExample.ts` from the project root
 * after a change to the report; test/docs/revisitExample.test.ts fails while it is stale.
 */
import { mkdirSync } from 'node:fs';
import { runCli } from '../../bin/cli.js';
import { REVISIT_EXAMPLE_DIR, revisitExampleCommands } from './revisitExample.js';

mkdirSync(REVISIT_EXAMPLE_DIR, { recursive: true });
for (const args of revisitExampleCommands(REVISIT_EXAMPLE_DIR)) {
  const code = await runCli(args, { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) });
  if (code !== 0) throw new Error(`costmodel ${args.join(' ')} exited with ${code}`);
  console.log(`wrote ${args.at(-1)}`);
}
