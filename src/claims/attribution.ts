import type { Corpus } from "../corpus/corpus.js";
import { wordList, wordPattern } from "../language/words.js";
import { EN } from "../messages/en.js";
import { matchShare, type WeightedGroup } from "../text/sentenceScore.js";
import { toTerms } from "../text/terms.js";
import type { CheckResult } from "./types.js";

/*
 * Who said it: "the article says X" is true only of what the article itself says. A figure or fact found only in our
 * notes on the sources is, for such a statement, a contradiction ("the article doesn't say that"), not a ✅.
 */

const WHO = wordPattern("article-attribution").source;
const ABOUT_ARTICLE = new RegExp(
  `(?:${WHO}).{0,40}${wordPattern("article-verbs").source}|${wordPattern("credit-frames").source}\\s+(?:${WHO})\\b|\\b(?:article|piece|story)'s\\b`,
  "i",
);

/** The statement credits the article with what it says ("the article says", "per the piece", "the story's"). */
export function aboutArticle(statement: string): boolean {
  return ABOUT_ARTICLE.test(statement);
}

/** Words that name the article or say that it says something: never the topic of what it is said to say. */
const CREDITING = new Set(
  toTerms(
    [
      ...wordList("article-words"),
      ...wordList("article-verbs"),
      ...wordList("credit-frames"),
      ...wordList("saying"),
    ].join(" "),
  ),
);

/** The topic of a statement crediting the article, without the words that credit it. */
export function withoutCredit(topic: readonly WeightedGroup[]): WeightedGroup[] {
  return topic.filter((g) => !(g.alternatives[0] ?? []).every((t) => CREDITING.has(t)));
}

/**
 * A ✅ on "the article says X" rests on the article's own words (one of its known claims, or its sentence shown);
 * one resting only on our notes means the sources say X and the article does not, unless one of the article's
 * sentences says most of X too.
 */
export function creditedRightly(
  statement: string,
  result: CheckResult,
  topic: readonly WeightedGroup[],
  corpus: Corpus,
): CheckResult {
  if (result.verdict !== "supported" || result.claimId !== null || result.articleExcerpt || !aboutArticle(statement))
    return result;
  const own = withoutCredit(topic);
  const article = corpus.passages.filter((p) => corpus.docById.get(p.docId)?.kind === "article");
  const says = article.some((p) =>
    p.sentences.some((s) => matchShare(corpus.sentenceTerms.get(s) ?? new Set(), own) >= ARTICLE_SAYS),
  );
  if (says) return result;
  return {
    ...result,
    verdict: "contradicted",
    explanation: EN["explanation.not_in_article"],
    explanationCode: "explanation.not_in_article",
    confidence: undefined,
  };
}
/** Share of a statement's topic one of the article's sentences must say for the article to say it. */
const ARTICLE_SAYS = 0.75;
