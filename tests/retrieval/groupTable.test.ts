import { describe, expect, it } from "vitest";
import { GroupTable } from "../../src/retrieval/groupTable.js";

const marks = (...terms: number[]) => {
  const m = new Uint8Array(10);
  for (const t of terms) m[t] = 1;
  return m;
};

describe("the weight of an entry's groups said by marked terms", () => {
  const table = new GroupTable([
    [
      { weight: 2, alternatives: [[0, 1], [2]] },
      { weight: 3, alternatives: [[3]] },
    ],
    [{ weight: 5, alternatives: [[], [4]] }],
  ]);

  it.each([
    ["every term of the first alternative", 0, marks(0, 1), 2],
    ["the whole of another alternative", 0, marks(2), 2],
    ["only part of an alternative", 0, marks(0), 0],
    ["two groups, summed", 0, marks(2, 3), 5],
    ["one alternative of a group said, counted once", 0, marks(0, 1, 2), 2],
    ["nothing for an empty alternative", 1, marks(), 0],
    ["the entry's own groups only", 1, marks(0, 1, 2, 3), 0],
    ["the second entry's group", 1, marks(4), 5],
  ])("counts %s", (_, entry, marked, weight) => {
    expect(table.saidWeight(entry, marked)).toBe(weight);
  });
});

describe("an entry's alternatives that say nothing another does not", () => {
  // [0, 1] is said only when [0] is; [3, 2] exactly when [2, 3] is: the table may keep one of each.
  const table = new GroupTable([[{ weight: 4, alternatives: [[0, 1], [0], [2, 3], [3, 2], [2, 3, 3]] }]]);

  it.each([
    ["the shorter of two alternatives", marks(0), 4],
    ["the longer, with the shorter in it", marks(0, 1), 4],
    ["only part of the longer", marks(1), 0],
    ["one of two alternatives of the same terms", marks(2, 3), 4],
    ["part of them", marks(3), 0],
  ])("still count: %s", (_, marked, weight) => {
    expect(table.saidWeight(0, marked)).toBe(weight);
  });
});
