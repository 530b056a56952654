import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderSimulationSamplesCsv, simulationSamplesCsvParts } from '../../lib/render/renderSimulationSamplesCsv.js';
import type { SimulationSamples } from '../../lib/report/simulationSamples.js';

const samples = (trials: number): SimulationSamples => ({
  trials,
  columns: [
    { name: '=cmd|" /C calc"!A0: Fee', unit: 'money', digits: 2, values: Float64Array.from({ length: trials }, (_, t) => 1000.5 + t) },
    { name: 'Growth; yearly', unit: 'rate', digits: 2, values: Float64Array.from({ length: trials }, (_, t) => -0.0125 * t) },
    { name: 'Provider: total', unit: 'minor-units', digits: 2, values: Float64Array.from({ length: trials }, (_, t) => 1234567 - 1000 * t) },
  ],
});

describe('renderSimulationSamplesCsv', () => {
  it('writes a row per trial: its number, what it drew, what it cost, as plain numbers with CRLF', () => {
    assert.equal(
      renderSimulationSamplesCsv(samples(2)),
      `trial,"'=cmd|"" /C calc""!A0: Fee","Growth; yearly",Provider: total\r\n` + '1,1000.50,0,12345.67\r\n' + '2,1001.50,-0.0125,12335.67\r\n',
    );
  });

  it('comes in parts of 1,000 trials after the header, which together are the whole file', () => {
    const parts = [...simulationSamplesCsvParts(samples(2001))];
    assert.deepEqual(
      parts.map((part) => part.split('\r\n').length - 1),
      [1, 1000, 1000, 1],
    );
    // together: the header, then every trial once, in order
    const rows = parts.join('').split('\r\n').slice(1, -1);
    assert.deepEqual(
      rows.map((row) => Number(row.split(',')[0])),
      Array.from({ length: 2001 }, (_unused, t) => t + 1),
    );
    assert.ok(parts[3]?.startsWith('2001,3000.50,-25,'));
  });
});
