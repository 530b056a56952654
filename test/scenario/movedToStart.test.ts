import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMonth } from '../../lib/calendar/month.js';
import { movedToStart } from '../../lib/scenario/movedToStart.js';
import { month } from '../support/fixtures.js';
import { exampleScenarios, reparsedMoved, withoutDriverOrigins } from './transformations.js';

const scenarios = await exampleScenarios();

describe('movedToStart', () => {
  for (const scenario of scenarios) {
    it(`gives what moving every month of the file and parsing it again gives, for ${scenario.name}`, () => {
      for (const shift of [1, 12, 13, 600]) {
        const start = scenario.start + shift;
        assert.deepEqual(withoutDriverOrigins(movedToStart(scenario, start)), reparsedMoved(scenario, start), `${scenario.name} moved to ${formatMonth(start)}`);
      }
    });
  }

  it('moves one-time payments, the start of items and the end of a term, and leaves drivers where they are', () => {
    const terms = scenarios.find((s) => s.name === 'Provider with fine print')!;
    const moved = movedToStart(terms, month('2010-05'));
    assert.deepEqual(
      moved.items.map((item) => [item.name, formatMonth(item.kind === 'one-time' ? item.month : item.from), item.until === undefined ? null : formatMonth(item.until)]),
      [
        ['Migration and setup', '2010-05', '2012-05'],
        ['Managed hosting', '2010-05', '2012-05'],
        ['Month to month after the term', '2012-05', null],
      ],
    );
    const growing = scenarios.find((s) => s.name === 'Managed provider, growing')!;
    assert.equal(formatMonth(movedToStart(growing, month('2010-05')).drivers!.get('customers')!.from), '2009-05');
  });

  it('returns the scenario itself when it already starts then', () => {
    const [selfHosted] = scenarios;
    assert.equal(movedToStart(selfHosted!, selfHosted!.start), selfHosted);
  });
});
