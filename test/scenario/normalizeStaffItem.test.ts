import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import type { StaffItem } from '../../lib/scenario/scenario.js';
import type { ScenarioFile } from '../../lib/scenario/scenarioFile.js';
import { scenarioOf } from '../support/fixtures.js';

const file = (item: Record<string, unknown>): ScenarioFile => ({
  name: 'IT hire',
  currency: 'USD',
  start: '2009-05',
  costs: [{ name: 'IT administrator', kind: 'staff', annualCost: '98000', ...item } as ScenarioFile['costs'][number]],
});

function problems(data: unknown): string[] {
  const result = parseScenario(data, 'hire.json');
  return result.ok ? [] : result.issues.map(formatIssue);
}

const staff = (item: Record<string, unknown>) => scenarioOf(file(item)).items[0] as StaffItem;

describe('a staff item', () => {
  it('is one FTE hired at the start, without raise or stipend, by default', () => {
    const admin = staff({});
    assert.deepEqual([admin.fte.toString(), admin.raise.toString(), admin.onCallStipend, admin.onCallPeople, admin.coverage], ['1', '0', undefined, 1, undefined]);
  });

  it('reads the raise as a rate, "3%" or 0.03', () => {
    assert.equal(staff({ raise: '3%' }).raise.toString(), '0.03');
    assert.equal(staff({ raise: 0.03 }).raise.toString(), '0.03');
  });

  it('takes the people its coverage needs as its FTE when none is given', () => {
    const team = staff({ coverage: { hoursPerWeek: 168, maxOnCallHoursPerPersonPerWeek: 40 } });
    assert.deepEqual([team.fte.toString(), team.onCallPeople, team.coverage?.peopleNeeded], ['5', 5, 5]);
  });

  it('counts the people on call as its FTE rounded up', () => {
    assert.equal(staff({ fte: 0.5 }).onCallPeople, 1);
    assert.equal(staff({ fte: 2.25 }).onCallPeople, 3);
  });

  describe('rejects, naming the file and the place', () => {
    it('an FTE of zero', () => {
      assert.deepEqual(problems(file({ fte: 0 })), ['hire.json: /costs/0/fte: expected a number of at least 0.01, found 0']);
    });

    it('a raise of −100% or less', () => {
      assert.deepEqual(problems(file({ raise: '-100%' })), ['hire.json: /costs/0/raise: expected a yearly raise above -100%, found "-100%"']);
    });

    it('more on-call hours than a week has, and a coverage without its limit', () => {
      assert.deepEqual(problems(file({ coverage: { hoursPerWeek: 169, maxOnCallHoursPerPersonPerWeek: 40 } })), [
        'hire.json: /costs/0/coverage/hoursPerWeek: expected a number of at most 168, found 169',
      ]);
      assert.deepEqual(problems(file({ coverage: { hoursPerWeek: 168 } })), ['hire.json: /costs/0/coverage: missing required key "maxOnCallHoursPerPersonPerWeek"']);
    });

    it('a hiring month before the start', () => {
      assert.deepEqual(problems(file({ from: '2009-01' })), ["hire.json: /costs/0/from: 2009-01 is before the scenario's start 2009-05; a scenario costs nothing before its start"]);
    });
  });
});
