import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveSettings } from '../../lib/analysis/analysisSettings.js';
import { quantitySensitivity } from '../../lib/analysis/sensitivity.js';
import { simulateTrials } from '../../lib/analysis/simulateTrials.js';
import { sortedPart } from '../../lib/analysis/trialOrder.js';
import { uncertainQuantities } from '../../lib/analysis/uncertainQuantities.js';
import { unwrap } from '../../lib/issues/issue.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';

const selfHosted = unwrap(parseScenario({ name: 'Self-hosted', currency: 'USD', start: '2009-05', costs: [{ name: 'Servers', kind: 'recurring', amount: '4000', every: 'month' }] }));
const provider = unwrap(
  parseScenario({ name: 'Provider', currency: 'USD', start: '2009-05', costs: [{ name: 'Hosting', kind: 'recurring', amount: { low: '3000', high: '5000', dist: 'uniform' }, every: 'month' }] }),
);
const settings = unwrap(resolveSettings([selfHosted, provider], { months: 12 }));
const quantities = uncertainQuantities([selfHosted, provider], settings);
const outcomes = simulateTrials([selfHosted, provider], settings, quantities, { trials: 2000, seed: 1 });

describe('quantitySensitivity', () => {
  it('gives the same sensitivity from draws the caller sorted as from draws it sorts itself', () => {
    const draws = outcomes.draws[0] as Float64Array;
    const sorted = sortedPart(draws.slice());
    assert.deepEqual(quantitySensitivity([selfHosted, provider], settings, quantities, outcomes)(0, sorted), quantitySensitivity([selfHosted, provider], settings, quantities, outcomes)(0));
  });

  it('refuses sorted draws of another number of trials than the quantity has', () => {
    const short = sortedPart((outcomes.draws[0] as Float64Array).slice(0, 1999));
    assert.throws(() => quantitySensitivity([selfHosted, provider], settings, quantities, outcomes)(0, short), /not as many as its 2000 trials/);
  });
});
