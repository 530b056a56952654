import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReportBlocks } from '../../../lib/render/report/reportBlocks.js';
import { plainReport } from './reportFixtures.js';

describe('isReportBlocks', () => {
  it('tells a document given as blocks, an empty one included, from the report they are made from', () => {
    assert.deepEqual(
      [isReportBlocks([{ type: 'heading', level: 1, text: 'Revisit report' }]), isReportBlocks([]), isReportBlocks(plainReport())],
      [true, true, false],
    );
  });
});
