/**
 * The `count` entries of highest `score`, highest first, ties in the order given: what a stable sort then a slice
 * gives, without sorting the hundreds a common word touches (only those at or above the count-th score are).
 */
export function highest(entries: number[], score: Float64Array, count: number): number[] {
  const kept = top(entries, score, count);
  const keys = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) keys[i] = score[kept[i]!]!;
  return sortedDescending(kept, keys);
}

/** The entries `highest` gives, in the order given rather than sorted: for a caller that sorts them its own way. */
export function top(entries: number[], score: Float64Array, count: number): number[] {
  if (entries.length <= count) return entries;
  if (scratch.length < entries.length) scratch = new Float64Array(Math.max(entries.length, 2 * scratch.length));
  for (let i = 0; i < entries.length; i++) scratch[i] = score[entries[i]!]!;
  const cut = nthLargest(scratch, entries.length, count);
  let above = 0;
  for (let i = 0; i < entries.length; i++) if (scratch[i]! > cut) above++;
  let atCut = count - above;
  return entries.filter((e) => score[e]! > cut || (score[e] === cut && atCut-- > 0));
}

/**
 * `top` on the first `length` entries of a reused array, kept in place (in the order given): how many are kept. The
 * same entries as `top`, without the arrays a filter makes.
 */
export function topInPlace(entries: Int32Array, length: number, score: Float64Array, count: number): number {
  if (length <= count) return length;
  if (scratch.length < length) scratch = new Float64Array(Math.max(length, 2 * scratch.length));
  for (let i = 0; i < length; i++) scratch[i] = score[entries[i]!]!;
  const cut = nthLargest(scratch, length, count);
  let above = 0;
  for (let i = 0; i < length; i++) if (scratch[i]! > cut) above++;
  let atCut = count - above;
  let kept = 0;
  for (let i = 0; i < length; i++) {
    const e = entries[i]!;
    if (score[e]! > cut || (score[e] === cut && atCut-- > 0)) entries[kept++] = e;
  }
  return kept;
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

/**
 * `items` sorted in place by their `keys` (sorted along), highest first, equal keys by `ties` (highest first), and
 * equal in both in the order given: a stable sort on the two keys. By insertion: for the eighty or so items a
 * question sorts, cheaper than the built-in sort calling a comparator hundreds of times.
 */
export function sortedDescending<T>(items: T[], keys: Float64Array, ties?: Float64Array): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    const key = keys[i]!;
    const tie = ties?.[i] ?? 0;
    let j = i;
    for (; j > 0 && (keys[j - 1]! < key || (keys[j - 1] === key && (ties?.[j - 1] ?? 0) < tie)); j--) {
      items[j] = items[j - 1]!;
      keys[j] = keys[j - 1]!;
      if (ties) ties[j] = ties[j - 1]!;
    }
    items[j] = item;
    keys[j] = key;
    if (ties) ties[j] = tie;
  }
  return items;
}

/**
 * The places 0..count-1 ordered by `keys`, highest first, equal keys by `ties` (highest first), equal in both in
 * place order: the stable sort on the two keys, by insertion over numbers (for the eighty or so places a question
 * ranks, a fraction of what the built-in sort spends calling a comparator).
 */
export function orderDescending(keys: ArrayLike<number>, ties: ArrayLike<number>, count: number): number[] {
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const key = keys[i]!;
    const tie = ties[i]!;
    let j = i;
    for (; j > 0; j--) {
      const before = order[j - 1]!;
      const k = keys[before]!;
      if (!(k < key || (k === key && ties[before]! < tie))) break;
      order[j] = before;
    }
    order[j] = i;
  }
  return order;
}
