import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { progressBar, progressLine, progressOnTerminal } from '../../bin/progressBar.js';

/** A bar 41 columns wide writing into `written`, on a clock the test moves. */
function fakeBar(columns = 41) {
  let time = 5000;
  const written: string[] = [];
  const bar = progressBar((text) => written.push(text), { label: 'Simulating', columns, now: () => time });
  return { bar, written, at: (ms: number) => (time = 5000 + ms) };
}

describe('progressBar', () => {
  it('draws nothing in the first second, so a quick run stays quiet, and erases nothing it did not draw', () => {
    const { bar, written, at } = fakeBar();
    at(999);
    bar.update(9000, 10000);
    at(999.9);
    bar.update(10000, 10000);
    bar.end();
    assert.deepEqual(written, []);
  });

  it('then draws one line in place, at most ten times a second, and erases it at the end', () => {
    const { bar, written, at } = fakeBar();
    at(1000);
    bar.update(2500, 10000);
    at(1050);
    bar.update(3000, 10000); // too soon after the last drawing
    at(1100);
    bar.update(3000, 10000);
    at(2000);
    bar.update(10000, 10000);
    bar.end();
    assert.deepEqual(written, [
      '\rSimulating [#####.................]  25%',
      '\rSimulating [######................]  30%',
      '\rSimulating [######################] 100%',
      `\r${' '.repeat(40)}\r`,
    ]);
  });

  it('always draws the end of the run, however soon after the last drawing', () => {
    const { bar, written, at } = fakeBar();
    at(1000);
    bar.update(5000, 10000);
    at(1001);
    bar.update(10000, 10000);
    assert.equal(written.length, 2);
  });
});

describe('progressLine', () => {
  it('says the time left from the pace so far, keeping room for it so the bar does not change length', () => {
    // half done after 90 s: 90 s left, said in minutes from 90 s on
    assert.equal(progressLine('Simulating', 500, 1000, 90_000, 72), 'Simulating [#################.................]  50%  about 2 min left  ');
    assert.equal(progressLine('Simulating', 250, 1000, 1000, 72), 'Simulating [########..........................]  25%  about 3 s left    ');
    assert.equal(progressLine('Simulating', 1000, 1000, 4000, 72), `Simulating [##################################] 100%${' '.repeat(20)}`);
  });

  it('leaves out the time left on a narrower terminal, then the bar; the percentage stays', () => {
    assert.equal(progressLine('Simulating', 500, 1000, 90_000, 40), 'Simulating [###########...........]  50%');
    assert.equal(progressLine('Simulating', 500, 1000, 90_000, 20), 'Simulating  50%     ');
    assert.equal(progressLine('Simulating', 500, 1000, 90_000, 8), 'Simulati');
  });
});

describe('progressOnTerminal', () => {
  it('gives no bar when standard error is not a terminal (no stderrColumns): pipes, CI and tests', () => {
    assert.equal(progressOnTerminal({ stdout: () => undefined, stderr: () => undefined }, 'Simulating'), undefined);
  });

  it('draws its widest line, 72 columns, on a terminal that does not say its width (as if 80)', () => {
    let time = 0;
    const written: string[] = [];
    const bar = progressOnTerminal({ stdout: () => undefined, stderr: (text) => written.push(text), stderrColumns: 0, now: () => (time += 600) }, 'Simulating');
    bar?.update(1, 2);
    bar?.update(1, 2);
    assert.deepEqual(written.map((text) => text.length), [73]);
  });
});
