import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unwrap } from '../../lib/issues/issue.js';
import { renderSimulationMarkdown, renderSimulationTable } from '../../lib/render/renderSimulation.js';
import { simulate } from '../../lib/report/simulation.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { displayWidth } from '../../lib/render/displayWidth.js';
import { projectRoot } from '../support/fixtures.js';

const provider = unwrap(
  parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '3000' }, every: 'month' }] }),
);

describe('renderSimulation', () => {
  it('leaves out what moves the answer when one scenario has no difference for an input to move', () => {
    const result = simulate([provider], { trials: 10, months: 12 });
    for (const text of [renderSimulationTable(result), renderSimulationMarkdown(result)]) {
      assert.doesNotMatch(text, /What moves it most/);
      assert.match(text, /Provider: Hosting, 3,000\.00 to 3,000\.00/);
    }
  });
});

describe('the heading', () => {
  it('counts one of each in the singular: 1 scenario, 1 month, 1 trial', () => {
    const heading = renderSimulationMarkdown(simulate([provider], { trials: 1, months: 1, seed: 7 })).split('\n')[2];
    assert.equal(heading, '1 scenario over 1 month (2009-05), USD, not discounted, 1 trial (seed 7). Baseline: Provider.');
  });
});

describe('sensitivities', () => {
  it('are none with the baseline alone: no difference for an input to move', () => {
    assert.deepEqual(simulate([provider], { trials: 10, months: 12 }).sensitivity, []);
  });
});

describe('renderSimulationTable at the terminal\'s width', async () => {
  // Long names ("Self-hosted, growing uncertainly"), two scenarios and two uncertain inputs: the tables take 112, 82 and 117 columns.
  // Named from the project's root, as the CLI's users name them: a label holds its file's path ("scenarios/uncertain/business.json: customers growth").
  process.chdir(projectRoot);
  const uncertain = await loadScenarios(['self-hosted.json', 'managed-provider.json'].map((name) => `scenarios/uncertain/${name}`));
  const result = simulate(uncertain, { trials: 500 });

  it('keeps every column where they fit', () => {
    const text = renderSimulationTable(result, { width: 120 });
    assert.match(text, /^Scenario +At medians +Mean +P5 +P50 +P95 +Cheapest$/m);
    assert.match(text, /^What moves it most +P10 +P90 +Difference at P10 +at P90 +Rank corr\.$/m);
  });

  it('in 80 columns, leaves out the value at the medians and the mean, and the rank correlation, and wraps names', () => {
    const text = renderSimulationTable(result, { width: 80 });
    assert.match(text, /^Scenario +P5 +P50 +P95 +Cheapest$/m);
    assert.match(text, /^What moves it most +P10 +P90 +Difference at P10 +at P90$/m);
    // Without Rank corr., the figures take 10 + 10 + 18 + 12 = 50 columns at one space apart: 30 are left for
    // the labels, each on two lines, the path cut where the first line ends.
    assert.match(text, /^Managed provider, negotiable: +31,\d{3}\.\d\d +\d/m);
    assert.match(text, /^  Managed hosting$/m);
    assert.match(text, /^scenarios\/uncertain\/business\.j +1\d\.\d{4} +2\d\.\d{4} /m);
    assert.match(text, /^  son: customers growth$/m);
  });

  it('in 60 columns, leaves out the inputs\' P10 and P90 too', () => {
    const text = renderSimulationTable(result, { width: 60 });
    assert.match(text, /^What moves it most +Difference at P10 +at P90$/m);
    assert.doesNotMatch(text, /Rank corr|At medians|Mean/);
  });

  it('never writes a line wider than the terminal, from 60 to 120 columns', () => {
    for (const width of [60, 70, 80, 90, 100, 110, 120]) {
      for (const line of renderSimulationTable(result, { width }).split('\n')) assert.ok(displayWidth(line) <= width, `${width}: ${JSON.stringify(line)}`);
    }
  });
});
