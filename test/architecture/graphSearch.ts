/**
 * Searches of a directed graph for the architecture tests: where a file's imports lead, and
 * where they loop.
 *
 *   reachableFiles   a ─▶ everything it imports, transitively
 *   shortestChain    a ─▶ b ─▶ c, the fewest imports to a goal
 *   cyclicComponents {a, b, c}: the nodes that lie on a cycle, grouped
 *   elementaryCycles a ─▶ b ─▶ a, a ─▶ b ─▶ c ─▶ a: each loop once
 */
import type { ImportGraph } from './importGraph.js';

/** Every file `start` reaches through imports, itself first, nearest first. */
export function reachableFiles(graph: ImportGraph, start: string): string[] {
  const seen = new Set([start]);
  for (const file of seen) for (const next of graph.successors(file)) seen.add(next);
  return [...seen];
}

/**
 * The shortest chain of files from `start` to one for which `isGoal` holds (`start` included),
 * following only files for which `mayPass` holds after the first; `undefined` when none is reachable.
 *
 * @example
 * shortestChain(graph, 'lib/a.ts', (file) => file === 'lib/c.ts'); // ['lib/a.ts', 'lib/b.ts', 'lib/c.ts']
 */
export function shortestChain(
  graph: ImportGraph,
  start: string,
  isGoal: (file: string) => boolean,
  mayPass: (file: string) => boolean = () => true,
): string[] | undefined {
  const previous = new Map<string, string | undefined>([[start, undefined]]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (isGoal(next)) {
      const chain: string[] = [];
      for (let file: string | undefined = next; file !== undefined; file = previous.get(file)) chain.unshift(file);
      return chain;
    }
    for (const successor of graph.successors(next)) {
      if (previous.has(successor) || !mayPass(successor)) continue;
      previous.set(successor, next);
      queue.push(successor);
    }
  }
  return undefined;
}

/**
 * The strongly connected components of a directed graph with more than one node, or with a
 * node that reaches itself: exactly the nodes that lie on a cycle, grouped. Nodes are sorted
 * within a component, components by their first node.
 */
export function cyclicComponents(nodes: readonly string[], successors: (node: string) => readonly string[]): string[][] {
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of successors(node)) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || successors(node).includes(node)) components.push(component.sort());
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return components.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * Every elementary cycle of a directed graph (each node at most once), each written from
 * its smallest node and closed by it again: `['a', 'b', 'a']`, sorted. A tangle has more
 * cycles than anyone can read: after `budget` steps of the search the cycles found so far
 * are returned with `complete: false`.
 *
 * @example
 * elementaryCycles(['a', 'b'], (node) => (node === 'a' ? ['b'] : ['a'])); // { cycles: [['a', 'b', 'a']], complete: true }
 */
export function elementaryCycles(
  nodes: readonly string[],
  successors: (node: string) => readonly string[],
  budget = 100_000,
): { cycles: string[][]; complete: boolean } {
  const cycles: string[][] = [];
  let steps = 0;
  for (const component of cyclicComponents(nodes, successors)) {
    const members = new Set(component);
    // Each cycle once: from its smallest node, through larger nodes only.
    for (const start of component) {
      const path = [start];
      const extend = (node: string): void => {
        for (const next of successors(node)) {
          if (++steps > budget) return;
          if (next === start) cycles.push([...path, start]);
          else if (members.has(next) && next > start && !path.includes(next)) {
            path.push(next);
            extend(next);
            path.pop();
          }
        }
      };
      extend(start);
    }
  }
  return { cycles: cycles.sort((a, b) => a.join(' ').localeCompare(b.join(' '))), complete: steps <= budget };
}
