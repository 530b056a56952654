import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWhatIfFragment, whatIfFragment, whatIfInputs, type ExploreData } from '../../../lib/render/explore/exploreState.js';
import { loadScenarios } from '../../../lib/io/loadScenarios.js';
import { projectRoot } from '../../support/fixtures.js';

async function data(): Promise<ExploreData> {
  const scenarios = await loadScenarios(['self-hosted.json', 'managed-provider.json'].map((file) => `${projectRoot}scenarios/${file}`));
  return { version: 1, scenarios: scenarios.map((s, i) => ({ file: ['self-hosted.json', 'managed-provider.json'][i] as string, definition: s.definition })), options: { months: 36 } };
}

const KNOWN = new Set(['s2/costs/1/amount', 's2/commitment/months', 's1/costs/0/amount']);

describe('the what-if in the URL fragment', () => {
  it('writes the changed options, then the inputs by file and place, and reads them back', async () => {
    const whatIf = { options: { 'discount-rate': '8%', months: '24' }, values: { 's2/costs/1/amount': '2750', 's1/costs/0/amount': '50000' } };
    const fragment = whatIfFragment(whatIf);
    assert.equal(fragment, '#months=24&discount-rate=8%25&s1/costs/0/amount=50000&s2/costs/1/amount=2750');
    assert.deepEqual(parseWhatIfFragment('#months=24&discount-rate=8%25&s1%2Fcosts%2F0%2Famount=50000&s2/costs/1/amount=2750', await data(), KNOWN), parseWhatIfFragment(fragment, await data(), KNOWN));
    assert.deepEqual(parseWhatIfFragment(fragment, await data(), KNOWN), { whatIf: { options: { months: '24', 'discount-rate': '8%' }, values: { 's1/costs/0/amount': '50000', 's2/costs/1/amount': '2750' } }, ignored: [] });
  });

  it('is empty when nothing changed', () => {
    assert.equal(whatIfFragment({ options: {}, values: {} }), '');
  });

  it('ignores, and names, what the page has no control for', async () => {
    const read = parseWhatIfFragment('#colour=red&s3/costs/0/amount=1&s2/name=x&months=12', await data(), KNOWN);
    assert.deepEqual(read, { whatIf: { options: { months: '12' }, values: {} }, ignored: ['colour', 's3/costs/0/amount', 's2/name'] });
  });
});

describe('whatIfInputs', () => {
  it('changes the files’ values and reads the options as the library takes them', async () => {
    const read = whatIfInputs(await data(), { options: { months: '12', 'discount-rate': '8%', view: 'amortized' }, values: { 's2/costs/1/amount': '2750' } });
    const fee = read.definitions[1]?.costs[1];
    assert.deepEqual([fee !== undefined && 'amount' in fee ? fee.amount : undefined, read.options, read.issues], ['2750', { months: 12, discountRate: '8%', view: 'amortized' }, []]);
  });

  it('says what is wrong with a horizon or a view that cannot be read', async () => {
    const read = whatIfInputs(await data(), { options: { months: 'three years', view: 'accrual' }, values: {} });
    assert.deepEqual(
      read.issues.map((issue) => issue.message),
      ['--months: expected a whole number of months from 1 to 1200, found "three years"', '--view: expected cash or amortized, found "accrual"'],
    );
  });
});
