import { readFileSync } from "node:fs";
import { escapeRegExp } from "../text/regex.js";

/**
 * Language as data: each list in `lists/` is one concept (verbs of saying, hearsay, directions, …), one entry a
 * line, `#` starting a comment. Entries are lowercase words or short phrases; a trailing `*` matches any ending
 * ("estimat*" covers "estimated", "estimates"). Answers and fact checks read the same lists, so a word added for
 * one reaches the other, and a list can be reviewed and table-tested without reading code.
 */
const cache = new Map<string, readonly string[]>();

/** The entries of one list, in file order. Read once per process. */
export function wordList(name: string): readonly string[] {
  let entries = cache.get(name);
  if (!entries) {
    const text = readFileSync(new URL(`./lists/${name}.txt`, import.meta.url), "utf8");
    entries = text
      .split("\n")
      .map((line) => line.replace(/#.*/, "").trim().toLowerCase())
      .filter(Boolean);
    cache.set(name, entries);
  }
  return entries;
}

/** A list of "word value" lines as a map from each word to its value ("are r", "american us"). */
export function wordPairs(name: string): ReadonlyMap<string, string> {
  return new Map(
    wordList(name).map((line) => {
      const [word, value] = line.split(/\s+/);
      return [word!, value!] as const;
    }),
  );
}

/** The list as a set of exact entries (for word-by-word look-ups). */
export function wordSet(name: string): ReadonlySet<string> {
  return new Set(wordList(name));
}

/**
 * A pattern matching any entry of the lists as a whole word or phrase, case-insensitively. Longer entries are tried
 * first, so "pointed out" wins over "pointed"; spaces match any run of white space.
 */
export function wordPattern(names: string | readonly string[], flags = "i"): RegExp {
  const entries = (typeof names === "string" ? [names] : names).flatMap((n) => wordList(n));
  const alternatives = [...new Set(entries)]
    .sort((a, b) => b.length - a.length)
    .map((e) => {
      const open = e.endsWith("*");
      const body = escapeRegExp(open ? e.slice(0, -1) : e).replace(/\s+/g, "\\s+");
      return open ? `${body}\\w*` : body;
    });
  return new RegExp(`\\b(?:${alternatives.join("|")})\\b`, flags);
}

/** A test for a whole text being one entry of the lists ("edged out", "outperformed"), case-insensitively. */
export function entryTest(names: string | readonly string[]): (text: string) => boolean {
  const whole = new RegExp(`^${wordPattern(names).source}$`, "i");
  return (text) => whole.test(text.trim());
}
