import type { SynonymRule } from "../knowledge/synonyms.js";
import { toTerms, wordStems } from "../text/terms.js";

/** A run of the question's words that a synonym rule matched, and what it also means. */
export interface SynonymMatch {
  /** Index of the first word and how many words matched. */
  at: number;
  length: number;
  /** Texts the words are also read as (never including the words themselves), and each one's search terms. */
  means: string[];
  meanTerms: string[][];
  /** True for `a => b` rules: the words are read as `b` (the search still finds `a` too). */
  mapped: boolean;
}

interface Entry {
  stems: string[];
  means: string[];
  meanTerms: string[][];
  mapped: boolean;
}

/**
 * The synonyms file compiled for matching: each entry's words as stems, so "tanked" meets a rule written "tank" and
 * "open-source" one written "open source". Matching is longest-first, left to right, as Solr's filter does.
 */
export class SynonymMatcher {
  private readonly byFirst = new Map<string, Entry[]>();

  constructor(rules: readonly SynonymRule[]) {
    for (const rule of rules) {
      const targets = rule.to ?? rule.from;
      for (const entry of rule.from) {
        const stems = wordStems(entry);
        if (stems.length === 0) continue;
        const means = targets.filter((t) => t !== entry);
        const list = this.byFirst.get(stems[0]!) ?? [];
        const existing = list.find((e) => e.stems.join(" ") === stems.join(" "));
        // One phrase in several rules means all of them.
        if (existing) {
          for (const m of means)
            if (!existing.means.includes(m)) existing.means.push(m) && existing.meanTerms.push(toTerms(m));
        } else
          list.push({ stems, means: [...means], meanTerms: means.map((m) => toTerms(m)), mapped: rule.to !== null });
        this.byFirst.set(stems[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** The rule matches in a sequence of word stems, longest first, never overlapping. */
  match(stems: readonly string[]): SynonymMatch[] {
    const out: SynonymMatch[] = [];
    for (let i = 0; i < stems.length; ) {
      const hit = (this.byFirst.get(stems[i]!) ?? []).find((e) => e.stems.every((s, k) => stems[i + k] === s));
      if (hit && hit.means.length > 0) {
        out.push({ at: i, length: hit.stems.length, means: hit.means, meanTerms: hit.meanTerms, mapped: hit.mapped });
        i += hit.stems.length;
      } else i++;
    }
    return out;
  }
}
