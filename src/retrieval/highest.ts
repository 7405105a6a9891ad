/**
 * The `count` entries of highest `score`, highest first, ties in the order given: what a stable sort then a slice
 * gives, without sorting the hundreds a common word touches (only those at or above the count-th score are).
 */
export function highest(entries: number[], score: Float64Array, count: number): number[] {
  const byScore = (a: number, b: number) => score[b]! - score[a]!;
  if (entries.length <= count) return entries.sort(byScore);
  const scores = Float64Array.from(entries, (e) => score[e]!).sort();
  const cut = scores[scores.length - count]!;
  let atCut = count - scores.filter((x) => x > cut).length;
  return entries.filter((e) => score[e]! > cut || (score[e] === cut && atCut-- > 0)).sort(byScore);
}
