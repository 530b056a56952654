import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadScenarios } from '../../lib/io/loadScenarios.js';
import { revisitReport } from '../../lib/report/revisitReport.js';
import { tryWhatIfReport } from '../../lib/report/whatIfReport.js';
import { projectRoot } from '../support/fixtures.js';

const founding = () => loadScenarios(['self-hosted.json', 'managed-provider.json', 'self-hosted-with-it-hire.json'].map((file) => `${projectRoot}scenarios/${file}`));

describe('tryWhatIfReport', () => {
  for (const options of [{}, { months: 60, discountRate: '8%' }, { baseline: 'Managed provider', revisit: '2010-11' }, { months: 24, exitAfter: 6 }]) {
    it(`is the revisit report without a date, actuals or record, for ${JSON.stringify(options)}`, async () => {
      const scenarios = await founding();
      const whatIf = tryWhatIfReport(scenarios, options);
      assert.ok(whatIf.ok);
      assert.deepEqual(whatIf.value, revisitReport(scenarios, options));
    });
  }

  it('leaves ranges at their medians, without the simulation the report runs', async () => {
    const scenarios = await loadScenarios(['self-hosted.json', 'managed-provider.json'].map((file) => `${projectRoot}scenarios/uncertain/${file}`));
    const whatIf = tryWhatIfReport(scenarios, { months: 36 });
    assert.ok(whatIf.ok);
    const report = revisitReport(scenarios, { months: 36, trials: 100 });
    assert.notEqual(report.uncertainty, null);
    assert.deepEqual(whatIf.value, { ...report, uncertainty: null });
  });

  it('reports a revisit month that is not a month, or lies outside the analysis, as the report does', async () => {
    const scenarios = await founding();
    const messages = (revisit: string) => {
      const result = tryWhatIfReport(scenarios, { months: 36, revisit });
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    };
    assert.deepEqual(messages('May 2010'), ['--revisit: expected a month as YYYY-MM, found "May 2010"']);
    assert.deepEqual(messages('2009-05'), ['--revisit: 2009-05 is not after the start of the analysis (2009-05)']);
    assert.deepEqual(messages('2012-05'), ['--revisit: 2012-05 is after the end of the analysis (2012-04); choose an earlier month or a longer horizon (--months)']);
  });
});
