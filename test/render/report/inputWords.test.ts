import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { revisitReport } from '../../../lib/report/revisitReport.js';
import { fieldWords, inputAmount, inputName, perOfRate, valueText, type InputRef } from '../../../lib/render/report/inputWords.js';
import { plainReport, scenarioWith, selfHosted } from './reportFixtures.js';

const input = (more: Partial<InputRef>): InputRef => ({ scenario: 'Cloud', item: 'Hosting', field: 'amount', kind: 'money', per: 'a month', ...more });

describe('how the revisit report names an input and writes its value', () => {
  describe('inputName', () => {
    it('names an amount by its item alone', () => {
      assert.equal(inputName(input({})), 'Hosting');
    });

    it('names another field of an item in words after the item', () => {
      assert.deepEqual(
        ['price', 'minimum', 'tiers[2].price', 'oneTimePerBlock', 'recurringPerBlock', 'annualCost', 'onCallStipend'].map((field) => inputName(input({ field }))),
        ['Hosting: price', 'Hosting: minimum charge', 'Hosting: tier 2 price', 'Hosting: one-time cost', 'Hosting: cost', 'Hosting: annual cost per person', 'Hosting: on-call stipend'],
      );
    });

    it('names a rate as the item’s escalation, or its yearly raise', () => {
      assert.deepEqual(
        [inputName(input({ field: 'escalation', kind: 'rate' })), inputName(input({ field: 'raise', kind: 'rate' }))],
        ['Hosting: escalation', 'Hosting: yearly raise'],
      );
    });

    it('names the commitment’s length, and its other fields as they are written', () => {
      assert.deepEqual(
        [inputName(input({ item: null, field: 'months', kind: 'months' })), inputName(input({ item: null, field: 'renewal price' }))],
        ['Commitment length', 'Commitment renewal price'],
      );
    });
  });

  describe('valueText', () => {
    const report = plainReport();

    it('writes an amount to the minor unit, with what it is per', () => {
      assert.deepEqual([valueText(report, input({}), '2750'), valueText(report, input({}), '1234567.5')], ['2,750.00 a month', '1,234,567.50 a month']);
    });

    it('keeps the places of a price finer than the minor unit', () => {
      assert.equal(valueText(report, input({ field: 'price', per: 'a GB-month' }), '0.0215'), '0.0215 a GB-month');
    });

    it('writes a rate as a percentage, per period without "compounding"', () => {
      assert.equal(valueText(report, input({ field: 'escalation', kind: 'rate', per: 'a year, compounding' }), '0.0325'), '3.25% a year');
    });

    it('writes a commitment length in months', () => {
      assert.equal(valueText(report, input({ item: null, field: 'months', kind: 'months', per: 'months' }), '24'), '24 months');
    });
  });

  describe('inputAmount', () => {
    it('follows an amount of a converted scenario by the currency it was written in', () => {
      const eu = scenarioWith('Provider EU', [{ name: 'Managed hosting', kind: 'recurring', amount: '28000', every: 'month' }], { currency: 'EUR' });
      const report = revisitReport([selfHosted, eu], { months: 36, rates: { EUR: '1.37' } });
      assert.deepEqual([inputAmount(report, { scenario: 'Provider EU' }, '28000'), inputAmount(report, { scenario: 'Self-hosted' }, '48000')], ['28,000.00 EUR', '48,000.00']);
    });
  });

  it('fieldWords leaves a field it has no words for as it is', () => {
    assert.deepEqual([fieldWords('renewal price'), fieldWords('salvage')], ['price after the term', 'salvage']);
  });

  it('perOfRate drops the "compounding" a rate’s own words imply', () => {
    assert.deepEqual([perOfRate('a year, compounding'), perOfRate('a month')], ['a year', 'a month']);
  });
});
