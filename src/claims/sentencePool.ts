import type { Corpus } from "../corpus/corpus.js";
import type { Passage, Sentence } from "../knowledge/types.js";
import { toTerms } from "../text/terms.js";
import type { Value } from "../text/values.js";
import type { Bound, FigureReader } from "./figureReading.js";

/** A sentence with figures that a statement's figures are checked against. */
export interface PoolSentence {
  text: string;
  docId: string;
  sentence: Sentence | null;
}

/**
 * The sentences of one corpus a figure may be found in (the article's, our notes'), each read once: its figures with
 * what binds them, every name it mentions, and its document's title.
 */
export class SentencePool {
  constructor(
    private readonly corpus: Corpus,
    private readonly figures: FigureReader,
  ) {}

  /** The sentence's terms, as the corpus read them (a shown excerpt's, read now). */
  termsOf(p: PoolSentence): ReadonlySet<string> {
    return (p.sentence && this.corpus.sentenceTerms.get(p.sentence)) || new Set(toTerms(p.text));
  }

  datesOf(p: PoolSentence): Value[] {
    return this.bound(p)
      .map((b) => b.value)
      .filter((v) => v.kind === "date");
  }

  private readonly cache = new WeakMap<object, { bound: Bound[]; names: Set<string> }>();
  bound(p: PoolSentence): Bound[] {
    return this.read(p).bound;
  }
  allNames(p: PoolSentence): Set<string> {
    return this.read(p).names;
  }
  private read(p: PoolSentence) {
    const key = p.sentence ?? p;
    let r = this.cache.get(key);
    if (!r) {
      r = { bound: this.figures.bind(p.text), names: new Set(this.figures.mentions(p.text).map((m) => m.term)) };
      this.cache.set(key, r);
    }
    return r;
  }

  private titles = new Map<string, Set<string>>();
  titleTerms(docId: string): Set<string> {
    let t = this.titles.get(docId);
    if (!t) {
      t = new Set(toTerms(this.corpus.docById.get(docId)?.title ?? ""));
      this.titles.set(docId, t);
    }
    return t;
  }

  private notes: PoolSentence[] | null = null;
  noteSentences(): PoolSentence[] {
    this.notes ??= this.sentencesWhere((p) => this.corpus.docById.get(p.docId)?.kind !== "article");
    return this.notes;
  }
  private articles: PoolSentence[] | null = null;
  articleSentences(): PoolSentence[] {
    this.articles ??= this.sentencesWhere((p) => this.corpus.docById.get(p.docId)?.kind === "article");
    return this.articles;
  }
  private sentencesWhere(keep: (p: Passage) => boolean): PoolSentence[] {
    return this.corpus.passages
      .filter(keep)
      .flatMap((p) =>
        p.sentences.filter((s) => /\d/.test(s.text)).map((s) => ({ text: s.text, docId: p.docId, sentence: s })),
      );
  }
}
