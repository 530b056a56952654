/**
 * lib/'s folders are the pipeline's phases, and imports point down the pipeline: a folder
 * imports only from itself and the folders below it, so each can be read, tested and
 * replaced knowing only what lies beneath. Two checks:
 *
 * 1. The graph of folders is acyclic. For each group of folders that import each other in a
 *    circle, every file import among them that goes up the layers is reported.
 * 2. Imports follow LAYERS, bottom to top (lib/index.ts, the public API, is in no folder):
 *
 *      io                                    ▲ may import everything below
 *      render                                │
 *      report                                │
 *      analysis                              │
 *      model                                 │
 *      record   actuals     side by side: neither imports the other
 *      scenario
 *      csv
 *      money  calendar  issues   the ground: they may import each other, acyclically
 *
 *    bin/ is above them all, and no file of lib/ imports it. A folder of lib/ missing from
 *    LAYERS fails until it is given its place; a folder of LAYERS that does not exist (yet)
 *    is simply absent.
 *
 * Violations are keyed by file import (`lib/a/x.ts → lib/b/y.ts`). Today's are in
 * KNOWN_FOLDER_CYCLES and KNOWN_UPWARD_IMPORTS; the lists can only shrink (see
 * knownViolations.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { folderBackEdges, folderOf, layeringViolations, unplacedFolders, type Layer } from './architectureRules.js';
import { projectImportGraph } from './importGraph.js';
import { itKeepsToKnown } from './knownViolations.js';

/** The intended layering of lib/'s folders, bottom to top. */
const LAYERS: readonly Layer[] = [
  { folders: ['money', 'calendar', 'issues'], siblings: 'acyclic' },
  { folders: ['csv'], siblings: 'acyclic' },
  { folders: ['scenario'], siblings: 'acyclic' },
  { folders: ['record', 'actuals'], siblings: 'independent' },
  { folders: ['model'], siblings: 'acyclic' },
  { folders: ['analysis'], siblings: 'acyclic' },
  { folders: ['report'], siblings: 'acyclic' },
  { folders: ['render'], siblings: 'acyclic' },
  { folders: ['io'], siblings: 'acyclic' },
];

/** The file imports that close a folder cycle today. */
const KNOWN_FOLDER_CYCLES: readonly string[] = [];

/** The file imports against LAYERS today. */
const KNOWN_UPWARD_IMPORTS: readonly string[] = [];

describe('the folders of lib/', () => {
  const graph = projectImportGraph(projectRoot);

  it('each have a place in LAYERS', () => {
    const unplaced = unplacedFolders(graph, LAYERS);
    assert.deepEqual(unplaced, [], `place ${unplaced.map((folder) => `lib/${folder}/`).join(', ')} in LAYERS (test/architecture/folderLayers.test.ts)`);
  });

  it('hold every file of lib/ but lib/index.ts', () => {
    assert.deepEqual(
      graph.files.filter((file) => file.startsWith('lib/') && file !== 'lib/index.ts' && folderOf(file) === undefined),
      [],
    );
  });

  describe('import each other without a cycle', () => {
    itKeepsToKnown('KNOWN_FOLDER_CYCLES', KNOWN_FOLDER_CYCLES, folderBackEdges(graph, LAYERS), 'file import closing a cycle of folders');
  });

  describe('import only their own folder or one below it in LAYERS', () => {
    itKeepsToKnown('KNOWN_UPWARD_IMPORTS', KNOWN_UPWARD_IMPORTS, layeringViolations(graph, LAYERS), 'file import against the layers');
  });
});
