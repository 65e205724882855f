/**
 * "Did you mean …?" for map authors: the closest known word by edit distance, when it is close enough to be a typo
 * (`lable` → `label`, `organisation` → `organization`) rather than a different word.
 */

/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbouring letters
 * (`lable` → `label`) each cost 1 (the optimal string alignment distance).
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const d = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d(i - 1, j) + 1, d(i, j - 1) + 1, d(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d(i - 2, j - 2) + 1);
      (rows[i] ?? [])[j] = best;
    }
  }
  return d(a.length, b.length);
}

/**
 * The candidate closest to `word`, or `undefined` when none is plausibly a typo of it: at most a third of the
 * longer word may differ, some of it must stay the same (`x` is no typo of `q`), and case alone always counts.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    const allowed = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
    const typo = distance <= allowed && distance < Math.min(word.length, candidate.length);
    if (typo && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (did you mean "label"?)`, or an empty string when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}
