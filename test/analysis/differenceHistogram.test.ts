import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HISTOGRAM_MAX_BINS, differenceHistogram } from '../../lib/analysis/differenceHistogram.js';

const cents = (text: string) => Math.round(Number(text) * 100);

describe('differenceHistogram', () => {
  it('takes bins of one minor unit while 40 of them hold every value', () => {
    const bins = differenceHistogram(Float64Array.from([0, 39, 39, 12]), 2);
    assert.equal(bins.length, 40);
    assert.deepEqual(bins[0], { from: '0.00', to: '0.01', trials: 1 });
    assert.deepEqual(bins[39], { from: '0.39', to: '0.40', trials: 2 });
  });

  it('takes the next round width, 2, 5, 10, 20 … minor units, when 40 bins are not enough', () => {
    // 0 to 40 cents would take 41 bins of 0.01: 21 bins of 0.02
    assert.deepEqual(differenceHistogram(Float64Array.from([0, 40]), 2).map((bin) => bin.to).slice(0, 2), ['0.02', '0.04']);
    // -1,200,000.00 to 1,190,000.00: bins of 100,000.00, from -12 × to 11 ×, 24 of them (of 50,000.00 it would take 48)
    const bins = differenceHistogram(Float64Array.from([-120000000, 119000000]), 2);
    assert.deepEqual([bins.length, bins[0]?.from, bins.at(-1)?.to], [24, '-1200000.00', '1200000.00']);
  });

  it('starts bins at multiples of the width, so a negative value falls in the bin below it', () => {
    assert.deepEqual(differenceHistogram(Float64Array.from([-1, 1]), 2), [
      { from: '-0.01', to: '0.00', trials: 1 },
      { from: '0.00', to: '0.01', trials: 0 },
      { from: '0.01', to: '0.02', trials: 1 },
    ]);
  });

  it('gives one bin of a sensible width when every value is the same', () => {
    assert.deepEqual(differenceHistogram(Float64Array.from([700, 700, 700]), 2), [{ from: '7.00', to: '7.20', trials: 3 }]);
    assert.deepEqual(differenceHistogram(Float64Array.from([-700]), 2), [{ from: '-7.00', to: '-6.80', trials: 1 }]);
    assert.deepEqual(differenceHistogram(Float64Array.from([0, 0]), 2), [{ from: '0.00', to: '0.05', trials: 2 }]);
    assert.deepEqual(differenceHistogram(Float64Array.from([5]), 0), [{ from: '5', to: '6', trials: 1 }]);
  });

  it('counts every value once, in the bin from ≤ value < to, with at most 40 equal bins, none across zero', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: 1, maxLength: 200 }), (values) => {
        const bins = differenceHistogram(Float64Array.from(values), 2);
        assert.ok(bins.length >= 1 && bins.length <= HISTOGRAM_MAX_BINS);
        assert.equal(bins.reduce((sum, bin) => sum + bin.trials, 0), values.length);
        const width = cents(bins[0]!.to) - cents(bins[0]!.from);
        assert.ok(/^[125]0*$/.test(String(width)), `width ${width}`);
        bins.forEach((bin, i) => {
          assert.equal(cents(bin.to) - cents(bin.from), width);
          assert.ok(cents(bin.from) >= 0 || cents(bin.to) <= 0, `${bin.from} to ${bin.to} straddles zero`);
          assert.equal(bin.trials, values.filter((v) => v >= cents(bin.from) && v < cents(bin.to)).length, `bin ${i}`);
        });
      }),
    );
  });

  it('is empty for no values', () => {
    assert.deepEqual(differenceHistogram(new Float64Array(0), 2), []);
  });
});
