// node:module in the explore page: lib/ loads modules on first use with
// createRequire(import.meta.url)(id); in the page they are bundled, and handed out by id.
// csv-parse is not among them: the page reads no CSV file (a driver's CSV values are in
// the scenario's definition already), and its Node build needs Buffer.
import validateScenarioSchema from '../../../lib/scenario/generated/validateScenarioSchema.cjs';
// csv-stringify's browser build: its Node build needs Buffer.
import * as csvStringify from 'csv-stringify/browser/esm/sync';
import * as levenshtein from 'fastest-levenshtein';

const MODULES = {
  './generated/validateScenarioSchema.cjs': validateScenarioSchema,
  'csv-stringify/sync': csvStringify,
  'fastest-levenshtein': levenshtein,
};

export function createRequire() {
  return (id) => {
    const loaded = MODULES[id];
    if (loaded === undefined) throw new Error(`the explore page bundles no module "${id}"`);
    return loaded;
  };
}
