import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../lib/report/compare.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';

const { selfHosted, managed } = foundingScenarios();
const withStaff = (staff: Record<string, unknown>) =>
  scenarioOf({
    ...selfHosted.definition,
    name: 'Self-hosted + on call',
    costs: [...selfHosted.definition.costs, { name: 'IT administrator', kind: 'staff', annualCost: '98000', ...staff } as never],
  });

describe('what a comparison says about a scenario beyond its numbers', () => {
  it('warns when fewer people cover on-call duty than a sustainable rotation needs', () => {
    const notes = compare([withStaff({ fte: 1, coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } })]).scenarios[0]?.notes;
    assert.deepEqual(notes, [
      'IT administrator covers 168 on-call hours a week with 1 FTE; a sustainable rotation at no more than 40 hours a person needs 5 people (⌈168 ÷ 40⌉).',
    ]);
  });

  it('says nothing when the FTE covers the rotation, or comes from the coverage', () => {
    assert.equal(compare([withStaff({ fte: 5, coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } })]).scenarios[0]?.notes, undefined);
    assert.equal(compare([withStaff({ coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } })]).scenarios[0]?.notes, undefined);
  });

  it('says when the baseline\'s own overlap is left out', () => {
    const migrating = scenarioOf({ ...managed.definition, overlap: { months: 3 } });
    assert.deepEqual(compare([migrating, selfHosted]).scenarios[0]?.notes, [
      'its overlap of 3 months is left out, because it is the baseline and names no other scenario to migrate from (give "overlap": { "scenario": … }).',
    ]);
  });

  it('adds none of its keys to a version 1 scenario', () => {
    const [first, second] = compare([selfHosted, managed]).scenarios;
    for (const result of [first, second]) for (const key of ['convertedFrom', 'overlap', 'notes']) assert.equal(key in (result ?? {}), false);
  });
});
