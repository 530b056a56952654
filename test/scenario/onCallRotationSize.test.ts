import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { onCallRotationSize } from '../../lib/scenario/onCallRotationSize.js';

describe('onCallRotationSize', () => {
  it('needs 5 people for 24×7 at 40 on-call hours a person (168 ÷ 40 = 4.2, rounded up)', () => {
    assert.equal(onCallRotationSize(168, 40), 5);
  });

  it('needs exactly the quotient when it divides evenly (168 ÷ 42 = 4)', () => {
    assert.equal(onCallRotationSize(168, 42), 4);
  });

  it('needs one person when one person may carry the whole duty', () => {
    assert.equal(onCallRotationSize(40, 40), 1);
    assert.equal(onCallRotationSize(168, 168), 1);
    assert.equal(onCallRotationSize(1, 40), 1);
  });

  it('counts decimal hours exactly (112.5 ÷ 37.5 = 3, not 3.0000001 rounded up to 4)', () => {
    assert.equal(onCallRotationSize(112.5, 37.5), 3);
    assert.equal(onCallRotationSize(168, 33.6), 5);
  });

  it('refuses hours of 0 or less: the schema never lets them through', () => {
    assert.throws(() => onCallRotationSize(168, 0), RangeError);
    assert.throws(() => onCallRotationSize(0, 40), RangeError);
  });
});
