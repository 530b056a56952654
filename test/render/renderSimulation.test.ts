import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unwrap } from '../../lib/issues/issue.js';
import { renderSimulationMarkdown, renderSimulationTable } from '../../lib/render/renderSimulation.js';
import { simulate } from '../../lib/report/simulation.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';

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

describe('sensitivities', () => {
  it('are none with the baseline alone: no difference for an input to move', () => {
    assert.deepEqual(simulate([provider], { trials: 10, months: 12 }).sensitivity, []);
  });
});
