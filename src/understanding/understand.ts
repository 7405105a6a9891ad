import { type Corpus, namesEntity, namesSomething } from "../corpus/corpus.js";
import { ARTICLE_WORDS } from "../corpus/lexicalIndex.js";
import { wordList } from "../language/words.js";
import { once } from "../once.js";
import { isChatNoise, stripMarkup } from "../text/chat.js";
import { STOPWORDS, stemWord, toTerms, wordsOf } from "../text/terms.js";
import { answerKinds } from "./answerKind.js";
import { questionCore, stripFrames } from "./askFrames.js";
import { isEnglishWord } from "./english.js";
import { isSpecific } from "./evidence.js";
import { distinctTerms, spanTerms, withoutFrame } from "./groupTerms.js";
import { definedTerm, focusStart, MULTI_PART, partBoundaries, QUESTION_FIGURE } from "./questionShape.js";
import { unanswerable } from "./scope.js";
import { soundsLikeName } from "./soundsLike.js";
import { Speller } from "./spelling.js";
import { spokenForms } from "./spoken.js";
import { SynonymMatcher } from "./synonyms.js";
import type { TermGroup, Understanding } from "./types.js";
import { createUnheard } from "./unheard.js";
import { namesUnknown } from "./unknownNames.js";

export type { TermGroup, Understanding } from "./types.js";

/** Words of a question's frame ("know", "thing", "legit"): they say what is asked, not what about. */
const FRAME = new Set(wordList("frame").map((w) => stemWord(w)));

/** "the article", "this piece", "according to the story", "the writer": not "the Nature article". */
const ABOUT_ARTICLE =
  /\b(the|this|that|ur|your|ya|yr) (article|piece|story|post|op-?ed|writer|author|journalist|text)\b/i;
const EXPLICIT_ARTICLE = /\baccording to (the |this )?(article|piece|story|writer|author)\b|\b(the|this) article\b/i;

export interface Understander {
  understand(question: string): Understanding;
  /**
   * The groups `understand` reads, every one as part of the question proper (focus, no lesser emphasis), and nothing
   * else: what an index of many questions needs, for a fraction of the cost.
   */
  groupsOf(question: string): TermGroup[];
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
  // Every word of every question is asked about, and the same words come back: remembered, within a bound.
  const names = new Map<string, boolean>();
  const soundsLike = soundsLikeName(() => [...corpus.words.keys()].filter((w) => isName(w)));
  const spokenName = (word: string) => {
    let is = names.get(word);
    if (is === undefined) {
      const terms = toTerms(word);
      is = terms.length === 1 && corpus.entityTerms.has(terms[0]!);
      if (names.size >= NAMES_KEPT) names.clear();
      names.set(word, is);
    }
    return is;
  };
  const known = (t: string) => weights.known(t) || askedTerms.has(t);
  const unheardWords = createUnheard(corpus.words.keys(), known);
  const altKnown = (alt: readonly string[]) => alt.length > 0 && alt.every(known);
  const altWeight = (alt: readonly string[]) =>
    Math.max(0, ...alt.filter((t) => weights.known(t)).map((t) => weights.idf(t)));
  // What a word says is measured by the asker's own word; what synonyms add only helps find it.
  const weightOf = (alts: readonly string[][]) => {
    const ownWeight = altWeight(alts[0]!);
    if (ownWeight > 0) return ownWeight;
    const others = alts
      .slice(1)
      .filter(altKnown)
      .map(altWeight)
      .filter((w) => w > 0);
    return others.length ? Math.min(...others) : 0;
  };

  /** The question's words and what they are about; `whole`: every word is read as the question proper. */
  const readGroups = (question: string, whole: boolean) => {
    const text = spokenForms(stripFrames(stripMarkup(question)), spokenName, soundsLike);
    const words = tokenize(text).map((w) => {
      // Frame words, chat noise and plain English ("morning") are never "corrected" into the story's words ("moon").
      const asIs = FRAME.has(w.stem) || isChatNoise(w.surface) || isEnglishWord(w.surface.toLowerCase());
      const fixed = asIs ? null : speller.correctWord(w.surface, w.stem);
      return fixed
        ? { surface: fixed, stem: fixed, corrected: true }
        : { surface: w.surface, stem: w.stem, corrected: false };
    });
    const matches = synonyms.match(words.map((w) => w.stem));
    const focusFrom = whole ? 0 : focusStart(text, words.length);
    const groupStarts: number[] = [];
    const groups: TermGroup[] = [];
    const reading: string[] = [];
    for (let i = 0; i < words.length; ) {
      const m = matches.find((x) => x.at === i);
      const span = words.slice(i, i + (m?.length ?? 1));
      const own = spanTerms(span, FRAME);
      const also = withoutFrame(m?.meanTerms ?? [], FRAME);
      reading.push(m?.mapped ? m.means[0]! : span.map((w) => w.surface).join(" "));
      i += span.length;
      const alternatives = [own, ...also];
      const terms = distinctTerms(alternatives);
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
        entity: alternatives.some((alt) => namesEntity(corpus, alt)),
        focus: i - span.length >= focusFrom,
        emphasis: 1,
      });
    }
    return { text, words, focusFrom, groupStarts, groups, reading };
  };

  return {
    groupsOf: (question) => readGroups(question, true).groups,
    understand(question: string): Understanding {
      const { text, words, focusFrom, groupStarts, groups, reading } = readGroups(question, false);
      const partStarts = partBoundaries(text, words.length);
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
      // What only some questions need is read when first asked for: the asked: lists' questions, read at start,
      // never need it.
      const unknownNames = once(() =>
        namesUnknown({ text, readingText, words, focusFrom, kinds, groups }, corpus, known),
      );
      const unheard = once(() => unheardWords(words.slice(focusFrom)));
      // Read the same way (unanswerable lowercases first), the two wordings need reading once when they are the same.
      const sameWords = readingText.toLowerCase() === text.toLowerCase();
      const whyNot = once(() => unanswerable(text, isName) ?? (sameWords ? null : unanswerable(readingText, isName)));
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
        get unanswerable() {
          return whyNot();
        },
        // "wtf is grpo", "eli5 grpo": the chat word that was stripped from the core was the question word.
        defines: definedTerm(core) ?? definedTerm(questionCore(text, false)),
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
        get unknownNames() {
          return unknownNames();
        },
        get unheardWords() {
          return unheard();
        },
      };
    },
  };
}

const ARTICLE_TERMS = new Set(toTerms(ARTICLE_WORDS));
/** A term that only a synonym adds counts this much in ranking. */
const EXPANSION_BOOST = 0.4;
/** How many words' "is it a name" answers the reader remembers before starting afresh. */
const NAMES_KEPT = 20_000;
/** What the words before a self-contained last question count for. */
const CONTEXT_EMPHASIS = 0.25;

/** The question's words in order; a question's contractions ("they're", "i'd") are read as their first word. */
const tokenize = (text: string) => wordsOf(text, /'(s|d|re|ve|ll|m)$/);
