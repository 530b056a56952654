/**
 * The committed example of the revisit report (docs/examples/revisit/): the founding decision
 * as recorded in May 2009, and the revisit report a year later with the actual spending and
 * that record. One list of commands makes them, for the update script and for the test that
 * fails when the committed files are no longer what costmodel writes.
 *
 *   report (2009-05-04, --decision, --record) ─▶ decision-2009-05-04.{md,png,json}
 *   report (2010-05-03, --actuals, --previous) ─▶ revisit-2010-05.{md,png,html,json}
 */
import { join } from 'node:path';

/** Where the example lives, from the project root. */
export const REVISIT_EXAMPLE_DIR = 'docs/examples/revisit';

const FOUNDING = ['scenarios/self-hosted.json', 'scenarios/managed-provider.json'];
const DECISION_2009 = 'Not now: keep self-hosting and revisit in May 2010.';
const DECISION_2010 = 'Keep self-hosting; look again in May 2011.';

/**
 * The `costmodel` arguments that write the example into `dir` (run from the project root).
 * The record written by the first is the `--previous` of the others, so they run in order.
 */
export function revisitExampleCommands(dir: string): string[][] {
  const record = join(dir, 'decision-2009-05-04.json');
  const revisit = (extension: string) => [
    'report',
    ...FOUNDING,
    '--date', '2010-05-03',
    '--revisit', '2011-05',
    '--actuals', 'scenarios/actuals/self-hosted-2009-05-to-2010-04.csv',
    '--previous', record,
    '--decision', DECISION_2010,
    '-o', join(dir, `revisit-2010-05.${extension}`),
  ];
  return [
    ['report', ...FOUNDING, '--date', '2009-05-04', '--decision', DECISION_2009, '--record', record, '-o', join(dir, 'decision-2009-05-04.md')],
    revisit('md'),
    revisit('html'),
    revisit('json'),
  ];
}
