/**
 * The rules the architecture tests check, as functions of an import graph, so that they can
 * be tried on a small graph written in a test as well as run on the project's.
 *
 *   ImportGraph ─┬─ impureReaches       core file ─▶ … ─▶ node:fs | process | clock
 *                ├─ importCycles        a ─▶ b ─▶ a, between files
 *                ├─ folderBackEdges     lib/a/ ─▶ lib/b/ ─▶ lib/a/, between folders
 *                └─ layeringViolations  an import up the layers, or across side-by-side folders
 *   ─▶ Finding[] (key without line numbers, detail with them)
 */
import { elementaryCycles, reachableFiles, shortestChain } from './graphSearch.js';
import type { Import, ImportGraph } from './importGraph.js';
import type { Finding } from './knownViolations.js';

/**
 * Whether a file belongs to the pure core: lib/ except lib/io/, and except lib/index.ts,
 * which is no phase but the public API and re-exports lib/io/ beside the core.
 */
export function isCoreFile(file: string): boolean {
  return file.startsWith('lib/') && !file.startsWith('lib/io/') && file !== 'lib/index.ts';
}

/**
 * Every file system, process or clock use a core file reaches, itself or through any chain
 * of imports: one finding per core file and thing reached, with the shortest chain.
 */
export function impureReaches(graph: ImportGraph): Finding[] {
  const findings: Finding[] = [];
  for (const file of graph.files.filter(isCoreFile)) {
    const reached = new Set(reachableFiles(graph, file).flatMap((other) => (graph.facts.get(other)?.impureUses ?? []).map((use) => use.what)));
    for (const what of [...reached].sort()) {
      const chain = shortestChain(graph, file, (other) => usesOf(graph, other, what).length > 0) ?? [file];
      const last = chain[chain.length - 1] ?? file;
      const lines = usesOf(graph, last, what).map((use) => use.line);
      findings.push({ key: `${file} reaches ${what}`, detail: `${[...chain, what].join(' → ')}   (${last}:${lines.join(',')})` });
    }
  }
  return findings;
}

function usesOf(graph: ImportGraph, file: string, what: string) {
  return (graph.facts.get(file)?.impureUses ?? []).filter((use) => use.what === what);
}

/**
 * Every import cycle between files, as a chain from its smallest file back to it. `complete`
 * is false when there were too many to list them all.
 */
export function importCycles(graph: ImportGraph): { findings: Finding[]; complete: boolean } {
  const { cycles, complete } = elementaryCycles(graph.files, graph.successors);
  const findings = cycles.map((cycle) => ({
    key: cycle.join(' → '),
    detail: cycle
      .slice(1)
      .map((to, at) => describeImports(graph.importsBetween(cycle[at] ?? '', to)))
      .join('\n'),
  }));
  return { findings, complete };
}

/** `lib/a.ts:3 import type lib/b.ts`, one line per import statement. */
function describeImports(imports: readonly Import[]): string {
  return imports.map((i) => `${i.from}:${i.line} ${i.kind} ${i.to}`).join('\n');
}

/**
 * One step of the intended layering, bottom to top. Folders of one layer either may import
 * each other as long as the folder graph stays acyclic (`'acyclic'`), or are side by side
 * and import neither the other (`'independent'`).
 */
export type Layer = { readonly folders: readonly string[]; readonly siblings: 'acyclic' | 'independent' };

/** The top-level folder of lib/ a file is in (`lib/render/charts/x.ts` → `render`), if any. */
export function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts[0] === 'lib' && parts.length > 2 ? parts[1] : undefined;
}

/** The folders of lib/ that hold files and are in no layer. */
export function unplacedFolders(graph: ImportGraph, layers: readonly Layer[]): string[] {
  const placed = new Set(layers.flatMap((layer) => layer.folders));
  return [...new Set(graph.files.map(folderOf))].filter((folder): folder is string => folder !== undefined && !placed.has(folder)).sort();
}

/** The imports from a file of one folder of lib/ to a file of another (lib/index.ts is in none). */
function folderImports(graph: ImportGraph): Import[] {
  return graph.files.flatMap((file) =>
    (graph.facts.get(file)?.imports ?? []).filter((i) => {
      const [from, to] = [folderOf(i.from), folderOf(i.to)];
      return i.internal && from !== undefined && to !== undefined && from !== to;
    }),
  );
}

/**
 * The file imports that close a cycle in the graph of lib/'s folders. The folders of each
 * strongly connected group of more than one folder form cycles; of the imports between them,
 * those that go up the layers (or, for folders in no layer, all of them) are what has to
 * change, so each is a finding, with the folders of its group. Unlike the back edges of a
 * search, this does not depend on the order the folders are visited in.
 */
export function folderBackEdges(graph: ImportGraph, layers: readonly Layer[]): Finding[] {
  const imports = folderImports(graph);
  const rank = layerRanks(layers);
  const folders = [...new Set(graph.files.map(folderOf))].filter((folder): folder is string => folder !== undefined).sort();
  const successors = new Map(folders.map((folder) => [folder, [...new Set(imports.filter((i) => folderOf(i.from) === folder).map((i) => folderOf(i.to) ?? ''))].sort()]));
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length > 0) {
      for (const next of successors.get(queue.shift() as string) ?? []) {
        if (next === to) return true;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return false;
  };
  const findings: Finding[] = [];
  const grouped = new Set<string>();
  for (const folder of folders) {
    if (grouped.has(folder)) continue;
    const group = folders.filter((other) => other === folder || (reaches(folder, other) && reaches(other, folder)));
    group.forEach((member) => grouped.add(member));
    if (group.length < 2) continue;
    const upward = (i: Import) => {
      const [from, to] = [rank.get(folderOf(i.from) ?? ''), rank.get(folderOf(i.to) ?? '')];
      return from === undefined || to === undefined || to > from;
    };
    const along = imports.filter((i) => group.includes(folderOf(i.from) ?? '') && group.includes(folderOf(i.to) ?? '') && upward(i));
    findings.push(...byFileImport(along, () => `closes a cycle among the folders ${group.join(', ')}`));
  }
  return findings;
}

/**
 * The file imports that go against the layers: from a folder of lib/ to a folder higher up
 * (bin/ is above them all), or between side-by-side folders. Folders in no layer are left to
 * `unplacedFolders`.
 */
export function layeringViolations(graph: ImportGraph, layers: readonly Layer[]): Finding[] {
  const rank = layerRanks(layers);
  rank.set('bin', layers.length);
  const independent = new Set(layers.filter((layer) => layer.siblings === 'independent').flatMap((layer) => layer.folders));
  const along = graph.files.flatMap((file) =>
    (graph.facts.get(file)?.imports ?? []).filter((i) => {
      const from = folderOf(i.from);
      const to = i.to.startsWith('bin/') ? 'bin' : folderOf(i.to);
      if (!i.internal || from === undefined || to === undefined || from === to) return false;
      const [fromRank, toRank] = [rank.get(from), rank.get(to)];
      if (fromRank === undefined || toRank === undefined) return false;
      return toRank > fromRank || (toRank === fromRank && independent.has(from));
    }),
  );
  return byFileImport(along, (i) => {
    const from = folderOf(i.from) ?? '';
    const to = i.to.startsWith('bin/') ? 'bin' : (folderOf(i.to) ?? '');
    return rank.get(to) === rank.get(from) ? `${from} and ${to} are side by side: neither imports the other` : `${to} is above ${from}`;
  });
}

/** The layer index of each folder, bottom 0. */
function layerRanks(layers: readonly Layer[]): Map<string, number> {
  return new Map(layers.flatMap((layer, index) => layer.folders.map((folder) => [folder, index] as const)));
}

/** One finding per importing file and imported file, however many statements import it. */
function byFileImport(imports: readonly Import[], why: (first: Import) => string): Finding[] {
  const groups = new Map<string, Import[]>();
  for (const i of imports) {
    const key = `${i.from} → ${i.to}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups].map(([key, group]) => ({ key, detail: `${why(group[0] as Import)}\n${describeImports(group)}` }));
}
