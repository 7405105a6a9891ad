import type { Corpus } from "../corpus/corpus.js";
import type { AskedQuestion, Passage } from "../knowledge/types.js";
import { saysGroup } from "../text/sentenceScore.js";
import type { TermGroup, Understander, Understanding } from "../understanding/understand.js";

interface Entry {
  question: AskedQuestion;
  passages: readonly Passage[];
  groups: TermGroup[];
  terms: ReadonlySet<string>;
  weight: number;
}

/** How many asked questions, nearest first by the asker's words, are weighed in full. */
const NEAR = 80;

export interface AskedMatch {
  question: AskedQuestion;
  passages: readonly Passage[];
  /** 0..1: how much of the asker's question the asked question says, and of it the asker's says. */
  score: number;
  /** Which of the asker's groups (by index in Understanding.groups) the asked question says. */
  says: boolean[];
}

/**
 * The asked: lists as a search index (document expansion, as in doc2query): the asker's question is compared with
 * the questions each section answers, read the same way (synonyms, spelling), so "who bankrolls them" finds the
 * section that never says "bankroll". Never shown as evidence; offered as suggestions when the bot cannot answer.
 */
/**
 * An asked: question this close to the asker's (0..1) says the same thing: its section answers the asker fully (the
 * compose step), and it is strong enough to answer from when the asker's own words were declined (the engine).
 */
export const ASKED_SURE = 0.6;

export class AskedIndex {
  private readonly entries: Entry[];
  private readonly byTerm = new Map<string, number[]>();

  constructor(corpus: Corpus, understander: Understander) {
    this.entries = corpus.asked.map(({ question, passages }) => {
      const u = understander.understand(question.text);
      const groups = u.groups.filter((g) => g.known);
      return {
        question,
        passages,
        groups,
        terms: new Set(groups.flatMap((g) => g.terms)),
        weight: groups.reduce((s, g) => s + g.weight, 0),
      };
    });
    this.entries.forEach((e, i) => {
      for (const t of e.terms) {
        const list = this.byTerm.get(t) ?? [];
        list.push(i);
        this.byTerm.set(t, list);
      }
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Asked questions sharing words with the question, best first. */
  match(u: Understanding, limit = 50): AskedMatch[] {
    const groups = u.groups.map((g, i) => ({ g, i })).filter(({ g }) => g.known);
    const total = groups.reduce((s, { g }) => s + g.weight * g.emphasis, 0);
    const unknown = u.groups.filter((g) => !g.known).reduce((s, g) => s + g.weight * g.emphasis, 0);
    if (total === 0) return [];
    // Per asked question, the weight of the asker's groups it says, summed over the postings of each group.
    const mine = new Float64Array(this.entries.length);
    const touched: number[] = [];
    for (const { g } of groups) {
      const weight = (g.weight * g.emphasis) / (total + unknown);
      const entries =
        g.alternatives.length === 1
          ? this.postings(g.alternatives[0]!)
          : new Set(g.alternatives.flatMap((alt) => this.postings(alt)));
      for (const e of entries) {
        if (mine[e] === 0) touched.push(e);
        mine[e] = mine[e]! + weight;
      }
    }
    const queryTerms = new Set(groups.flatMap(({ g }) => g.terms));
    // The asked questions saying most of the asker's, before the (costlier) other direction is weighed.
    const near = touched
      .filter((e) => mine[e]! >= 0.1)
      .sort((a, b) => mine[b]! - mine[a]!)
      .slice(0, NEAR);
    const out: AskedMatch[] = [];
    for (const index of near) {
      const e = this.entries[index]!;
      const theirs =
        e.weight === 0
          ? 0
          : e.groups.filter((g) => saysGroup(queryTerms, g)).reduce((s, g) => s + g.weight, 0) / e.weight;
      const says = u.groups.map((g) => g.known && saysGroup(e.terms, g));
      out.push({ question: e.question, passages: e.passages, score: Math.sqrt(mine[index]! * theirs), says });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** Asked questions holding every term of `terms`. */
  private postings(terms: readonly string[]): number[] {
    if (terms.length === 0) return [];
    const lists = terms.map((t) => this.byTerm.get(t) ?? []).sort((a, b) => a.length - b.length);
    if (lists.length === 1) return lists[0]!;
    const rest = lists.slice(1).map((l) => new Set(l));
    return lists[0]!.filter((e) => rest.every((r) => r.has(e)));
  }
}
