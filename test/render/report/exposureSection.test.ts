import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Exposure } from '../../../lib/analysis/signingPlans.js';
import { revisitReport } from '../../../lib/report/revisitReport.js';
import type { RevisitReport } from '../../../lib/report/revisitReport.js';
import { commitSentences, exposureSection } from '../../../lib/render/report/exposureSection.js';
import { foundingReport, managedProvider, plainReport, scenarioWith, selfHosted, selfHostedWithItHire } from './reportFixtures.js';

/** The report with its one exposure changed. */
function withExposure(report: RevisitReport, change: (exposure: Exposure) => Exposure): RevisitReport {
  return { ...report, exposure: report.exposure.map(change) };
}

const BREAK_EVEN = 'Break-even against Self-hosted: signing now, never within the horizon; signing in May 2010, never within the horizon.';

describe('the section on what signing commits you to', () => {
  it('shows, for the provider, the committed minimum, leaving at the revisit date, both signing plans and what waiting saves', () => {
    assert.deepEqual(exposureSection(foundingReport()), [
      { type: 'heading', level: 2, text: 'What signing commits you to' },
      { type: 'heading', level: 3, text: 'Managed provider' },
      {
        type: 'table',
        header: ['Exposure', 'Amount'],
        align: ['left', 'right'],
        rows: [
          ['Committed minimum (24 months, May 2009 to April 2011)', '1,005,000.00'],
          ['Signing now and leaving at the revisit date (notice given at the end of April 2010): paid until it ends', '525,000.00'],
          ['… plus the exit fee', '480,000.00'],
          ['… in all', '1,005,000.00'],
          ['Signing now (from May 2009): total over three years', '1,485,000.00'],
          ['Keeping Self-hosted and signing in May 2010: total over three years', '1,053,000.00'],
          ['What waiting until May 2010 saves', '432,000.00'],
        ],
      },
      { type: 'paragraph', runs: [{ text: BREAK_EVEN }] },
    ]);
  });

  it('says how many months of notice are paid after the notice is given', () => {
    const provider = scenarioWith('Provider with notice', [{ name: 'Managed hosting', kind: 'recurring', amount: '40000', every: 'month' }], {
      commitment: { months: 24, noticeMonths: 3 },
    });
    const table = exposureSection(revisitReport([selfHosted, provider], { months: 36 }))[2];
    assert.deepEqual(table?.type === 'table' && table.rows.slice(0, 4), [
      ['Committed minimum (24 months, May 2009 to April 2011)', '960,000.00'],
      ['Signing now and leaving at the revisit date (notice given at the end of April 2010, then 3 months of notice): paid until it ends', '600,000.00'],
      ['… plus the exit fee', '360,000.00'],
      ['… in all', '960,000.00'],
    ]);
  });

  it('adds what a plan commits after the end of the horizon, below its total', () => {
    const table = exposureSection(plainReport({ revisit: '2011-05' }))[2];
    assert.deepEqual(table?.type === 'table' && table.rows.slice(4), [
      ['Signing now (from May 2009): total over three years', '1,485,000.00'],
      ['Keeping Self-hosted and signing in May 2011: total over three years', '621,000.00'],
      ['… and committed for after April 2012', '480,000.00'],
      ['What waiting until May 2011 saves', '864,000.00'],
    ]);
  });

  it('says what waiting saves by NPV too when discounting', () => {
    const table = exposureSection(plainReport({ discountRate: '8%' }))[2];
    assert.deepEqual(table?.type === 'table' && table.rows.slice(-2), [
      ['What waiting until May 2010 saves', '432,000.00'],
      ['… by NPV (saves)', '420,462.89'],
    ]);
  });

  it('when the baseline is itself under a minimum term, says the plans leave it without paying to leave early, and what waiting costs', () => {
    const blocks = exposureSection(revisitReport([managedProvider, selfHosted], { months: 36 }));
    assert.deepEqual(blocks.slice(0, 5), [
      { type: 'heading', level: 2, text: 'What signing commits you to' },
      {
        type: 'paragraph',
        runs: [
          {
            text: 'Managed provider, the baseline, is itself under a minimum term until April 2011: the plans below switch away from it without the cost of leaving it early (see its exit costs under The options).',
          },
        ],
      },
      { type: 'heading', level: 3, text: 'Self-hosted' },
      {
        type: 'table',
        header: ['Exposure', 'Amount'],
        align: ['left', 'right'],
        rows: [
          ['Signing now (from May 2009): total over three years', '144,000.00'],
          ['Keeping Managed provider and signing in May 2010: total over three years', '621,000.00'],
          ['What waiting until May 2010 costs', '477,000.00'],
        ],
      },
      { type: 'paragraph', runs: [{ text: 'Break-even against Managed provider: signing now, month 1 (May 2009); signing in May 2010, month 1 (May 2009).' }] },
    ]);
  });

  it('says what waiting costs by NPV, as a size, when it is negative', () => {
    const report = withExposure(plainReport({ discountRate: '8%' }), (exposure) => ({ ...exposure, valueOfWaiting: '-1000.00', valueOfWaitingNpv: '-950.50' }));
    const table = exposureSection(report)[2];
    assert.deepEqual(table?.type === 'table' && table.rows.slice(-2), [
      ['What waiting until May 2010 costs', '1,000.00'],
      ['… by NPV (costs)', '950.50'],
    ]);
  });

  it('is left out when there is no option but the baseline', () => {
    assert.deepEqual(exposureSection(revisitReport([selfHosted], { months: 36 })), []);
  });
});

describe('commitSentences, for the decision summary', () => {
  it('says what signing the provider today commits you to, and what waiting until the revisit date saves', () => {
    assert.deepEqual(commitSentences(foundingReport()), ['Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2010 saves 432,000.00 over three years.']);
  });

  it('adds what signing at the revisit date commits after the end of the horizon', () => {
    assert.deepEqual(commitSentences(plainReport({ revisit: '2011-05' })), [
      'Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2011 saves 864,000.00 over three years, though signing then commits 480,000.00 more after April 2012.',
    ]);
  });

  it('says what waiting costs, or that it changes nothing', () => {
    const costs = withExposure(plainReport(), (exposure) => ({ ...exposure, valueOfWaiting: '-1000.00' }));
    const nothing = withExposure(plainReport(), (exposure) => ({ ...exposure, valueOfWaiting: '0.00' }));
    assert.deepEqual(
      [...commitSentences(costs), ...commitSentences(nothing)],
      [
        'Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2010 costs 1,000.00 more over three years.',
        'Signing Managed provider today would commit you to 1,005,000.00; waiting until May 2010 changes nothing over three years.',
      ],
    );
  });

  it('speaks in the past of a signing month before the report’s date', () => {
    const report = withExposure({ ...plainReport(), date: '2009-09-01' }, (exposure) => ({ ...exposure, signNow: { ...exposure.signNow, starts: '2009-06' } }));
    assert.deepEqual(commitSentences(report), ['Signing Managed provider for June 2009 would have committed you to 1,005,000.00; waiting until May 2010 saves 432,000.00 over three years.']);
  });

  it('says nothing of an option without a commitment', () => {
    assert.deepEqual(commitSentences(revisitReport([selfHosted, selfHostedWithItHire], { months: 36 })), []);
  });
});
