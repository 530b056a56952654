/**
 * The architecture tests are only as good as the graph they read, so the graph and the rules
 * are tried here on a small project written in memory, whose violations are known:
 *
 *   lib/render/page.ts ─▶ lib/io/fonts.ts ─▶ node:fs/promises     (a core file reaches fs)
 *          ▲                    │                                  (and a folder cycle render ⇄ io)
 *          └────────────────────┘
 *   lib/model/a.ts ─▶ lib/model/b.ts ─▶ lib/model/a.ts             (a file cycle, type import)
 *   lib/money/cents.ts ─▶ lib/calendar/clock.ts ─▶ Date.now()      (the clock, two files away)
 *
 * and then on the project itself: every import of lib/ and bin/ must be one the graph follows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectRoot } from '../support/fixtures.js';
import { folderBackEdges, importCycles, impureReaches, layeringViolations, unplacedFolders, type Layer } from './architectureRules.js';
import { cyclicComponents, elementaryCycles, reachableFiles, shortestChain } from './graphSearch.js';
import { buildImportGraph, lineCount, projectImportGraph } from './importGraph.js';
import { assertNoFixedFindings, assertNoNewFindings, fixedKeys, newFindings } from './knownViolations.js';

const SMALL_PROJECT = new Map([
  [
    'lib/render/page.ts',
    [
      "import { fonts } from '../io/fonts.js';",
      "import type { Spec } from './spec.js';",
      "export { chart } from './charts/index.js';",
      'export async function page(spec: Spec) {',
      "  const { draw } = await import('./draw.js');",
      '  return draw(spec, await fonts());',
      '}',
    ].join('\n'),
  ],
  ['lib/render/spec.ts', 'export type Spec = { readonly title: string };\n'],
  ['lib/render/draw.ts', "import type { Spec } from './spec.js';\nexport const draw = (spec: Spec, fonts: Uint8Array) => spec.title + fonts.length;\n"],
  ['lib/render/charts/index.ts', "export const chart = { process: 'not the global' };\n"],
  [
    'lib/io/fonts.ts',
    [
      "import { readFile } from 'node:fs/promises';",
      "import { createRequire } from 'node:module';",
      "import { type Spec } from '../render/spec.js';",
      "const WIDTHS = './widths.cjs';",
      'const load = createRequire(import.meta.url);',
      'export const widths = load(WIDTHS) as Record<string, number>;',
      "export const more = createRequire(import.meta.url)('./widths.cjs');",
      "export const fonts = (spec?: Spec) => readFile(spec?.title ?? 'font.woff2');",
    ].join('\n'),
  ],
  ['lib/io/widths.cjs', 'module.exports = { a: 1 };\n'],
  ['lib/model/a.ts', "import type { B } from './b.js';\nexport type A = { b?: B };\n"],
  ['lib/model/b.ts', "export type B = { a?: import('./a.js').A };\n"],
  ['lib/money/cents.ts', "import { today } from '../calendar/clock.js';\nexport const stamp = () => today();\n"],
  [
    'lib/calendar/clock.ts',
    [
      'export const today = () => Date.now();',
      'export const epoch = new Date(0);',
      'export const later = () => [new Date(), Date()];',
      'export const args = () => process.argv;',
    ].join('\n'),
  ],
  [
    'lib/money/casts.ts',
    [
      '// Sound: the parser was given `columns: true`, so every record is an object.',
      'export const one = (x: string) => x as unknown as number;',
      'export const two = (x: string) => x as unknown as boolean; // sound: never called',
      '// This is unsound, and soundness is not the word.',
      'export const three = (x: string) => x as unknown as bigint;',
      '',
      "export const four = (x: string) => 'not // sound' && (x as unknown as symbol);",
    ].join('\n'),
  ],
  ['bin/cli.ts', "const at = (file: string) => import(file);\nimport('../lib/nowhere.js');\nexport { at };\n"],
]);

const LAYERS: readonly Layer[] = [
  { folders: ['money', 'calendar'], siblings: 'acyclic' },
  { folders: ['model'], siblings: 'acyclic' },
  { folders: ['render'], siblings: 'acyclic' },
  { folders: ['io'], siblings: 'acyclic' },
];

describe('buildImportGraph', () => {
  const graph = buildImportGraph(SMALL_PROJECT);
  const importsOf = (file: string) => graph.facts.get(file)?.imports.map(({ to, kind, line }) => `${line} ${kind} ${to}`);

  it('follows static, type-only, re-exporting and dynamic imports, and finds ./x.js in x.ts', () => {
    assert.deepEqual(importsOf('lib/render/page.ts'), [
      '1 import lib/io/fonts.ts',
      '2 import type lib/render/spec.ts',
      '3 export from lib/render/charts/index.ts',
      '5 import() lib/render/draw.ts',
    ]);
  });

  it('follows createRequire, called at once or through a name, with a specifier held in a constant', () => {
    assert.deepEqual(importsOf('lib/io/fonts.ts'), [
      '1 import node:fs/promises',
      '2 import node:module',
      '3 import type lib/render/spec.ts',
      '6 require lib/io/widths.cjs',
      '7 require lib/io/widths.cjs',
    ]);
  });

  it('follows typeof import(…) in a type', () => {
    assert.deepEqual(importsOf('lib/model/b.ts'), ['1 import type lib/model/a.ts']);
  });

  it('keeps the imports it cannot follow apart, with the reason', () => {
    assert.deepEqual(graph.facts.get('bin/cli.ts')?.unresolved, [
      { file: 'bin/cli.ts', line: 1, what: 'import() of file, not a string this file declares' },
      { file: 'bin/cli.ts', line: 2, what: "import() of '../lib/nowhere.js', which names no file of lib/ or bin/" },
    ]);
  });

  it('lists the successors of a file once each, files only', () => {
    assert.deepEqual(graph.successors('lib/io/fonts.ts'), ['lib/io/widths.cjs', 'lib/render/spec.ts']);
  });

  it('finds forbidden modules, process and the clock, but not new Date(value) or a key named process', () => {
    const uses = (file: string) => graph.facts.get(file)?.impureUses.map(({ what, line }) => `${line} ${what}`);
    assert.deepEqual(uses('lib/calendar/clock.ts'), ['1 Date.now()', '3 new Date()', '3 Date()', '4 process']);
    assert.deepEqual(uses('lib/io/fonts.ts'), ['1 node:fs/promises']);
    assert.deepEqual(uses('lib/render/charts/index.ts'), []);
  });

  it('finds each as unknown as, justified by a comment with the word "sound" on its line or the line above', () => {
    assert.deepEqual(
      graph.facts.get('lib/money/casts.ts')?.unknownCasts.map(({ line, type, justified }) => `${line} ${type} ${justified}`),
      ['2 number true', '3 boolean true', '5 bigint false', '7 symbol false'],
    );
  });
});

describe('lineCount', () => {
  it('counts lines as wc -l does, and a last line without a newline', () => {
    assert.deepEqual(['', 'a', 'a\n', 'a\nb', 'a\nb\n', '\n\n'].map(lineCount), [0, 1, 1, 2, 2, 2]);
  });
});

describe('reachableFiles and shortestChain', () => {
  const graph = buildImportGraph(SMALL_PROJECT);

  it('reach through every kind of import, nearest first', () => {
    assert.deepEqual(reachableFiles(graph, 'lib/render/page.ts'), [
      'lib/render/page.ts',
      'lib/io/fonts.ts',
      'lib/render/charts/index.ts',
      'lib/render/draw.ts',
      'lib/render/spec.ts',
      'lib/io/widths.cjs',
    ]);
  });

  it('find the shortest chain to a goal, or none', () => {
    assert.deepEqual(shortestChain(graph, 'lib/render/page.ts', (file) => file.endsWith('.cjs')), ['lib/render/page.ts', 'lib/io/fonts.ts', 'lib/io/widths.cjs']);
    assert.equal(shortestChain(graph, 'lib/model/a.ts', (file) => file.startsWith('lib/io/')), undefined);
  });
});

describe('cyclicComponents and elementaryCycles', () => {
  const edges: Record<string, string[]> = { a: ['b'], b: ['c', 'a'], c: ['a'], d: ['d'], e: ['a'] };
  const successors = (node: string) => edges[node] ?? [];

  it('group the nodes on a cycle, a node importing itself included', () => {
    assert.deepEqual(cyclicComponents(Object.keys(edges), successors), [['a', 'b', 'c'], ['d']]);
  });

  it('list each cycle once, from its smallest node', () => {
    assert.deepEqual(elementaryCycles(Object.keys(edges), successors), { cycles: [['a', 'b', 'a'], ['a', 'b', 'c', 'a'], ['d', 'd']], complete: true });
  });

  it('say when they stopped before listing them all', () => {
    assert.equal(elementaryCycles(Object.keys(edges), successors, 2).complete, false);
  });
});

describe('the rules, on a small project', () => {
  const graph = buildImportGraph(SMALL_PROJECT);

  it('impureReaches reports each core file reaching fs, process or the clock, with the chain', () => {
    assert.deepEqual(
      impureReaches(graph).map(({ key, detail }) => `${key} | ${detail}`),
      [
        'lib/calendar/clock.ts reaches Date() | lib/calendar/clock.ts → Date()   (lib/calendar/clock.ts:3)',
        'lib/calendar/clock.ts reaches Date.now() | lib/calendar/clock.ts → Date.now()   (lib/calendar/clock.ts:1)',
        'lib/calendar/clock.ts reaches new Date() | lib/calendar/clock.ts → new Date()   (lib/calendar/clock.ts:3)',
        'lib/calendar/clock.ts reaches process | lib/calendar/clock.ts → process   (lib/calendar/clock.ts:4)',
        'lib/money/cents.ts reaches Date() | lib/money/cents.ts → lib/calendar/clock.ts → Date()   (lib/calendar/clock.ts:3)',
        'lib/money/cents.ts reaches Date.now() | lib/money/cents.ts → lib/calendar/clock.ts → Date.now()   (lib/calendar/clock.ts:1)',
        'lib/money/cents.ts reaches new Date() | lib/money/cents.ts → lib/calendar/clock.ts → new Date()   (lib/calendar/clock.ts:3)',
        'lib/money/cents.ts reaches process | lib/money/cents.ts → lib/calendar/clock.ts → process   (lib/calendar/clock.ts:4)',
        'lib/render/page.ts reaches node:fs/promises | lib/render/page.ts → lib/io/fonts.ts → node:fs/promises   (lib/io/fonts.ts:1)',
      ],
    );
  });

  it('importCycles reports a cycle of type imports as a chain, with each import', () => {
    assert.deepEqual(importCycles(graph), {
      findings: [{ key: 'lib/model/a.ts → lib/model/b.ts → lib/model/a.ts', detail: 'lib/model/a.ts:1 import type lib/model/b.ts\nlib/model/b.ts:1 import type lib/model/a.ts' }],
      complete: true,
    });
  });

  it('folderBackEdges reports the file import closing a cycle of folders, going up the layers, whatever the order of the search', () => {
    assert.deepEqual(folderBackEdges(graph, LAYERS), [
      { key: 'lib/render/page.ts → lib/io/fonts.ts', detail: 'closes a cycle among the folders io, render\nlib/render/page.ts:1 import lib/io/fonts.ts' },
    ]);
  });

  it('layeringViolations reports imports up the layers and between side-by-side folders', () => {
    const sideBySide: readonly Layer[] = [{ folders: ['money', 'calendar'], siblings: 'independent' }, ...LAYERS.slice(1)];
    assert.deepEqual(
      layeringViolations(graph, sideBySide).map(({ key, detail }) => `${key} | ${detail.split('\n')[0]}`),
      ['lib/money/cents.ts → lib/calendar/clock.ts | money and calendar are side by side: neither imports the other', 'lib/render/page.ts → lib/io/fonts.ts | io is above render'],
    );
  });

  it('unplacedFolders names the folders of lib/ missing from the layers', () => {
    assert.deepEqual(unplacedFolders(graph, LAYERS.slice(1)), ['calendar', 'money']);
  });
});

describe('known violations', () => {
  const found = [
    { key: 'a', detail: 'first a' },
    { key: 'a', detail: 'second a' },
    { key: 'b', detail: '' },
  ];

  it('are compared as multisets: a second finding of a known key is new', () => {
    assert.deepEqual(newFindings(['a', 'c'], found), [{ key: 'a', detail: 'second a' }, { key: 'b', detail: '' }]);
    assert.deepEqual(fixedKeys(['a', 'c', 'b', 'b'], found), ['c', 'b']);
  });

  it('fail on a new violation, with its details', () => {
    assert.throws(() => assertNoNewFindings('KNOWN_X', ['a', 'a'], found, 'things'), { message: /^things, not in KNOWN_X \(1\):\n {2}b$/ });
    assert.doesNotThrow(() => assertNoNewFindings('KNOWN_X', ['a', 'a', 'b'], found, 'things'));
  });

  it('fail on a known violation that is gone, asking to remove it', () => {
    assert.throws(() => assertNoFixedFindings('KNOWN_X', ['a', 'c'], found), { message: "'c' is no longer found: remove it from KNOWN_X — it is fixed" });
    assert.doesNotThrow(() => assertNoFixedFindings('KNOWN_X', ['a'], found));
  });
});

describe('the graph of lib/ and bin/', () => {
  const graph = projectImportGraph(projectRoot);

  it('follows every import (a specifier computed at run time would hide an edge)', () => {
    assert.deepEqual(
      graph.files.flatMap((file) => graph.facts.get(file)?.unresolved ?? []),
      [],
    );
  });

  it('follows createRequire to the generated validator, and import() from the commands', () => {
    assert.ok(graph.successors('lib/scenario/validateScenario.ts').includes('lib/scenario/generated/validateScenarioSchema.cjs'));
    assert.ok(graph.successors('bin/commands/validate.ts').includes('lib/io/readScenarioFile.ts'));
  });
});
