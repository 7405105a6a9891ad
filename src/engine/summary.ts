import type { ClaimChecker } from "../claims/checker.js";
import { VERDICT_LABEL } from "../claims/types.js";
import type { Corpus } from "../corpus/corpus.js";
import { excerptOf, type Excerpt } from "../text/excerpts.js";
import type { Summary } from "./types.js";

const LEAD_SENTENCES = 2;
const KEY_NUMBERS = 3;
const CORRECTIONS = 4;

/**
 * A catch-up built from the knowledge base itself: the article's lead and its key figures in its own words, then
 * what the claims file judges it gets wrong or leaves out, each with the sources' side.
 */
export function buildSummary(corpus: Corpus, checker: ClaimChecker): Summary {
  const excerpts: Excerpt[] = [];
  const cite = (e: Excerpt) => excerpts.push(e) - 1;
  const article = corpus.article;
  const sentences = corpus.passages
    .filter((p) => p.docId === article?.id)
    .flatMap((p) => p.sentences)
    .filter((s) => s.text.length >= 40);
  const lead = sentences.slice(0, LEAD_SENTENCES);
  const figures = sentences.filter((s) => !lead.includes(s) && (corpus.facts.get(s)?.has("money") || corpus.facts.get(s)?.has("percent"))).slice(0, KEY_NUMBERS);
  const sections: Summary["sections"] = [];
  const quote = (s: (typeof sentences)[number]) => ({ excerpt: cite(excerptOf(corpus.docById, article!.id, s)) });
  if (lead.length) sections.push({ heading: "What happened", bullets: lead.map(quote) });
  if (figures.length) sections.push({ heading: "Key numbers in the article", bullets: figures.map(quote) });
  const wrong = checker.claims.filter((c) => c.verdict === "contradicted" || c.verdict === "nuanced" || c.verdict === "unverified").slice(0, CORRECTIONS);
  const bullets = wrong.flatMap((c) => {
    const ev = checker.evidenceFor(c.id)[0];
    return ev ? [{ lead: `${VERDICT_LABEL[c.verdict]}: "${c.claim}"`, excerpt: cite(ev) }] : [];
  });
  if (bullets.length) sections.push({ heading: "What the article gets wrong or leaves out", bullets });
  return { sections, excerpts, asOf: corpus.asOf };
}
