import { createRequire } from 'node:module';
import type * as Levenshtein from 'fastest-levenshtein';

// Loaded on first use: only error messages need it.
let distance: typeof Levenshtein.distance | undefined;

/**
 * The known word closest to a misspelt one, if it is close enough to be a plausible typo
 * (at most a third of its letters differ); case is ignored.
 *
 * @example
 * didYouMean('amonut', ['name', 'amount', 'kind']); // 'amount'
 * didYouMean('mnoth', ['month', 'year']); // 'month'
 * didYouMean('colour', ['name', 'amount']); // undefined
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  distance ??= (createRequire(import.meta.url)('fastest-levenshtein') as typeof Levenshtein).distance;
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    // Two swapped neighbouring letters ("mnoth") are one slip of the fingers, not two edits.
    const d = isOneSwapApart(lower, other) ? 1 : distance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(word.length, best?.length ?? 0) / 3));
  return bestDistance <= limit ? best : undefined;
}

function isOneSwapApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first >= 0) return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
    first = i;
  }
  return false;
}

/** ` (did you mean "x"?)` or nothing. */
export function didYouMeanSuffix(word: string, known: readonly string[]): string {
  const suggestion = didYouMean(word, known);
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}
