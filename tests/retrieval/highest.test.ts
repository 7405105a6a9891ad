import { describe, expect, it } from "vitest";
import {
  highest,
  nthLargest,
  orderDescending,
  sortedDescending,
  top,
  topInPlace,
} from "../../src/retrieval/highest.js";

/** What `highest` stands in for: a stable sort by score, highest first, then the first `count`. */
const sortAndSlice = (entries: number[], score: Float64Array, count: number) =>
  [...entries].sort((a, b) => score[b]! - score[a]!).slice(0, count);

describe("the highest-scoring entries", () => {
  it("are the given entries sorted by score when there are no more than asked for", () => {
    const score = Float64Array.from([0.2, 0.9, 0.5]);
    expect(highest([0, 1, 2], score, 5)).toEqual([1, 2, 0]);
  });

  it("keep ties at the cut in the order they were given", () => {
    const score = Float64Array.from([0.5, 0.7, 0.5, 0.5, 0.1]);
    expect(highest([4, 3, 2, 1, 0], score, 3)).toEqual([1, 3, 2]);
  });

  it("are what a stable sort and a slice give, for many scores with many ties", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16_807) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const score = Float64Array.from({ length: 2_000 }, () => Math.round(random() * 40) / 40);
    const entries = Array.from({ length: 2_000 }, (_, i) => i).filter(() => random() < 0.7);
    expect(highest([...entries], score, 80)).toEqual(sortAndSlice(entries, score, 80));
  });
});

describe("the n-th largest of some scores", () => {
  it("is the value a descending sort puts at place n, for every n, ties and all", () => {
    const values = [0.5, 0.1, 0.9, 0.5, 0.5, 0.3, 0.9, 0.0, 0.7, 0.5];
    const sorted = [...values].sort((a, b) => b - a);
    for (let n = 1; n <= values.length; n++) {
      expect(nthLargest(Float64Array.from(values), values.length, n)).toBe(sorted[n - 1]);
    }
  });

  it("reads only the first `length` values", () => {
    expect(nthLargest(Float64Array.from([0.2, 0.4, 9, 9]), 2, 1)).toBe(0.4);
  });
});

describe("sorting by a key, then a second", () => {
  let seed = 5;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };

  it("is what a stable sort on both keys gives, ties on both in the order given", () => {
    for (let n = 0; n < 120; n += 9) {
      const items = Array.from({ length: n }, (_, id) => ({
        id,
        key: Math.round(random() * 5) / 5,
        tie: Math.round(random() * 3) / 3,
      }));
      const expected = [...items].sort((a, b) => b.key - a.key || b.tie - a.tie);
      const keys = Float64Array.from(items.map((i) => i.key));
      const ties = Float64Array.from(items.map((i) => i.tie));
      expect(sortedDescending([...items], keys, ties)).toEqual(expected);
    }
  });

  it("of the highest entries, in the order given, then by score, is what highest gives", () => {
    const score = Float64Array.from({ length: 500 }, () => Math.round(random() * 20) / 20);
    const entries = Array.from({ length: 500 }, (_, i) => i).filter(() => random() < 0.8);
    const kept = top([...entries], score, 80);
    expect(kept).toEqual(entries.filter((e) => kept.includes(e)));
    const keys = Float64Array.from(kept.map((e) => score[e]!));
    expect(sortedDescending([...kept], keys)).toEqual(highest([...entries], score, 80));
  });
});

describe("the highest entries kept in place", () => {
  let seed = 11;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };

  it("are the entries top keeps, in the same order, at the front of the array", () => {
    for (const length of [0, 5, 80, 81, 700]) {
      const score = Float64Array.from({ length: 1_000 }, () => Math.round(random() * 30) / 30);
      const entries = Array.from({ length }, () => Math.floor(random() * 1_000));
      const array = Int32Array.from([...entries, 7, 7, 7]);
      const kept = topInPlace(array, length, score, 80);
      expect([...array.subarray(0, kept)]).toEqual(top([...entries], score, 80));
    }
  });
});

describe("the order of places by a key, then a second", () => {
  let seed = 13;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };

  it("is what a stable sort of the places on both keys gives", () => {
    for (let n = 0; n < 120; n += 7) {
      const keys = Array.from({ length: n }, () => Math.round(random() * 5) / 5);
      const ties = Array.from({ length: n }, () => Math.round(random() * 3) / 3);
      const expected = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => keys[b]! - keys[a]! || ties[b]! - ties[a]!,
      );
      expect(orderDescending(keys, ties, n)).toEqual(expected);
    }
  });
});
