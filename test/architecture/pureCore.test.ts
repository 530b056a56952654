/**
 * Only lib/io/ (and bin/) may touch the file system, the process or the clock: everything
 * else in lib/ is a pure function of its input, so a notebook can build scenarios in code,
 * compare and render without anything being read or written. Importing a module that reads
 * a file is touching the file system too, however many imports away it is, so the check
 * follows every import (static, type-only, `export … from`, `import()`, `createRequire`)
 * transitively:
 *
 *   core file = lib/**  except lib/io/ and lib/index.ts (the public API, which re-exports
 *               lib/io/ beside the core)
 *   core file ─▶ imports ─▶ … ─▶ [node:]fs, fs/promises, child_process, process,
 *                                 worker_threads, net, http, https               ─▶ none
 *                                 `process`, `Date.now()`, `new Date()`, `Date()` ─▶ none
 *
 * e.g. lib/render/renderChartHtml.ts → lib/io/readChartFonts.ts → node:fs/promises: the page
 * renderer reads the font files itself instead of being handed their bytes.
 *
 * Today's violations are in KNOWN_IMPURE, one per core file and thing it reaches; the list can
 * only shrink (see knownViolations.ts).
 */
import { describe } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { impureReaches } from './architectureRules.js';
import { projectImportGraph } from './importGraph.js';
import { itKeepsToKnown } from './knownViolations.js';

/** Core files that reach the file system, the process or the clock today: `file reaches what`. */
const KNOWN_IMPURE: readonly string[] = [];

describe('the core (lib/ outside lib/io/), with everything it imports', () => {
  itKeepsToKnown('KNOWN_IMPURE', KNOWN_IMPURE, impureReaches(projectImportGraph(projectRoot)), 'path to the file system, the process or the clock');
});
