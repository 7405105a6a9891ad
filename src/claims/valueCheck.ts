import { type Corpus, onlyAsVariant } from "../corpus/corpus.js";
import type { Passage, Sentence } from "../knowledge/types.js";
import { entryTest, wordPattern } from "../language/words.js";
import { EN } from "../messages/en.js";
import { type Excerpt, excerptOf } from "../text/excerpts.js";
import { escapeRegExp } from "../text/regex.js";
import { matchShare } from "../text/sentenceScore.js";
import { toTerms } from "../text/terms.js";
import { sameUnit, sameValue, type Value, valuesIn } from "../text/values.js";
import type { Understanding } from "../understanding/understand.js";
import { timesIn } from "./bindingRules.js";
import { DAY_WORDS, FigureReader } from "./figureReading.js";
import { comparedOtherWay, mentionsOf, names, valuesOf } from "./sentenceNames.js";

export interface ValueVerdict {
  verdict: "supported" | "contradicted" | "nuanced";
  evidence: Excerpt;
  /** How much of the statement's topic the evidence sentence speaks to (0..1). */
  topic: number;
  explanation: string;
  explanationCode: "explanation.same_figure" | "explanation.other_figure" | "explanation.mixed";
}

/** A note sentence must speak to this much of the statement's topic (its words other than the values)... */
const TOPIC = 0.55;
/** ...and sentences nearly as close as the best one also count (a fact stated twice, in other words). */
const NEAR_BEST = 0.75;

/** Sentences this close to the best one decide together whether a comparison goes both ways. */
const MIXED_SHARE = 0.6;

/** Directions of a move ("rose", "tanked"). */
const UP = wordPattern("rising");
const DOWN = wordPattern("falling");
/** A move either way ("went up", "tanked"): which way is what a direction check asks, never what it is about. */
const MOVING = wordPattern(["rising", "falling"]);
/** Which way a comparison goes ("pricier", "lost to"). */
const MORE = wordPattern("more");
const LESS = wordPattern("less");
/** A comparison between two things: "pricier than", "r1 vs o1", "beat o1 on", "97.3% versus 96.4%". */
const COMPARES = wordPattern("comparing");
/** Words of comparing, of which way, or of saying ("beat", "cheaper", "reckons"): never the topic of a statement's values. */
const COMPARING = entryTest(["comparing", "more", "less", "saying"]);

/**
 * Checks the values a statement states (a count, an amount, a percentage, a date, a licence, a duration, a
 * direction) against the note sentence about the same thing that states the same kind of value. Same value:
 * supported; a different one: contradicted. Null when no sentence speaks to it.
 */
export function checkValues(statement: string, u: Understanding, corpus: Corpus): ValueVerdict | null {
  const found = checkWith(statement, u, corpus, null);
  if (found || !(UP.test(statement) || DOWN.test(statement))) return found;
  // "went UP on monday when the panic hit": which way it moved is said in the move's own clause; the circumstance
  // after it ("when ...", "after ...", ", the dip came later") may rule it out, never in.
  const clause = moveClause(statement);
  const read = clause === null ? null : checkWith(statement, u, corpus, clause);
  return read?.verdict === "contradicted" && read.values === 0 ? read : null;
}

/** The clause holding the statement's first move word, when more follows it; null when the move is all it says. */
function moveClause(statement: string): string | null {
  const at = statement.search(MOVING);
  if (at < 0) return null;
  const end = statement.slice(at).search(CIRCUMSTANCE);
  if (end < 0) return null;
  const start = Math.max(
    ...[...statement.slice(0, at).matchAll(new RegExp(CIRCUMSTANCE.source, "gi"))].map((m) => m.index + m[0].length),
    0,
  );
  return statement.slice(start, at + end).toLowerCase();
}
const CIRCUMSTANCE = new RegExp(`[,;:—–]|${wordPattern("circumstance").source}`, "i");

function checkWith(
  statement: string,
  u: Understanding,
  corpus: Corpus,
  /** Only the groups said in this clause are the topic (null: all of them). */
  clause: string | null,
): (ValueVerdict & { values: number }) | null {
  const reader = FigureReader.of(corpus);
  // "AIME 2024" names a benchmark: its year is no figure to check.
  const stated = reader.values(statement);
  const figures = stated.filter((v) => v.kind !== "date");
  const direction = UP.test(statement) ? "up" : DOWN.test(statement) ? "down" : null;
  const comparative = comparison(statement, u);
  if (stated.length === 0 && !direction && !comparative) return null;
  // The topic: the statement's known words other than its figures.
  // Words the story never uses count against the topic: "taylor swift's tour grossed 2 billion" is about nothing here.
  // Neither the figures, their units ("years", "tokens") nor the words of comparing ("beat") are the topic.
  const valueWords = new Set(stated.flatMap((v) => toTerms(`${v.raw} ${v.unit}`)));
  const topic = u.groups.map((g) => ({
    alternatives: g.alternatives,
    weight: !(
      g.alternatives[0]!.every((t) => valueWords.has(t)) ||
      COMPARING(g.text) ||
      (direction && figures.length === 0 && MOVING.test(g.text)) ||
      (clause !== null && !clause.includes(g.text.toLowerCase()))
    )
      ? g.weight * g.emphasis
      : 0,
  }));
  if (
    !u.groups.some((g) => g.known && !g.entity && !g.alternatives[0]!.every((t) => /^[\d.]+$/.test(t))) &&
    stated.length === 0
  )
    return null;
  const asked = new Set(u.terms);
  const scored: Array<{ sentence: Sentence; passage: Passage; match: number; values: Value[] }> = [];
  for (const passage of corpus.passages) {
    if (corpus.docById.get(passage.docId)?.kind === "article") continue;
    const passageMatch = matchShare(corpus.passageTerms.get(passage) ?? new Set(), topic);
    if (passageMatch < TOPIC * 0.8) continue;
    for (const sentence of passage.sentences) {
      // A sentence naming "r1" only as "R1-Distill" is about another model.
      const variants = corpus.variants.get(sentence);
      const own = variants
        ? topic.map((g) => (onlyAsVariant(g.alternatives[0]!, variants, asked) ? { ...g, alternatives: [] } : g))
        : topic;
      const match = matchShare(corpus.sentenceTerms.get(sentence) ?? new Set(), own);
      if (match >= TOPIC) scored.push({ sentence, passage, match, values: valuesOf(sentence, reader) });
    }
  }
  scored.sort((a, b) => b.match - a.match);

  const times = { days: new Set(statement.toLowerCase().match(DAY_WORDS) ?? []), dates: dated(stated) };
  // The things compared, each once: "VX-9" is one name, not also "vx".
  const mentioned = comparative ? reader.mentions(statement).map((m) => m.term) : [];
  const compared = mentioned.filter((t) => !mentioned.some((o) => o !== t && o.split("-").includes(t)));
  const judge = (s: (typeof scored)[number]): "supported" | "contradicted" | null => {
    for (const v of figures) {
      const same = s.values.filter((x) => x.kind === v.kind && (v.kind !== "count" || sameUnit(v, x)));
      if (same.length === 0) continue;
      return same.some((x) => sameValue(v, x)) ? "supported" : "contradicted";
    }
    // A comparison of other versions ("R1-Zero matches o1-0912") says nothing of "R1" against "o1-1217".
    if (comparative && compared.every((n) => names(mentionsOf(s.sentence, reader), n))) {
      const theirs = comparison(s.sentence.text, u);
      if (theirs) return theirs === comparative ? "supported" : "contradicted";
    }
    // A move on another day ("slid on Friday" for "went up on monday") says nothing of the statement's day.
    if (direction && figures.length === 0 && timesIn(times, DAYLESS, s.sentence.text, s.values) !== "conflict") {
      const theirs =
        UP.test(s.sentence.text) && !DOWN.test(s.sentence.text)
          ? "up"
          : DOWN.test(s.sentence.text) && !UP.test(s.sentence.text)
            ? "down"
            : null;
      if (theirs) return theirs === direction ? "supported" : "contradicted";
    }
    return null;
  };
  const judged = scored.map((s) => ({ ...s, verdict: judge(s) })).filter((s) => s.verdict !== null);
  const best = judged[0];
  if (!best) return null;
  // A value stated twice in the notes in other words: any near-best sentence that agrees supports it; but a claim
  // about every case ("beat o1 on every benchmark") falls to any near-best sentence that disagrees.
  const near = judged.filter((s) => s.match >= NEAR_BEST * best.match);
  // "R1 beats o1 on the benchmarks" where the sources have each ahead on some: true only in part. A comparison on
  // something it names besides the two compared ("on AIME 2024") is judged by the sentences that name it too.
  const named = compared.slice(2);
  const closest = named.length
    ? judged.filter((s) => named.every((n) => names(mentionsOf(s.sentence, reader), n)))
    : judged.filter((s) => s.match >= MIXED_SHARE * best.match);
  const wins = closest.find((s) => s.verdict === "supported");
  if (comparative && figures.length === 0 && wins && closest.some((s) => s.verdict === "contradicted"))
    return {
      values: stated.length,
      verdict: "nuanced",
      evidence: excerptOf(corpus.docById, wins.passage.docId, wins.sentence),
      topic: wins.match,
      explanation: EN["explanation.mixed"],
      explanationCode: "explanation.mixed",
    };
  const universal = /\b(every|all|always|each|any)\b/i.test(statement);
  const chosen =
    (universal ? near.find((s) => s.verdict === "contradicted") : near.find((s) => s.verdict === "supported")) ?? best;
  // "r1 > o1 on benchmarks, period": a comparison naming no measure holds in general only if no sentence comparing
  // the two goes the other way, whatever words of the statement (here "period") it lacks.
  const otherWay =
    comparative && figures.length === 0 && named.length === 0 && chosen.verdict === "supported"
      ? comparedOtherWay(corpus, reader, compared.slice(0, 2), (t) => comparison(t, u), comparative)
      : null;
  if (otherWay)
    return {
      values: 0,
      verdict: "nuanced",
      evidence: excerptOf(corpus.docById, chosen.passage.docId, chosen.sentence),
      topic: chosen.match,
      explanation: EN["explanation.mixed"],
      explanationCode: "explanation.mixed",
    };
  return {
    values: figures.length,
    verdict: chosen.verdict!,
    evidence: excerptOf(corpus.docById, chosen.passage.docId, chosen.sentence),
    topic: chosen.match,
    explanation:
      chosen.verdict === "supported"
        ? "Our notes on the sources give the same figure, as shown below."
        : "Our notes on the sources give a different figure, as shown below.",
    explanationCode: chosen.verdict === "supported" ? "explanation.same_figure" : "explanation.other_figure",
  };
}

/** A figure with no date of its own, for asking whether a sentence's days and dates agree with the statement's. */
const DAYLESS: Value = { kind: "count", low: 0, high: 0, unit: "", approx: false, bound: "exact", raw: "", index: 0 };
function dated(values: readonly Value[]): Value[] {
  return values.filter((v) => v.kind === "date");
}

/**
 * Which way a comparison between the first two things a text names goes: "r1 is pricier than o1" is "more" for r1;
 * "DeepSeek-R1 scored 97.3% versus 96.4% for o1" is "more" for R1 by its figures. Null when the text compares nothing.
 */
function comparison(text: string, u: Understanding): "more" | "less" | null {
  const names = u.subject.map((g) => g.alternatives[0]!).filter((alt) => alt.length > 0);
  const scores = valuesIn(text).filter((v) => v.kind === "percent" || v.kind === "count");
  if (names.length < 2 || (!COMPARES.test(text) && scores.length < 2)) return null;
  const lower = text.toLowerCase();
  const at = (alt: readonly string[]) =>
    Math.min(...alt.map((t) => lower.search(new RegExp(`\\b${escapeRegExp(t)}`))).filter((i) => i >= 0), Infinity);
  const [a, b] = names.map(at);
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const flip = (dir: "more" | "less") => (a <= b ? dir : dir === "more" ? "less" : "more");
  // Two scores side by side: the first belongs to the first named, the second is the next of the same kind ("a rating
  // of 2029, the 96.3 percentile, and … 2061").
  const [first] = scores;
  const second = scores.slice(1).find((v) => v.kind === first?.kind && v.unit === first.unit);
  if (first && second && /\b(versus|vs|against|compared|while|and)\b/i.test(text)) {
    return flip(first.low > second.low ? "more" : "less");
  }
  if (LESS.test(text) && !MORE.test(text)) return flip("less");
  if (MORE.test(text) && !LESS.test(text)) return flip("more");
  return null;
}
