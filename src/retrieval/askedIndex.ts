import type { Corpus } from "../corpus/corpus.js";
import type { AskedQuestion, Passage } from "../knowledge/types.js";
import { once } from "../once.js";
import { remembered } from "../text/remembered.js";
import type { TermGroup, Understander, Understanding } from "../understanding/understand.js";
import { GroupTable } from "./groupTable.js";
import { sortedDescending, top } from "./highest.js";

interface Entry {
  question: AskedQuestion;
  /** The asked question read in full, when first needed: building the index needs only its groups. */
  understanding: () => Understanding;
  passages: readonly Passage[];
  groups: TermGroup[];
  terms: ReadonlySet<string>;
  weight: number;
}

const EMPTY: ReadonlySet<number> = new Set();
/** How many phrases' postings are kept before starting afresh. */
const PHRASES_KEPT = 5_000;

/** How many asked questions, nearest first by the asker's words, are weighed in full. */
const NEAR = 80;

export interface AskedMatch {
  question: AskedQuestion;
  /**
   * The asked question read in full (once, when first called: the index itself needs only its groups): what a
   * declined question may be read as.
   */
  understanding: () => Understanding;
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
  /** The same postings as sets, built once: intersecting them per question was most of a question's cost. */
  private readonly byTermSet = new Map<string, ReadonlySet<number>>();
  /**
   * Working arrays for `match`, reused (it runs to the end before another starts): allocating them per question cost
   * more than filling them.
   */
  private readonly scratch: { mine: Float64Array; says: Uint8Array; asked: Uint8Array };
  /** Every asked question's groups, by term number: what `match` reads the near ones' share from. */
  private readonly groupTable: GroupTable;
  /** Each question's matches, kept while the question's understanding lives. */
  private readonly matched = new WeakMap<Understanding, AskedMatch[]>();
  /** A number for every term of every asked question. */
  private readonly termIds = new Map<string, number>();

  constructor(corpus: Corpus, understander: Understander) {
    this.entries = corpus.asked.map(({ question, passages }) => {
      const groups = understander.groupsOf(question.text).filter((g) => g.known);
      return {
        question,
        understanding: once(() => understander.understand(question.text)),
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
    for (const [t, list] of this.byTerm) this.byTermSet.set(t, new Set(list));
    this.groupTable = new GroupTable(
      this.entries.map((e) =>
        e.groups.map((g) => ({
          weight: g.weight,
          alternatives: g.alternatives.map((alt) => alt.map((t) => this.termId(t))),
        })),
      ),
    );
    this.scratch = {
      mine: new Float64Array(this.entries.length),
      says: new Uint8Array(0),
      asked: new Uint8Array(this.termIds.size),
    };
  }

  get size(): number {
    return this.entries.length;
  }

  /** Asked questions sharing words with the question, best first. */
  match(u: Understanding, limit = 50): AskedMatch[] {
    // Retrieval, the decline's suggestions and the "read as" step each ask for the same question's matches.
    let all = this.matched.get(u);
    if (!all) {
      all = this.allMatches(u);
      this.matched.set(u, all);
    }
    return all.slice(0, limit);
  }

  /** Every near asked question's match, best first. */
  private allMatches(u: Understanding): AskedMatch[] {
    // The known groups, and for each of the asker's groups its place among them (-1: unknown).
    const groups: TermGroup[] = [];
    const knownAt = new Int32Array(u.groups.length).fill(-1);
    let total = 0;
    let unknown = 0;
    u.groups.forEach((g, i) => {
      if (g.known) {
        knownAt[i] = groups.push(g) - 1;
        total += g.weight * g.emphasis;
      } else unknown += g.weight * g.emphasis;
    });
    if (total === 0) return [];
    // Per asked question, the weight of the asker's groups it says, summed over the postings of each group.
    const n = this.entries.length;
    const mine = this.scratch.mine.fill(0);
    // Per known group, the asked questions saying it (holding every term of one of its alternatives): read off the
    // postings once, instead of testing each near question's terms group by group.
    if (this.scratch.says.length < groups.length * n) this.scratch.says = new Uint8Array(groups.length * n);
    const says = this.scratch.says.fill(0, 0, groups.length * n);
    const touched: number[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const weight = (g.weight * g.emphasis) / (total + unknown);
      const row = k * n;
      for (const alt of g.alternatives) {
        const postings = this.postings(alt);
        for (let p = 0; p < postings.length; p++) {
          const e = postings[p]!;
          if (says[row + e] === 1) continue;
          says[row + e] = 1;
          if (mine[e] === 0) touched.push(e);
          mine[e] = mine[e]! + weight;
        }
      }
    }
    // The question's terms, marked by number: how much of each near asked question it says is read off the marks.
    const asked = this.scratch.asked.fill(0);
    for (const g of groups) {
      for (const t of g.terms) {
        const id = this.termIds.get(t);
        if (id !== undefined) asked[id] = 1;
      }
    }
    // The asked questions saying most of the asker's, before the (costlier) other direction is weighed.
    const near = top(
      touched.filter((e) => mine[e]! >= 0.1),
      mine,
      NEAR,
    );
    const out: AskedMatch[] = [];
    const scores = new Float64Array(near.length);
    const mines = new Float64Array(near.length);
    for (const index of near) {
      const e = this.entries[index]!;
      const theirs = e.weight === 0 ? 0 : this.groupTable.saidWeight(index, asked) / e.weight;
      const said = new Array<boolean>(knownAt.length);
      for (let i = 0; i < knownAt.length; i++) said[i] = knownAt[i]! >= 0 && says[knownAt[i]! * n + index] === 1;
      mines[out.length] = mine[index]!;
      scores[out.length] = Math.sqrt(mine[index]! * theirs);
      out.push({
        question: e.question,
        understanding: e.understanding,
        passages: e.passages,
        score: scores[out.length]!,
        says: said,
      });
    }
    // Best first; on a tie, the one saying more of the asker's question, then in the order the postings met them.
    return sortedDescending(out, scores, mines);
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
    }
    return id;
  }

  /** Asked questions holding every term of `terms`. */
  private postings(terms: readonly string[]): readonly number[] {
    if (terms.length === 0) return [];
    if (terms.length === 1) return this.byTerm.get(terms[0]!) ?? [];
    // Synonyms bring the same phrases back question after question: each phrase's intersection is worked out once.
    return this.phrasePostings(terms.join(" "));
  }

  private readonly phrasePostings = remembered((phrase) => this.intersect(phrase.split(" ")), PHRASES_KEPT);

  private intersect(terms: readonly string[]): number[] {
    const lists = terms.map((t) => this.byTerm.get(t) ?? []).sort((a, b) => a.length - b.length);
    const shortest = lists[0]!;
    // Every other term's postings as a set (the shortest list is walked): sorted as the lists are, so ties keep order.
    const rest = terms
      .map((t) => this.byTermSet.get(t) ?? EMPTY)
      .sort((a, b) => a.size - b.size)
      .slice(1);
    return shortest.filter((e) => rest.every((r) => r.has(e)));
  }
}
