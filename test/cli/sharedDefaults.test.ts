/**
 * Defaults shared by the commands (a config file, package.json, COSTMODEL_* variables): an
 * option of one command, given as a default, is ignored by the others; given on the command
 * line, an option the command does not take is an unknown option.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import yargs, { type Argv } from 'yargs';
import { chartCommand } from '../../bin/commands/chart.js';
import { compareCommand } from '../../bin/commands/compare.js';
import { exploreCommand } from '../../bin/commands/explore.js';
import { reportCommand } from '../../bin/commands/report.js';
import { scheduleCommand } from '../../bin/commands/schedule.js';
import { schemaCommand } from '../../bin/commands/schema.js';
import { simulateCommand } from '../../bin/commands/simulate.js';
import { validateCommand } from '../../bin/commands/validate.js';
import { EXIT, type CliContext } from '../../bin/context.js';
import { EVERY_COMMAND_OPTION } from '../../bin/options.js';
import { assertBadInput, cli, MANAGED, SELF_HOSTED, setEnv, tempDir, USAGE_HINT, writeFile } from './cliHarness.js';

describe('options of other commands', () => {
  it('are every option some command declares, under its own name', () => {
    const context: CliContext = { io: { stdout: () => undefined, stderr: () => undefined }, exitCode: EXIT.ok, read: [], staged: [] };
    const declared = new Set<string>();
    for (const command of [compareCommand, scheduleCommand, chartCommand, reportCommand, exploreCommand, simulateCommand, validateCommand, schemaCommand].map((make) => make(context))) {
      const built = (command.builder as (y: Argv) => Argv)(yargs()) as unknown as { getOptions(): { key: Record<string, unknown>; alias: Record<string, string[]> } };
      const { key, alias } = built.getOptions();
      const aliases = new Set(Object.values(alias).flat());
      for (const name of Object.keys(key)) if (!aliases.has(name) && !['files', 'help', 'version'].includes(name)) declared.add(name);
    }
    assert.deepEqual([...EVERY_COMMAND_OPTION].sort(), [...declared].sort());
  });

  it('given as defaults, are ignored by a command that does not take them, and taken by one that does', async (t) => {
    setEnv(t, { COSTMODEL_TRIALS: '500' });
    const config = writeFile(tempDir(t), 'costmodel.json', { wide: true, seed: 7, months: 1 });
    const compared = await cli('compare', SELF_HOSTED, MANAGED, '--config', config, '--format', 'csv');
    assert.deepEqual([compared.code, compared.stderr], [0, '']);
    const scheduled = await cli('schedule', SELF_HOSTED, MANAGED, '--config', config);
    assert.deepEqual([scheduled.code, scheduled.stdout.split('\r\n')[0]], [0, 'month,Self-hosted,Managed provider']);
    setEnv(t, { COSTMODEL_FORMAT: 'json' });
    const validated = await cli('validate', SELF_HOSTED);
    assert.deepEqual([validated.code, validated.stderr], [0, '']);
  });

  it('given on the command line, are unknown options, with no suggestion of themselves', async () => {
    assertBadInput(await cli('compare', SELF_HOSTED, '--trials', '5'), ['costmodel: unknown option --trials', USAGE_HINT]);
    assertBadInput(await cli('compare', SELF_HOSTED, '--wide'), ['costmodel: unknown option --wide', USAGE_HINT]);
    assertBadInput(await cli('compare', SELF_HOSTED, '--trial', '5'), ['costmodel: unknown option --trial', USAGE_HINT]);
  });

  it('an unknown default is still a mistake', async (t) => {
    setEnv(t, { COSTMODEL_TRIALZ: '5' });
    assertBadInput(await cli('simulate', SELF_HOSTED), ['costmodel: unknown option COSTMODEL_TRIALZ in the environment (did you mean COSTMODEL_TRIALS?)', USAGE_HINT]);
  });
});

describe('--no-NAME', () => {
  it('of an option that takes a value is an unknown option, not the option set to nothing', async () => {
    assertBadInput(await cli('compare', SELF_HOSTED, '--no-months'), ['costmodel: unknown option --no-months (did you mean --months?)', USAGE_HINT]);
    assertBadInput(await cli('compare', SELF_HOSTED, '--no-output'), ['costmodel: unknown option --no-output (did you mean --output?)', USAGE_HINT]);
  });

  it('of a true/false option is that option set to false', async () => {
    const run = await cli('schedule', SELF_HOSTED, '--no-wide', '--months', '1');
    assert.deepEqual([run.code, run.stdout.split('\r\n')[0]], [0, 'month,scenario,item,category,amount']);
  });
});
