import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { loadScenarios } from '../../../lib/io/loadScenarios.js';
import { exploreView, inputLabel, thresholdText } from '../../../lib/render/explore/exploreView.js';
import { renderMarkdown } from '../../../lib/render/renderMarkdown.js';
import { compare } from '../../../lib/report/compare.js';
import { tryWhatIfReport } from '../../../lib/report/whatIfReport.js';
import { exploreInputs } from '../../../lib/scenario/exploreInputs.js';
import type { Scenario } from '../../../lib/scenario/scenario.js';
import { projectRoot } from '../../support/fixtures.js';

describe('exploreView', () => {
  let founding: Scenario[];
  before(async () => {
    founding = await loadScenarios(['self-hosted.json', 'managed-provider.json', 'self-hosted-with-it-hire.json'].map((file) => `${projectRoot}scenarios/${file}`));
  });

  for (const options of [{ months: 36 }, { months: 60, discountRate: '8%', baseline: 'Managed provider' }]) {
    it(`shows the heading, table rows and sentences of compare --format markdown, for ${JSON.stringify(options)}`, () => {
      const report = tryWhatIfReport(founding, options);
      assert.ok(report.ok);
      const view = exploreView(report.value);
      const markdown = renderMarkdown(compare(founding, options)).split('\n');
      assert.equal(view.heading, markdown[2]);
      const rows = markdown.filter((line) => line.startsWith('| ') && !/^\| :?-/.test(line)).map((line) => line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
      assert.deepEqual([view.table.header, ...view.table.rows], rows);
      assert.deepEqual(view.sentences, markdown.filter((line) => line.startsWith('- ')).map((line) => line.slice(2)));
    });
  }

  it('says where each input flips the decision, and that others cannot alone', () => {
    const report = tryWhatIfReport(founding.slice(0, 2), { months: 36 });
    assert.ok(report.ok);
    const [managed] = founding.slice(1, 2);
    assert.ok(managed !== undefined);
    assert.deepEqual(
      exploreInputs(managed).map((input) => [inputLabel(input), thresholdText(report.value, 'Managed provider', input)]),
      [
        ['Start', ''],
        ['Migration and setup', 'No value of this alone makes another option cheaper than Self-hosted.'],
        // 45,000 + 36 × 2,750 = 144,000 = 36 × 4,000: a tie, which the baseline keeps; one cent less flips it.
        ['Managed hosting', 'Below 2,750.00 a month, Self-hosted is no longer the cheapest: Managed provider is.'],
        ['Commitment length', 'No value of this alone makes another option cheaper than Self-hosted.'],
      ],
    );
  });
});
