import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue } from '../../lib/issues/issue.js';
import { formatMonth } from '../../lib/calendar/month.js';
import { parseScenario } from '../../lib/scenario/parseScenario.js';
import { RENEWAL_ITEM_NAME } from '../../lib/scenario/normalizeCommitment.js';
import type { CommitmentFile } from '../../lib/scenario/scenarioFile.js';
import { foundingScenarios, scenarioOf } from '../support/fixtures.js';

const { managed } = foundingScenarios();
const withCommitment = (commitment: CommitmentFile) => ({ ...managed.definition, commitment });

/** The problems of a file, as the CLI prints them. */
function problems(data: unknown): string[] {
  const result = parseScenario(data, 'provider.json');
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('a commitment', () => {
  it('stays { months } when the file gives nothing more (version 1)', () => {
    assert.deepEqual(managed.commitment, { months: 24 });
  });

  it('reads the exit fee as amount + share × remaining payments', () => {
    const fee = (exitFee: CommitmentFile['exitFee']) => {
      const read = scenarioOf(withCommitment({ months: 24, ...(exitFee === undefined ? {} : { exitFee }) })).commitment?.exitFee;
      return read === undefined ? undefined : [read.kind, read.share.toString(), read.amount.toString()];
    };
    assert.deepEqual(fee({ kind: 'remaining' }), ['remaining', '1', '0']);
    assert.deepEqual(fee({ kind: 'remaining', amount: '500' }), ['remaining', '1', '500']);
    assert.deepEqual(fee({ kind: 'share', rate: '50%' }), ['share', '0.5', '0']);
    assert.deepEqual(fee({ kind: 'share', rate: 0.25, amount: 100 }), ['share', '0.25', '100']);
    assert.deepEqual(fee({ kind: 'fixed', amount: '50000' }), ['fixed', '0', '50000']);
  });

  it('reads the notice period and the renewal', () => {
    const commitment = scenarioOf(withCommitment({ months: 24, noticeMonths: 3, renewal: { kind: 'renews' } })).commitment;
    assert.deepEqual(commitment, { months: 24, noticeMonths: 3, renewal: { kind: 'renews' } });
  });

  it('stops every item after a term that ends', () => {
    const ends = scenarioOf(withCommitment({ months: 24, renewal: { kind: 'ends' } }));
    assert.deepEqual(ends.items.map((item) => [item.name, item.until === undefined ? undefined : formatMonth(item.until)]), [
      ['Migration and setup', '2011-05'],
      ['Managed hosting', '2011-05'],
    ]);
  });

  it('replaces every item after the term by a month-to-month price, in the category of the first recurring item', () => {
    const monthly = scenarioOf(withCommitment({ months: 24, renewal: { kind: 'monthly', price: '44000' } }));
    const renewal = monthly.items[2];
    assert.deepEqual([renewal?.name, renewal?.kind, renewal?.category, renewal?.kind === 'recurring' ? [renewal.amount.toString(), formatMonth(renewal.from)] : []], [
      RENEWAL_ITEM_NAME,
      'recurring',
      'hosting',
      ['44000', '2011-05'],
    ]);
  });

  it('leaves the items as they are when it renews, or continues monthly without a price', () => {
    for (const renewal of [{ kind: 'renews' }, { kind: 'monthly' }] as const) {
      assert.deepEqual(scenarioOf(withCommitment({ months: 24, renewal })).items, managed.items);
    }
  });

  describe('rejects, naming the file and the place', () => {
    it('a "share" fee without its rate, and a "fixed" fee without its amount', () => {
      assert.deepEqual(problems(withCommitment({ months: 24, exitFee: { kind: 'share' } })), [
        'provider.json: /commitment/exitFee: missing required key "rate": a "share" fee is a share of the remaining payments, such as "50%"',
      ]);
      assert.deepEqual(problems(withCommitment({ months: 24, exitFee: { kind: 'fixed' } })), [
        'provider.json: /commitment/exitFee: missing required key "amount": a "fixed" fee is a fixed amount, such as "50000"',
      ]);
    });

    it('a share above 100%, and a rate on a fee that is not a share', () => {
      assert.deepEqual(problems(withCommitment({ months: 24, exitFee: { kind: 'share', rate: '150%' } })), [
        'provider.json: /commitment/exitFee/rate: expected a share of the remaining payments from 0 to 100%, found "150%"',
      ]);
      assert.deepEqual(problems(withCommitment({ months: 24, exitFee: { kind: 'remaining', rate: '50%' } })), [
        'provider.json: /commitment/exitFee/rate: "rate" is only for "kind": "share"; a "remaining" fee has no rate (remove it, or use "kind": "share")',
      ]);
    });

    it('a price on a renewal that is not month to month', () => {
      assert.deepEqual(problems(withCommitment({ months: 24, renewal: { kind: 'ends', price: '1' } })), [
        'provider.json: /commitment/renewal/price: "price" is only for "kind": "monthly"; a commitment that ends has no price after its term',
      ]);
    });

    it('an unknown exit fee kind, a negative notice period and an unknown key', () => {
      assert.deepEqual(problems({ ...managed.definition, commitment: { months: 24, exitFee: { kind: 'all' }, noticeMonths: -1, renewl: {} } }), [
        'provider.json: /commitment: unknown key "renewl" (did you mean "renewal"?)',
        'provider.json: /commitment/exitFee/kind: expected one of "remaining", "share", "fixed", found "all"',
        'provider.json: /commitment/noticeMonths: expected a number of at least 0, found -1',
      ]);
    });
  });
});

describe('a migration overlap', () => {
  it('is read as written', () => {
    assert.deepEqual(scenarioOf({ ...managed.definition, overlap: { months: 3 } }).overlap, { months: 3 });
    assert.deepEqual(scenarioOf({ ...managed.definition, overlap: { months: 3, scenario: 'Self-hosted' } }).overlap, { months: 3, scenario: 'Self-hosted' });
  });

  it('needs at least one month', () => {
    assert.deepEqual(problems({ ...managed.definition, overlap: { months: 0 } }), ['provider.json: /overlap/months: expected a number of at least 1, found 0']);
  });
});
