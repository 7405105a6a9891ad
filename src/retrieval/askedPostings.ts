import { remembered } from "../text/remembered.js";

const EMPTY: ReadonlySet<number> = new Set();
/** How many phrases' postings are kept before starting afresh. */
const PHRASES_KEPT = 5_000;

/** The asked: questions holding each term (by number, in the order given), and a number for every term. */
export class AskedPostings {
  private readonly byTerm = new Map<string, number[]>();
  /** The same postings as sets, built once: intersecting them per question was most of a question's cost. */
  private readonly byTermSet = new Map<string, ReadonlySet<number>>();
  /** A number for every term numbered so far (`termId`). */
  readonly termIds = new Map<string, number>();

  constructor(termsOf: readonly ReadonlySet<string>[]) {
    termsOf.forEach((terms, i) => {
      for (const t of terms) {
        const list = this.byTerm.get(t) ?? [];
        list.push(i);
        this.byTerm.set(t, list);
      }
    });
    for (const [t, list] of this.byTerm) this.byTermSet.set(t, new Set(list));
  }

  /** The term's number, given it when first asked for. */
  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
    }
    return id;
  }

  /** Asked questions holding every term of `terms`. */
  of(terms: readonly string[]): readonly number[] {
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
