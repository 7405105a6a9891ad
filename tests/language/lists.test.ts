import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { wordList, wordPattern } from "../../src/language/words.js";

// The lists that answers and checks share, table-tested: a word added for one concept must not catch words of
// another ("not*" would catch "nothing", "stat*" "United States").
const LISTS_DIR = new URL("../../src/language/lists/", import.meta.url).pathname;
const SRC = new URL("../../src/", import.meta.url).pathname;
const LISTS = readdirSync(LISTS_DIR).map((f) => f.replace(/\.txt$/, ""));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}
const sources = sourceFiles(SRC).map((file) => readFileSync(file, "utf8"));

describe("the verbs of saying", () => {
  it.each([
    "analysts estimated the cost",
    "as Stratechery pointed out",
    "NVIDIA told Reuters",
    "according to the filing",
    "Amodei argued that",
    "the company acknowledged",
  ])("finds somebody's words in %j", (text) => {
    expect(wordPattern("saying").test(text)).toBe(true);
  });

  it.each(["sayonara", "nothing changed", "a notable drop", "the United States", "the writer", "statistics"])(
    "finds none in %j",
    (text) => {
      expect(wordPattern("saying").test(text)).toBe(false);
    },
  );

  it("holds every verb that passes a claim on", () => {
    const saying = wordPattern("saying");
    const passing = wordList("passing-on").map((e) => e.replace(/\*$/, "ed"));
    expect(passing.filter((verb) => !saying.test(verb))).toEqual([]);
  });
});

describe("hearsay", () => {
  it.each(["apparently they smuggled chips", "i heard that r1 cost 5m", "rumours say", "Insiders claim"])(
    "is found in %j",
    (text) => {
      expect(wordPattern("hearsay").test(text)).toBe(true);
    },
  );

  it("is not found in a plain statement", () => {
    expect(wordPattern("hearsay").test("nvidia shares fell 17% on monday")).toBe(false);
  });
});

describe("directions of a move", () => {
  it.each([
    ["rising", "shares rallied"],
    ["rising", "the stock gained 8%"],
    ["falling", "shares tanked"],
    ["falling", "it slid 3%"],
  ])("%s finds %j", (list, text) => {
    expect(wordPattern(list).test(text)).toBe(true);
  });

  it("keeps the two directions apart", () => {
    const both = wordList("rising").filter((w) => wordList("falling").includes(w));
    expect(both).toEqual([]);
  });
});

describe("words about the future", () => {
  it.each(["will nvidia recover", "r2 is gonna drop next month", "what happens in the long run"])(
    "are found in %j",
    (text) => {
      expect(wordPattern("future").test(text)).toBe(true);
    },
  );

  it.each(["how soon after the release did nvidia fall", "was nvidia about to fall"])(
    "are not found in a question about the past: %j",
    (text) => {
      expect(wordPattern("future").test(text)).toBe(false);
    },
  );
});

describe("the list files", () => {
  it.each(LISTS)("%s opens with a comment saying what it is", (name) => {
    expect(readFileSync(join(LISTS_DIR, `${name}.txt`), "utf8")).toMatch(/^# \S/);
  });

  it("exist for every list a module reads", () => {
    const named = sources.flatMap((text) =>
      [...text.matchAll(/\b(?:wordList|wordSet|wordPattern|entryTest)\(\s*(\[[^\]]*\]|"[^"]*")/g)].flatMap((m) =>
        [...m[1]!.matchAll(/"([^"]+)"/g)].map((n) => n[1]!),
      ),
    );
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((n) => !LISTS.includes(n))).toEqual([]);
  });

  it.each([
    ["the verbs of saying", /\|reckons\?\|/],
    ["the hearsay words", /apparently\|reportedly/],
    ["the directions of a move", /plummeted\|tanked/],
    ["the chat noise", /\blmao lmfao\b/],
    ["the stopwords", /"a about above/],
  ])("keep %s out of the code", (_, oldList) => {
    expect(sources.filter((text) => oldList.test(text))).toEqual([]);
  });
});
