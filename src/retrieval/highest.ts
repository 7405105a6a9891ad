/**
 * The `count` entries of highest `score`, highest first, ties in the order given: what a stable sort then a slice
 * gives, without sorting the hundreds a common word touches (only those at or above the count-th score are).
 */
export function highest(entries: number[], score: Float64Array, count: number): number[] {
  const byScore = (a: number, b: number) => score[b]! - score[a]!;
  if (entries.length <= count) return entries.sort(byScore);
  const scores = new Float64Array(entries.length);
  for (let i = 0; i < entries.length; i++) scores[i] = score[entries[i]!]!;
  scores.sort();
  const cut = scores[scores.length - count]!;
  // Sorted ascending: those above the cut are at the end.
  let above = 0;
  for (let i = scores.length - 1; i >= 0 && scores[i]! > cut; i--) above++;
  let atCut = count - above;
  return entries.filter((e) => score[e]! > cut || (score[e] === cut && atCut-- > 0)).sort(byScore);
}
