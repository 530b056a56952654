// costmodel from a plain Node.js script, for planning without Jupyter: the same steps as
// docs/notebook.ipynb. In a folder where `npm install costmodel` has been run, with the
// scenario files in scenarios/ two folders up from this script (as in costmodel's repository):
//
//   node docs/examples/plain-node.mjs
//
// It prints the comparison table, tries a lower provider fee, and writes the break-even
// chart to break-even.svg in the current folder.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { breakEvenChart, compare, loadScenarios, parseScenario, renderSvg, renderTable, toDecimal, unwrap } from 'costmodel';

const scenarioFile = (name) => fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url));

// 1. The founding scenarios, compared over 36 months: results are plain data, money as decimal strings.
const [selfHosted, managedProvider] = await loadScenarios([scenarioFile('self-hosted.json'), scenarioFile('managed-provider.json')]);
const result = compare([selfHosted, managedProvider], { months: 36 });
process.stdout.write(renderTable(result, { width: 80 }));

// 2. Exact arithmetic on the results: what the provider costs more per month, on average.
const [own, provider] = result.scenarios;
console.log(`\nThe provider costs ${toDecimal(provider.total).minus(own.total).dividedBy(result.settings.months).toFixed(2)} more a month on average.`);

// 3. Change an assumption in code: the same provider at a lower monthly fee.
const lowerFee = unwrap(
  parseScenario({
    ...managedProvider.definition,
    name: 'Provider at 2,750/month',
    costs: managedProvider.definition.costs.map((item) => (item.name === 'Managed hosting' ? { ...item, amount: '2750' } : item)),
  }),
);
const whatIf = compare([selfHosted, managedProvider, lowerFee], { months: 36 });
for (const scenario of whatIf.scenarios) {
  const breakEven = scenario.breakEven === null ? 'baseline' : (scenario.breakEven.at?.calendar ?? 'never within 36 months');
  console.log(`${scenario.name}: ${scenario.total} (break-even: ${breakEven})`);
}

// 4. The break-even chart, as SVG.
await writeFile('break-even.svg', await renderSvg(breakEvenChart(whatIf, { revisit: '2010-05' })));
console.log('Wrote break-even.svg');
