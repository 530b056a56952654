import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extendScenarioData, type ExtendedScenarioData } from '../../lib/scenario/extendScenarioData.js';

const base: ExtendedScenarioData = {
  data: { currency: 'USD', start: '2009-05', drivers: { customers: { value: 200 }, storageTB: { value: 2 } } },
  fileOf: () => 'business.json',
};

describe('extendScenarioData', () => {
  it('takes the base\'s keys the file does not give, and drops `extends`', () => {
    const { data } = extendScenarioData(base, { extends: 'business.json', name: 'Provider', costs: [] }, 'provider.json');
    assert.deepEqual(data, { currency: 'USD', start: '2009-05', drivers: { customers: { value: 200 }, storageTB: { value: 2 } }, name: 'Provider', costs: [] });
  });

  it('lets the file\'s own keys win, replacing them whole', () => {
    const { data } = extendScenarioData(base, { start: '2010-01', currency: 'EUR' }, 'own.json');
    assert.deepEqual([data['start'], data['currency']], ['2010-01', 'EUR']);
  });

  it('merges drivers by name, the file\'s own definition replacing the base\'s', () => {
    const { data } = extendScenarioData(base, { drivers: { customers: { value: 250 }, seats: { value: 5 } } }, 'own.json');
    assert.deepEqual(data['drivers'], { customers: { value: 250 }, storageTB: { value: 2 }, seats: { value: 5 } });
  });

  it('says which file gave each part, so problems name the file to fix', () => {
    const { fileOf } = extendScenarioData(base, { name: 'x', drivers: { customers: { value: 250 } }, costs: [] }, 'own.json');
    assert.deepEqual(
      ['', '/name', '/costs/0/driver', '/currency', '/drivers/customers/value', '/drivers/storageTB/value', '/unknown'].map(fileOf),
      ['own.json', 'own.json', 'own.json', 'business.json', 'own.json', 'business.json', 'own.json'],
    );
  });

  it('follows a chain of bases', () => {
    const middle = extendScenarioData({ data: { currency: 'USD' }, fileOf: () => 'a.json' }, { start: '2009-05' }, 'b.json');
    const top = extendScenarioData(middle, { name: 'c' }, 'c.json');
    assert.deepEqual(['/currency', '/start', '/name'].map(top.fileOf), ['a.json', 'b.json', 'c.json']);
  });

  it('does not mutate its inputs', () => {
    const own = { drivers: { customers: { value: 250 } } };
    const before = JSON.stringify([base.data, own]);
    extendScenarioData(base, own, 'own.json');
    assert.equal(JSON.stringify([base.data, own]), before);
  });
});
