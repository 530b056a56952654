import { performance } from 'node:perf_hooks';
import { unwrap } from '../lib/issues/issue.js';
import { compare } from '../lib/report/compare.js';
import { parseScenario } from '../lib/scenario/parseScenario.js';
import { generateScenarios } from './_genOld.js';
const files = generateScenarios(1000, 10);
const itemMonths = files.length * 10 * 120;
let best = Infinity;
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  const scenarios = files.map((file, i) => unwrap(parseScenario(file, `generated-${i}.json`)));
  compare(scenarios, { months: 120 });
  best = Math.min(best, performance.now() - started);
}
console.log(`${(itemMonths / (best / 1000) / 1e6).toFixed(2)} M item-months/s (${best.toFixed(0)} ms)`);
