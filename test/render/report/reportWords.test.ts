import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeText, countWords, horizonWords, monthWords, orList, percentText, pointsText, spanWords } from '../../../lib/render/report/reportWords.js';

describe('the shared words of the revisit report', () => {
  describe('horizonWords', () => {
    it('says whole years in words, up to ten', () => {
      assert.deepEqual([12, 36, 60, 120].map((months) => horizonWords(months)), ['one year', 'three years', 'five years', 'ten years']);
    });

    it('counts more than ten years in figures, and anything else in months', () => {
      assert.deepEqual([132, 18, 1, 37].map((months) => horizonWords(months)), ['11 years', '18 months', '1 month', '37 months']);
    });

    it('starts with a capital when asked, to open a line', () => {
      assert.deepEqual([horizonWords(36, { capital: true }), horizonWords(18, { capital: true })], ['Three years', '18 months']);
    });
  });

  it('countWords says zero to ten in words and larger counts in figures', () => {
    assert.deepEqual([0, 3, 10, 11].map(countWords), ['zero', 'three', 'ten', '11']);
  });

  describe('monthWords', () => {
    it('names a month of the report: May 2010', () => {
      assert.deepEqual([monthWords('2010-05'), monthWords('2012-12'), monthWords('2009-01')], ['May 2010', 'December 2012', 'January 2009']);
    });

    it('throws on a month that is not YYYY-MM: a report never holds one', () => {
      assert.throws(() => monthWords('2010-13'), /"2010-13" where a month YYYY-MM belongs/);
    });
  });

  it('spanWords names the first and last month of a span', () => {
    assert.equal(spanWords('2009-05', '2011-04'), 'May 2009 to April 2011');
  });

  it('orList joins two names with "or", and more with commas before the last "or"', () => {
    assert.deepEqual([orList(['A']), orList(['A', 'B']), orList(['A', 'B', 'C'])], ['A', 'A or B', 'A, B or C']);
  });

  describe('changeText', () => {
    it('writes a fall or a rise of less than 100% as a signed whole percentage, with a true minus sign', () => {
      assert.deepEqual([changeText({ change: '-0.93125', factor: '0.06875' }), changeText({ change: '0.25', factor: '1.25' })], ['−93%', '+25%']);
    });

    it('writes a rise to twice or more as the multiple, to one place', () => {
      assert.deepEqual([changeText({ change: '9.3125', factor: '10.3125' }), changeText({ change: '1', factor: '2' })], ['×10.3', '×2.0']);
    });

    it('keeps one place under 1%, and two under 0.1%, so a small change does not read as none', () => {
      assert.deepEqual([changeText({ change: '-0.004', factor: '0.996' }), changeText({ change: '0.00042', factor: '1.00042' })], ['−0.4%', '+0.04%']);
    });

    it('rounds half away from zero: 99.5% is +100%', () => {
      assert.equal(changeText({ change: '0.995', factor: '1.995' }), '+100%');
    });
  });

  describe('pointsText', () => {
    it('writes a difference of two rates in signed percentage points, to two places at most', () => {
      assert.deepEqual([pointsText('0.0045'), pointsText('-0.001'), pointsText('0.000001'), pointsText('0')], ['+0.45 points', '−0.1 points', '+0 points', '+0 points']);
    });
  });

  describe('percentText', () => {
    it('writes a rate as a percentage, to four places at most', () => {
      assert.deepEqual([percentText('0.08'), percentText('0.0325'), percentText('0.123456789'), percentText('-0.02')], ['8%', '3.25%', '12.3457%', '-2%']);
    });
  });
});
