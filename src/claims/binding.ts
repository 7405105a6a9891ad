import type { Corpus } from "../corpus/corpus.js";
import { type Excerpt, excerptOf } from "../text/excerpts.js";
import { passingUnasked } from "../text/passingFigure.js";
import { matchShare, type WeightedGroup } from "../text/sentenceScore.js";
import { aboutArticle, withoutCredit } from "./attribution.js";
import {
  type Alias,
  agrees,
  boundAlike,
  comparable,
  confirms,
  exactly,
  has,
  rival,
  sameFigure,
  type Times,
  timesIn,
  timesOf,
} from "./bindingRules.js";
import { eventSaid, MOVE } from "./dateEvent.js";
import { type Bound, DENIES, FigureReader } from "./figureReading.js";
import { type PoolSentence, SentencePool } from "./sentencePool.js";
import type { CheckResult } from "./types.js";

export type { Alias } from "./bindingRules.js";
export type { Bound } from "./figureReading.js";

/**
 * A figure is a fact only with what it is bound to: what it measures, of what, on which day, which way it moved, and
 * who said it. "79.8 on MATH-500" is false though R1 scored 79.8 (on AIME); "went up 3.12% on friday" is false though
 * 3.12% is in the sources (it fell). So a ✅ holds only when every value of the statement is found with the same
 * binding: the same names near it (the names nearest each value in the source), no rival name in their place, the
 * same direction, and, for "the article says …", in the article itself.
 */

/** Share of the statement's words (other than its figures) a contradicting sentence must say. */
const TOPIC = 0.5;
const UNNAMED_TOPIC = 0.75;
/** Share of passages a name must be in to be the story's own subject. */
const SUBJECT_SHARE = 0.5;

export type BindingOutcome =
  | { holds: true; also: Excerpt[] }
  | { holds: false; contradiction: { excerpt: Excerpt; why: BindingWhy } | null };
export type BindingWhy = "other_figure" | "bound_elsewhere" | "other_direction" | "not_in_article";

/** Reads the statements and sentences of one corpus: which names are specific enough to bind a value. */
export class BindingReader {
  private readonly figures: FigureReader;
  private readonly pool: SentencePool;
  private alias: Alias = new Map();
  /** The statement says, somewhere, that something is not so: a sentence denying something may be saying the same. */
  private denies = false;
  private statement = "";

  /** A name in most passages is what the whole story is about ("DeepSeek"): never a rival to a statement's name. */
  private readonly subject: (name: string) => boolean;

  constructor(private readonly corpus: Corpus) {
    this.figures = FigureReader.of(corpus);
    this.pool = new SentencePool(corpus, this.figures);
    const most = SUBJECT_SHARE * corpus.passages.length;
    this.subject = (name) => corpus.weights.frequency(name) > most;
  }

  /**
   * Whether a ✅ on `statement`, resting on the shown excerpts, holds value by value. When a value is confirmed only
   * by another note sentence than those shown, that sentence is returned to be shown too; when one is not confirmed,
   * what says otherwise (if anything does).
   */
  check(
    statement: string,
    stated: readonly Bound[],
    result: CheckResult,
    topic: readonly WeightedGroup[],
    alias: Alias = new Map(),
  ): BindingOutcome {
    this.alias = alias;
    this.statement = statement;
    this.denies = DENIES.test(statement);

    if (stated.length === 0) return { holds: true, also: [] };
    const article = aboutArticle(statement);
    const shown = [result.articleExcerpt, ...result.evidence]
      .filter((e): e is Excerpt => e !== null && (!article || this.corpus.docById.get(e.docId)?.kind === "article"))
      .map((e) => ({ text: e.text, docId: e.docId, sentence: null }));
    const sources = article ? this.pool.articleSentences() : this.pool.noteSentences();
    const also: Excerpt[] = [];
    const said = stated.every((o) => o.value.kind === "date") ? eventSaid(topic, this.corpus) : () => true;
    for (const s of stated) {
      const times = timesOf(stated, statement, s.value);
      const dated = (pool: readonly PoolSentence[]) => this.aboutDate(pool, s, stated, topic, said);
      if (this.confirming(s, times, s.value.kind === "date" ? dated(shown) : shown)) continue;
      const pool = s.value.kind === "date" ? dated(sources) : sources;
      const other = this.confirming(s, times, pool);
      if (other?.sentence) {
        also.push(excerptOf(this.corpus.docById, other.docId, other.sentence));
        continue;
      }
      if (article) return { holds: false, contradiction: this.notInArticle(s, stated, times, topic) };
      return { holds: false, contradiction: this.contradiction(s, stated, times, sources, topic) };
    }
    return { holds: true, also };
  }

  /**
   * A date is an event's: "27 January 2025" in a sentence about what Nature reported that day is not the day R1 came
   * out. Only a sentence saying what happened on it, or giving another of the statement's figures too ("fell 17% on
   * the 27th"), can confirm it.
   */
  private aboutDate(
    pool: readonly PoolSentence[],
    s: Bound,
    stated: readonly Bound[],
    topic: readonly WeightedGroup[],
    said: (terms: ReadonlySet<string>) => boolean,
  ): PoolSentence[] {
    return pool.filter(
      (p) =>
        (this.onTopic(p, s, topic, stated) && said(this.pool.termsOf(p))) ||
        stated.some((o) => o.value.kind !== "date" && this.pool.bound(p).some((x) => confirms(o, x))),
    );
  }

  /** The sentence says what the statement says of the value (with no name bound to the value, more of it). */
  private onTopic(p: PoolSentence, s: Bound, topic: readonly WeightedGroup[], stated: readonly Bound[]): boolean {
    // A move with no figure to move is no move: "r1 dropped on dec 26" is about a release, "the same day as the
    // crash" names a day; in "fell 17% on the 27th" the fall is what the date is of.
    const moves = stated.some((b) => b.value.kind !== "date");
    const about =
      s.value.kind === "date" && !moves
        ? topic.filter((g) => !g.alternatives.some((a) => a.length === 1 && MOVE(a[0]!)))
        : topic;
    return matchShare(this.pool.termsOf(p), about) >= (s.names.size === 0 ? UNNAMED_TOPIC : TOPIC);
  }

  /**
   * What shows that the article does not say a figure credited to it: a note sentence on the same topic giving that
   * figure (the sources say it, the article does not), or else the article's own figure for the same thing.
   */
  private notInArticle(
    s: Bound,
    stated: readonly Bound[],
    times: Times,
    topic: readonly WeightedGroup[],
  ): { excerpt: Excerpt; why: BindingWhy } | null {
    const own = withoutCredit(topic);
    const notes = this.pool
      .noteSentences()
      .find(
        (p) =>
          p.sentence &&
          matchShare(this.corpus.sentenceTerms.get(p.sentence) ?? new Set(), own) >= TOPIC &&
          this.pool.bound(p).some((x) => sameFigure(s.value, x.value) && agrees(s.direction, x.direction)),
      );
    if (notes?.sentence)
      return { excerpt: excerptOf(this.corpus.docById, notes.docId, notes.sentence), why: "not_in_article" };
    return this.contradiction(s, stated, times, this.pool.articleSentences(), own);
  }

  /**
   * One sentence gives every figure of a statement of several, and names all it binds to this one ("r1 beat o1 on
   * AIME, 79.8 vs 79.2" beside "R1 scored 79.8% and o1 79.2%"): nearness bound a name to the wrong figure.
   */
  private allInOne(s: Bound, stated: readonly Bound[], pool: readonly PoolSentence[]): boolean {
    const inOne = (p: PoolSentence, theirs = this.pool.bound(p), names = this.pool.allNames(p)) =>
      stated.every((o) => theirs.some((x) => confirms(o, x))) && [...s.names].every((n) => has(names, n, this.alias));
    return !s.sided && stated.length > 1 && pool.some((p) => inOne(p));
  }

  /** A pool sentence stating the value with every name bound to it, on the statement's days, moving the same way. */
  private confirming(s: Bound, times: Times, pool: readonly PoolSentence[]): PoolSentence | undefined {
    return pool.find((p) => {
      // "$5.5M is what they paid for the GPUs" against "the $5.5 million leaves out buying the hardware"; "didn't
      // use 2,048 GPUs" against "used 2,048 GPUs"; "fell 3.5% on friday" against an intraday low's 3.58%.
      const denies = DENIES.test(p.text);
      if ((denies && !this.denies) || (s.denied && !denies) || passingUnasked(this.statement, p.text)) return false;
      const theirs = this.pool.bound(p);
      const title = this.pool.titleTerms(p.docId);
      const when = timesIn(
        times,
        s.value,
        `${p.text} ${this.corpus.docById.get(p.docId)?.title ?? ""}`,
        this.pool.datesOf(p),
      );
      return (
        when === "agree" &&
        theirs.some(
          (x) =>
            confirms(s, x) &&
            s.after.every((t) => has(x.near, t, this.alias) || has(title, t, this.alias)) &&
            boundAlike(s, x, theirs, this.pool.allNames(p), title, this.alias, this.subject),
        )
      );
    });
  }

  /**
   * What says otherwise, with the right value: the same names with another figure of the same kind, the same figure
   * bound to another name (a rival where the statement's name should be), or the same figure moving the other way.
   */
  private contradiction(
    s: Bound,
    stated: readonly Bound[],
    times: Times,
    pool: readonly PoolSentence[],
    topic: readonly WeightedGroup[],
  ): { excerpt: Excerpt; why: BindingWhy } | null {
    const others = stated.filter((o) => o !== s);
    const found: Array<{ excerpt: Excerpt; why: BindingWhy }> = [];
    for (const p of pool) {
      // Only a sentence about the same thing says otherwise: "released on 20 January" answers "released in
      // December", "published in Nature in September" does not.
      if (!p.sentence) continue;
      // A figure bound to the same names on the same day, moving the other way, is about the same thing whatever
      // else the statement says ("went up 3.12% on friday when deepseek dropped"); anything else must say more of it.
      const onTopic = this.onTopic(p, s, topic, stated);
      if (!onTopic && (s.direction === null || s.names.size === 0)) continue;
      const theirs = this.pool.bound(p);
      const title = this.pool.titleTerms(p.docId);
      const names = this.pool.allNames(p);
      const when = timesIn(times, s.value, p.text, this.pool.datesOf(p));
      for (const x of theirs) {
        // A source figure equal to another of the statement's own figures is that figure's, not this one's rival.
        if (!comparable(s.value, x.value) || others.some((o) => exactly(o.value, x.value))) continue;
        const alike = when === "agree" && boundAlike(s, x, theirs, names, title, this.alias, this.subject);
        const same = sameFigure(s.value, x.value);
        // Near is not the same to a contradiction: 2061 is not 2029, though near enough for "about 2,000".
        const exact = exactly(s.value, x.value);
        const why: BindingWhy | null = !onTopic
          ? alike && same && !agrees(s.direction, x.direction)
            ? "other_direction"
            : null
          : alike && !exact && [...s.names].every((n) => has(x.names, n, this.alias))
            ? "other_figure"
            : alike && same && !agrees(s.direction, x.direction)
              ? "other_direction"
              : !alike && exact && (rival(s, x, this.subject) || when === "conflict") && !this.allInOne(s, stated, pool)
                ? "bound_elsewhere"
                : null;
        if (why) found.push({ excerpt: excerptOf(this.corpus.docById, p.docId, p.sentence), why });
      }
    }
    // The right value for what the statement names says most; "that figure is for something else" comes last. A day
    // something moved the other way says most of a day ("went up on jan 27" against "fell 17% on 27 January").
    const sameDay = s.value.kind === "date" ? found.find((f) => f.why === "other_direction") : undefined;
    return sameDay ?? found.find((f) => f.why !== "bound_elsewhere") ?? found[0] ?? null;
  }
}
