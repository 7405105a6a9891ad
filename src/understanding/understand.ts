import { type Corpus, namesSomething } from "../corpus/corpus.js";
import { ARTICLE_WORDS } from "../corpus/lexicalIndex.js";
import { wordList } from "../language/words.js";
import { isChatNoise, stripMarkup } from "../text/chat.js";
import { escapeRegExp } from "../text/regex.js";
import { normaliseFigures, STOPWORDS, stemWord, toTerms, wordsOf } from "../text/terms.js";
import { type AnswerKind, answerKinds } from "./answerKind.js";
import { questionCore, stripFrames } from "./askFrames.js";
import { isSpecific } from "./evidence.js";
import { type Unanswerable, unanswerable } from "./scope.js";
import { Speller } from "./spelling.js";
import { spokenForms } from "./spoken.js";
import { SynonymMatcher } from "./synonyms.js";

/** One thing the asker said (a word or a phrase), with the search terms it stands for. */
export interface TermGroup {
  /** The asker's words, as typed (after spelling correction). */
  text: string;
  /** Ways of saying it, each as terms that must all be present: the asker's words first, then what they mean. */
  alternatives: string[][];
  /** Every term of every alternative, for searching. */
  terms: string[];
  /** How much the words say about the topic: the rarity of their rarest term the story uses. */
  weight: number;
  /** False when neither the words nor anything they mean is in the story's documents or asked: lists. */
  known: boolean;
  /** The words name something: a model, a chip, a company, a person. */
  entity: boolean;
  /** In the clause that asks the question (a ramble's last, self-contained question), not in the context before it. */
  focus: boolean;
  /** How much the group counts: 1, or less for the context around a self-contained last question. */
  emphasis: number;
}

/** A question as the engine understands it: computed once, it travels through retrieval, composing and checks. */
export interface Understanding {
  question: string;
  /** The question without mentions, links, emoji and Markdown. */
  text: string;
  /** The question as read: lowercase, misspellings corrected and synonym mappings applied. */
  reading: string;
  groups: TermGroup[];
  /** Distinct search terms, and per-term boosts for ranking. */
  terms: string[];
  boosts: Map<string, number>;
  /** The kinds of answer wanted, most specific first; kinds[0] is what the first line must carry. */
  kinds: AnswerKind[];
  /** What the question is about: the groups that name something. */
  subject: TermGroup[];
  /** "according to the article", "what does the piece say". */
  aboutArticle: boolean;
  /** For "what is X": X, lowercase ("grpo", "h800", "computational power trap"). */
  defines: string | null;
  /** Asks two things at once ("how much each day, and which one ..."): a sentence holding either kind of fact helps. */
  multiPart: boolean;
  /**
   * The questions a message asks, in order, when it asks more than one ("how hard did nvda tank and what did the
   * nasdaq do"): the indexes of each one's groups, and the kinds of answer it wants. One part for one question.
   */
  parts: Array<{ groups: number[]; kinds: AnswerKind[] }>;
  /** Why no document could answer it, when its wording says so (live data, the future, how-to, advice, misuse). */
  unanswerable: Unanswerable | null;
  /** Share of the question's weight made of words the story knows (0..1). */
  coverage: number;
  /** Names the story never mentions ("r2", "gemini" on one side of a comparison): another product. */
  unknownNames: string[];
}

/** Words of a question's frame ("know", "thing", "legit"): they say what is asked, not what about. */
const FRAME = new Set(wordList("frame").map((w) => stemWord(w)));

/** "the article", "this piece", "according to the story", "the writer": not "the Nature article". */
const ABOUT_ARTICLE =
  /\b(the|this|that|ur|your|ya|yr) (article|piece|story|post|op-?ed|writer|author|journalist|text)\b/i;
const EXPLICIT_ARTICLE = /\baccording to (the |this )?(article|piece|story|writer|author)\b|\b(the|this) article\b/i;

export interface Understander {
  understand(question: string): Understanding;
}

/** Builds the question reader for a corpus: its vocabulary, spelling corrections and synonyms, compiled once. */
export function createUnderstander(corpus: Corpus): Understander {
  const synonyms = new SynonymMatcher(corpus.synonyms);
  const speller = new Speller(corpus.vocabulary, new Set([...STOPWORDS].map(stemWord)), corpus.words);
  const { weights } = corpus;
  const askedTerms = new Set(corpus.asked.flatMap((a) => toTerms(a.question.text)));
  const unseenWeight = weights.idf("\u0000unseen");
  const isName = (word: string) => namesSomething(corpus, word);
  // A spoken name put back together must be one name of the story, not two words that happen to join.
  const spokenName = (word: string) => {
    const terms = toTerms(word);
    return terms.length === 1 && corpus.entityTerms.has(terms[0]!);
  };
  const known = (t: string) => weights.known(t) || askedTerms.has(t);
  const altKnown = (alt: readonly string[]) => alt.length > 0 && alt.every(known);
  const altWeight = (alt: readonly string[]) =>
    Math.max(0, ...alt.filter((t) => weights.known(t)).map((t) => weights.idf(t)));
  // What a word says is measured by the asker's own word; what synonyms add only helps find it.
  const weightOf = (alts: readonly string[][]) => {
    const own = alts[0]!;
    if (altWeight(own) > 0) return altWeight(own);
    const others = alts
      .slice(1)
      .filter(altKnown)
      .map(altWeight)
      .filter((w) => w > 0);
    return others.length ? Math.min(...others) : 0;
  };

  return {
    understand(question: string): Understanding {
      const text = spokenForms(stripFrames(stripMarkup(question)), spokenName);
      const words = tokenize(text).map((w) => {
        // Frame words and chat noise are read as they are, never "corrected" into the story's words.
        const fixed = FRAME.has(w.stem) || isChatNoise(w.surface) ? null : speller.correctWord(w.surface, w.stem);
        return fixed ? { ...w, stem: fixed, surface: fixed, corrected: true } : { ...w, corrected: false };
      });
      const matches = synonyms.match(words.map((w) => w.stem));
      const focusFrom = focusStart(text, words.length);
      const partStarts = partBoundaries(text, words.length);
      const groupStarts: number[] = [];
      const groups: TermGroup[] = [];
      const reading: string[] = [];
      for (let i = 0; i < words.length; ) {
        const m = matches.find((x) => x.at === i);
        const span = words.slice(i, i + (m?.length ?? 1));
        const own = span
          .flatMap((w) => (w.corrected ? termOfStem(w.stem) : toTerms(w.surface)))
          .filter((t) => !FRAME.has(t));
        const also = (m?.meanTerms ?? [])
          .map((alt) => alt.filter((t) => !FRAME.has(t)))
          .filter((alt) => alt.length > 0);
        reading.push(m?.mapped ? m.means[0]! : span.map((w) => w.surface).join(" "));
        i += span.length;
        const alternatives = [own, ...also];
        const terms = [...new Set(alternatives.flat())];
        const isNoise = span.every((w) => isChatNoise(w.surface) || STOPWORDS.has(w.surface));
        // Shorthand read as function words ("abt" => about, "ppl" => people) says nothing about the topic.
        const onlyShorthand = m?.mapped === true && also.length === 0;
        // "the article", "the piece": what the question is about is read as aboutArticle, not searched as words.
        const articleWords = terms.every((t) => ARTICLE_TERMS.has(t));
        // A word of the question's frame ("compared", "diff") stays out even where synonyms widen it; a mapping rule
        // that gives such words a meaning ("how big is" => size) keeps it.
        const frameOnly = own.length === 0 && m?.mapped !== true && span.length === 1;
        // A lone letter ("x" in "x^2") names nothing.
        const lone = span.length === 1 && /^\p{L}$/u.test(span[0]!.surface);
        if (terms.length === 0 || isNoise || onlyShorthand || articleWords || frameOnly || lone) continue;
        // The same word twice is one thing asked about; named again in the question proper, it is part of it.
        const same = own.length > 0 ? groups.find((g) => g.alternatives[0]!.join(" ") === own.join(" ")) : undefined;
        if (same) {
          if (i - span.length >= focusFrom) same.focus = true;
          continue;
        }
        const isKnown = alternatives.some(altKnown);
        groupStarts.push(i - span.length);
        groups.push({
          text: span.map((w) => w.surface).join(" "),
          alternatives,
          terms,
          weight: isKnown ? Math.max(weightOf(alternatives), unseenWeight * 0.5) : unseenWeight,
          known: isKnown,
          entity: alternatives.some((alt) => alt.length > 0 && alt.every((t) => corpus.entityTerms.has(t))),
          focus: i - span.length >= focusFrom,
          emphasis: 1,
        });
      }
      // A last question that names what it asks about on its own makes what came before it context.
      // ...but a message asking two questions ("how far did they fall? and what did it cost?") is all question.
      if (focusFrom > 0 && partStarts.length < 2 && groups.filter((g) => g.focus && g.known).length >= 2) {
        for (const g of groups) if (!g.focus) g.emphasis = CONTEXT_EMPHASIS;
      } else {
        for (const g of groups) g.focus = true;
      }
      const readingText = `${reading.join(" ")}${/\?\s*$/.test(text) ? "?" : ""}`;
      const core = questionCore(text);
      const kinds = answerKinds(readingText, text, core);
      // "break down the 5.576m", "is the 3% drop real": an answer speaks in the same kind of figure.
      const figure = QUESTION_FIGURE.exec(text)?.[1] ? "money" : /\d\s?%/.test(text) ? "percent" : null;
      if (figure && !kinds.includes(figure) && !isSpecific(kinds[0]!)) kinds.push(figure);
      const unknownNames = [
        ...productNames(text, corpus).filter((name) => !isChatNoise(name.replace(/\s+/g, ""))),
        ...words
          // "eli5" is chat, not a product.
          .filter(
            (w) =>
              /\p{L}/u.test(w.surface) && /\d/.test(w.surface) && !weights.known(w.stem) && !isChatNoise(w.surface),
          )
          .map((w) => w.surface),
      ];
      if (kinds.includes("comparison")) unknownNames.push(...unknownSides(readingText, groups));
      const total = groups.reduce((s, g) => s + g.weight * g.emphasis, 0);
      const coverage =
        total === 0 ? 0 : groups.filter((g) => g.known).reduce((s, g) => s + g.weight * g.emphasis, 0) / total;
      const boosts = new Map<string, number>();
      for (const g of groups) {
        const own = new Set(g.alternatives[0]);
        for (const t of g.terms) {
          // The asker's own words lead the search; what synonyms add widens it without swamping it.
          const base = (/\d/.test(t) ? 1.6 : 1) * (own.has(t) ? 1 : EXPANSION_BOOST);
          const boost = base * g.emphasis * (g.entity ? 1.15 : 1);
          boosts.set(t, Math.max(boosts.get(t) ?? 0, boost));
        }
      }
      return {
        question,
        text,
        reading: readingText,
        groups,
        terms: [...boosts.keys()],
        boosts,
        kinds,
        subject: groups.filter((g) => g.entity && g.known),
        // "who wrote the piece" after naming Nature is about Nature's piece, not the article.
        aboutArticle:
          EXPLICIT_ARTICLE.test(text) ||
          (ABOUT_ARTICLE.test(text) && !groups.some((g) => g.terms.some((t) => corpus.publisherTerms.has(t)))),
        unanswerable: unanswerable(text, isName) ?? unanswerable(readingText, isName),
        defines: definedTerm(core),
        multiPart: MULTI_PART.test(text.toLowerCase()) || partStarts.length > 1,
        parts: partStarts
          .map((start, k) => {
            const end = partStarts[k + 1]?.word ?? Infinity;
            const inPart = groups
              .map((_, g) => g)
              .filter((g) => groupStarts[g]! >= start.word && groupStarts[g]! < end);
            const partKinds = answerKinds(start.text);
            return { groups: inPart, kinds: partKinds[0] === "other" ? kinds : partKinds };
          })
          .filter((p) => p.groups.length > 0),
        coverage,
        unknownNames: [...new Set(unknownNames)],
      };
    },
  };
}

const ARTICLE_TERMS = new Set(toTerms(ARTICLE_WORDS));
const MULTI_PART =
  /\b(and|&|\+|plus|also)\s+(what|whats|how|who|when|which|why|where|is|are|did|does|do|was|were)\b|\?.*\b(what|how|who|when|which|why)\b.*\?|\s\+\s/;
const DEFINES =
  /^(?:(?:so|ok|wait|and|but|yo|hey)\s+)*(?:what(?:'s| is| are| was|s| r)|wtf is|define|explain|meaning of)\s+(?:an?\s+|the\s+)?["'“‘]?([^?"'”’]{2,60}?)["'”’]?(?:\s+(?:thing|stuff|about|mean|means))?\s*(?:[?,.]|$|\s+(?:the article|in the|that|which|they))/i;

/** "what GRPO is", "what r1-zero means": the same question, the term first. */
const DEFINES_AFTER =
  /^what\s+(?:an?\s+|the\s+)?["'“‘]?([^?"'”’]{2,40}?)["'”’]?\s+(?:is|are|means|stands for)\s*[?.!]*$/i;

/** The term of a "what is X" question. */
function definedTerm(text: string): string | null {
  const m = DEFINES.exec(text.trim()) ?? DEFINES_AFTER.exec(text.trim());
  return m?.[1]?.trim().toLowerCase() ?? null;
}

const QUESTION_FIGURE =
  /(\$\s?\d|\d[\d.,]*\s?(?:m|mn|mil|mill|million|b|bn|billion|k)?\s?(?:bucks|dollars|usd)\b|\d[\d.,]*\s?(?:m|mil|million|bn|billion)\b(?=.*\b(cost|spent|spend|price|capex|money|budget|worth|paid)))/i;

/** A term that only a synonym adds counts this much in ranking. */
const EXPANSION_BOOST = 0.4;
/** What the words before a self-contained last question count for. */
const CONTEXT_EMPHASIS = 0.25;

/** The question's words in order; a question's contractions ("they're", "i'd") are read as their first word. */
const tokenize = (text: string) => wordsOf(text, /'(s|d|re|ve|ll|m)$/);

function termOfStem(stem: string): string[] {
  return STOPWORDS.has(stem) ? [] : [stem];
}

const PART_SPLIT =
  /\s*(?:\?+|,|;)?\s+(?:and|&|\+|plus|also|then)\s+(?=(?:what|whats|what's|how|who|when|which|why|where|is|are|did|does|do|was|were)\b)|\?+\s+(?=\S)|\s\+\s/i;

/**
 * Where each question of a message starts (word index and text), when it asks several: "how hard did nvda tank
 * monday and what did the nasdaq do" asks two. One question gives one part starting at 0.
 */
function partBoundaries(text: string, wordCount: number): Array<{ word: number; text: string }> {
  const pieces = text.split(PART_SPLIT).filter((p) => p.trim());
  if (pieces.length < 2) return [{ word: 0, text }];
  const out: Array<{ word: number; text: string }> = [];
  let at = 0;
  for (const piece of pieces) {
    out.push({ word: Math.min(at, wordCount), text: piece });
    at += tokenize(piece).length;
  }
  return out;
}

/**
 * Where the question proper starts in a message of several clauses: the word index of the last clause that asks
 * something ("... but my friend says X?? so what did r1 itself cost"), or 0 when the message is one question.
 */
function focusStart(text: string, wordCount: number): number {
  const clauses = text
    .split(
      /[?!;:]+\s*|\.\s+|,\s+|\s+-+\s+|\s+(?=(?:so|but|then)\s+(?:what|whats|how|who|why|when|which|is|are|did|does|do|was|were|can)\b)/i,
    )
    .filter((c) => c.trim());
  if (clauses.length < 2) return 0;
  const asks =
    /^(?:(?:ok|so|but|and|then|like|wait|now)\s+)*(what|whats|what's|how|who|whos|who's|why|when|which|where|is|are|did|does|do|was|were|can|could)\b/i;
  let at = wordCount;
  for (let i = clauses.length - 1; i > 0; i--) {
    at -= tokenize(clauses[i]!).length;
    if (asks.test(clauses[i]!.trim())) return Math.max(at, 0);
  }
  return 0;
}

const VERSIONED =
  /\b([a-z][a-z]+)[- ]?(\d+(?:\.\d+)?)(?![\d.]*\s?(?:b|m|k|bn|billion|million|thousand|%|percent|gb|tb|x|h|hrs?|hours?|days?|months?|years?)\b)/g;

/**
 * Model names with a version the story never mentions ("llama 4", "claude 3.7", "gemini 2.0"): another product,
 * which the documents cannot speak to even when they know its family.
 */
function productNames(text: string, corpus: Corpus): string[] {
  const out: string[] = [];
  for (const m of normaliseFigures(text).toLowerCase().matchAll(VERSIONED)) {
    const [whole, family, version] = m as unknown as [string, string, string];
    if (Number(version) >= 1900 || STOPWORDS.has(family)) continue;
    const known = corpus.versions.get(stemWord(family));
    if (known ? !known.has(version) : !corpus.vocabulary.has(stemWord(family))) out.push(whole);
  }
  return out;
}

/**
 * In a comparison, each side must be something the story knows: "is gemini better than r1" has one side the
 * documents never mention, so they cannot compare them.
 */
function unknownSides(reading: string, groups: readonly TermGroup[]): string[] {
  const sides = reading.split(/\b(?:vs\.?|versus|compared (?:to|with)|better than|worse than|than|or|and)\b/);
  if (sides.length < 2) return [];
  const out: string[] = [];
  for (const side of sides.slice(0, 2)) {
    const inSide = groups.filter((g) => new RegExp(`\\b${escapeRegExp(g.text)}\\b`).test(side));
    const named = inSide.filter((g) => !g.known && !/^\d+(\.\d+)?$/.test(g.text));
    if (named.length > 0 && !inSide.some((g) => g.known && g.entity)) out.push(named.map((g) => g.text).join(" "));
  }
  return out;
}
