/*
 * Comparators for the hot sorts, answering -1, 0 or 1: a comparator answering a difference of two fractions hands
 * the sort a new heap number at every comparison (a few kilobytes of garbage an answer), where these answer small
 * integers. The order is the same: a difference and a comparison have the same sign.
 */

/** Highest `score` first; equal ones keep their order (the built-in sort is stable). */
export function byScoreDescending(a: { readonly score: number }, b: { readonly score: number }): number {
  return b.score > a.score ? 1 : b.score < a.score ? -1 : 0;
}

/** 1 when `b` is higher, -1 when lower, 0 when equal: a comparison of two numbers, highest first. */
export function descending(a: number, b: number): number {
  return b > a ? 1 : b < a ? -1 : 0;
}
