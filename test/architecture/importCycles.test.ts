/**
 * No two files of lib/ or bin/ import each other, directly or round a longer loop. A cycle
 * means neither file can be read, tested or moved without the other, and the order in which
 * ES modules initialise starts to matter. Type-only imports count too: they tie the files'
 * concepts together just the same.
 *
 *   a.ts ─▶ b.ts ─▶ c.ts          a.ts ─▶ b.ts ─▶ c.ts
 *                                   ▲               │
 *   fine                            └───────────────┘  a cycle: a.ts → b.ts → c.ts → a.ts
 *
 * Each elementary cycle is reported as a chain from its first file (by path) back to it.
 * Today's cycles are in KNOWN_CYCLES; the list can only shrink (see knownViolations.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { importCycles } from './architectureRules.js';
import { cyclicComponents } from './graphSearch.js';
import { projectImportGraph } from './importGraph.js';
import { itKeepsToKnown } from './knownViolations.js';

/** The import cycles of today, each from its first file by path. */
const KNOWN_CYCLES: readonly string[] = [];

describe('the imports between files of lib/ and bin/', () => {
  const graph = projectImportGraph(projectRoot);
  const { findings, complete } = importCycles(graph);

  it('are few enough cycles to list', () => {
    const tangles = cyclicComponents(graph.files, graph.successors).map((files) => `  ${files.join(', ')}`);
    assert.ok(complete, `too many import cycles to list them; the files caught in them:\n${tangles.join('\n')}`);
  });

  itKeepsToKnown('KNOWN_CYCLES', KNOWN_CYCLES, findings, 'import cycle');
});
