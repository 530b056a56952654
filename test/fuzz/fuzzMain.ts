/**
 * `npm run fuzz -- --runs N [--seed S]`: a long fuzz run. Exits 1 on a failure, after saving
 * the shrunk case in test/fuzz/found/.
 */
import { parseArgs } from 'node:util';
import { fuzz } from './fuzzRun.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const started = performance.now();
const result = await fuzz(runs, seed);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (result.failure === undefined) {
  console.log(`${runs} cases, seed ${seed}: no failure, in ${seconds} s`);
} else {
  console.log(`failed (${seconds} s): ${result.failure}\nshrunk case saved as ${result.saved}`);
  process.exitCode = 1;
}
