import type { Corpus } from "../corpus/corpus.js";
import type { AskedQuestion, Passage } from "../knowledge/types.js";
import { once } from "../once.js";
import type { TermGroup, Understander, Understanding } from "../understanding/understand.js";
import { AskedPostings } from "./askedPostings.js";
import { GroupTable } from "./groupTable.js";
import { orderDescending, topInPlace } from "./highest.js";

interface Entry {
  question: AskedQuestion;
  /** The asked question read in full, when first needed: building the index needs only its groups. */
  understanding: () => Understanding;
  passages: readonly Passage[];
  groups: TermGroup[];
  terms: ReadonlySet<string>;
  weight: number;
}

const NO_ROWS = { entry: [], rows: [] };

/**
 * A question's near asked questions, ranked: `order` holds each rank's place in `said` (the entry and which of the
 * asker's groups it says, `width` to a row) and `scores`; `made` the matches made so far, best first.
 */
interface Ranking {
  order: number[];
  scores: number[];
  said: { entry: number[]; rows: number[] };
  width: number;
  made: AskedMatch[];
}

/** An array twice as long, holding the same first values. */
function grown(values: Int32Array): Int32Array {
  const out = new Int32Array(values.length * 2);
  out.set(values);
  return out;
}

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
  /** Each entry's summed group weight, by entry number: read for eighty entries a question, off one flat array. */
  private readonly entryWeight: Float64Array;
  private readonly postings: AskedPostings;
  /**
   * Working arrays for `match`, reused (it runs to the end before another starts): allocating them per question cost
   * more than filling them.
   */
  private readonly scratch: {
    mine: Float64Array;
    says: Uint8Array;
    asked: Uint8Array;
    touched: Int32Array;
    near: Int32Array;
  };
  /** Every asked question's groups, by term number: what `match` reads the near ones' share from. */
  private readonly groupTable: GroupTable;
  /** Each question's ranking, kept while the question's understanding lives. */
  private readonly matched = new WeakMap<Understanding, Ranking>();

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
    this.entryWeight = Float64Array.from(this.entries, (e) => e.weight);
    const postings = new AskedPostings(this.entries.map((e) => e.terms));
    this.postings = postings;
    this.groupTable = new GroupTable(
      this.entries.map((e) =>
        e.groups.map((g) => ({
          weight: g.weight,
          alternatives: g.alternatives.map((alt) => alt.map((t) => postings.termId(t))),
        })),
      ),
    );
    const n = this.entries.length;
    this.scratch = {
      mine: new Float64Array(n),
      says: new Uint8Array(0),
      asked: new Uint8Array(postings.termIds.size),
      touched: new Int32Array(n),
      near: new Int32Array(n),
    };
  }

  get size(): number {
    return this.entries.length;
  }

  /** Asked questions sharing words with the question, best first. */
  match(u: Understanding, limit = 50): AskedMatch[] {
    // Retrieval, the decline's suggestions and the "read as" step each ask for the same question's matches.
    let ranking = this.matched.get(u);
    if (!ranking) {
      ranking = this.rank(u);
      this.matched.set(u, ranking);
    }
    const { made, order, scores, said, width } = ranking;
    // Only the matches asked for are made (retrieval reads thirty of the eighty ranked).
    for (let r = made.length; r < Math.min(limit, order.length); r++) {
      const at = order[r]!;
      const e = this.entries[said.entry[at]!]!;
      const says = new Array<boolean>(width);
      for (let i = 0; i < width; i++) says[i] = said.rows[at * width + i] === 1;
      made.push({
        question: e.question,
        understanding: e.understanding,
        passages: e.passages,
        score: scores[at]!,
        says,
      });
    }
    return made.slice(0, limit);
  }

  /** Every near asked question, best first, as numbers: the matches are made from it when asked for. */
  private rank(u: Understanding): Ranking {
    const none: Ranking = { order: [], scores: [], said: NO_ROWS, width: 0, made: [] };
    // The known groups, and for each of the asker's groups its place among them (-1: unknown).
    const groups: TermGroup[] = [];
    const knownAt = new Int32Array(u.groups.length).fill(-1);
    let total = 0;
    let unknown = 0;
    for (let i = 0; i < u.groups.length; i++) {
      const g = u.groups[i]!;
      if (g.known) {
        knownAt[i] = groups.push(g) - 1;
        total += g.weight * g.emphasis;
      } else unknown += g.weight * g.emphasis;
    }
    if (total === 0) return none;
    // Per asked question, the weight of the asker's groups it says, summed over the postings of each group.
    const n = this.entries.length;
    const mine = this.scratch.mine.fill(0);
    // Per known group, the asked questions saying it (holding every term of one of its alternatives): read off the
    // postings once, instead of testing each near question's terms group by group.
    if (this.scratch.says.length < groups.length * n) this.scratch.says = new Uint8Array(groups.length * n);
    const says = this.scratch.says.fill(0, 0, groups.length * n);
    // The entries in the order the postings first meet them, in a reused array (grown should one be met twice).
    let touched = this.scratch.touched;
    let met = 0;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const weight = (g.weight * g.emphasis) / (total + unknown);
      const row = k * n;
      for (const alt of g.alternatives) {
        const postings = this.postings.of(alt);
        for (let p = 0; p < postings.length; p++) {
          const e = postings[p]!;
          if (says[row + e] === 1) continue;
          says[row + e] = 1;
          if (mine[e] === 0) {
            if (met === touched.length) touched = this.scratch.touched = grown(touched);
            touched[met++] = e;
          }
          mine[e] = mine[e]! + weight;
        }
      }
    }
    // The question's terms, marked by number: how much of each near asked question it says is read off the marks.
    const asked = this.scratch.asked.fill(0);
    for (const g of groups) {
      for (const t of g.terms) {
        const id = this.postings.termIds.get(t);
        if (id !== undefined) asked[id] = 1;
      }
    }
    // The asked questions saying most of the asker's, before the (costlier) other direction is weighed.
    if (this.scratch.near.length < met) this.scratch.near = new Int32Array(touched.length);
    const candidates = this.scratch.near;
    let count = 0;
    for (let i = 0; i < met; i++) if (mine[touched[i]!]! >= 0.1) candidates[count++] = touched[i]!;
    const nearCount = topInPlace(candidates, count, mine, NEAR);
    // Plain arrays: a typed array costs several times as much to make, and these are made for every question.
    const scores: number[] = [];
    const mines: number[] = [];
    const width = knownAt.length;
    const said = { entry: new Array<number>(nearCount), rows: new Array<number>(nearCount * width).fill(0) };
    const { entryWeight, groupTable } = this;
    for (let r = 0; r < nearCount; r++) {
      const index = candidates[r]!;
      const weight = entryWeight[index]!;
      const theirs = weight === 0 ? 0 : groupTable.saidWeight(index, asked) / weight;
      said.entry[r] = index;
      for (let i = 0; i < width; i++) {
        const at = knownAt[i]!;
        if (at >= 0 && says[at * n + index] === 1) said.rows[r * width + i] = 1;
      }
      mines.push(mine[index]!);
      scores.push(Math.sqrt(mine[index]! * theirs));
    }
    // Best first; on a tie, the one saying more of the asker's question, then in the order the postings met them.
    return { order: orderDescending(scores, mines, nearCount), scores, said, width, made: [] };
  }
}
