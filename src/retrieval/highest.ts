/**
 * The `count` entries of highest `score`, highest first, ties in the order given: what a stable sort then a slice
 * gives, without sorting the hundreds a common word touches (only those at or above the count-th score are).
 */
export function highest(entries: number[], score: Float64Array, count: number): number[] {
  const byScore = (a: number, b: number) => score[b]! - score[a]!;
  if (entries.length <= count) return entries.sort(byScore);
  if (scratch.length < entries.length) scratch = new Float64Array(Math.max(entries.length, 2 * scratch.length));
  for (let i = 0; i < entries.length; i++) scratch[i] = score[entries[i]!]!;
  const cut = nthLargest(scratch, entries.length, count);
  let above = 0;
  for (let i = 0; i < entries.length; i++) if (scratch[i]! > cut) above++;
  let atCut = count - above;
  return entries.filter((e) => score[e]! > cut || (score[e] === cut && atCut-- > 0)).sort(byScore);
}

/** Reused by every call (none runs while another does): a question's scores are copied here to be selected from. */
let scratch = new Float64Array(1024);

/**
 * The n-th largest of the first `length` values (n from 1), by selection (Hoare's quickselect): the cut needs only
 * that one value, and finding it costs a fraction of sorting them all. Reorders the values.
 */
export function nthLargest(values: Float64Array, length: number, n: number): number {
  // The n-th largest is the (length - n)-th smallest, counting from 0.
  const k = length - n;
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}
