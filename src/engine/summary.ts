import type { ClaimChecker } from "../claims/checker.js";
import { VERDICT_LABEL } from "../claims/types.js";
import type { Corpus } from "../corpus/corpus.js";
import type { SummaryFile } from "../knowledge/summaryFile.js";
import { type Excerpt, excerptOf } from "../text/excerpts.js";
import type { Summary } from "./types.js";

const LEAD_SENTENCES = 2;
const KEY_NUMBERS = 3;
const CORRECTIONS = 4;
const TITLE = "Catching up on the story";

/**
 * The catch-up every front end shows, in either answer mode: the editor's knowledge/summary.md when there is one,
 * otherwise one assembled from the knowledge base itself.
 */
export function buildSummary(corpus: Corpus, checker: ClaimChecker): Summary {
  return corpus.summaryFile ? writtenSummary(corpus.summaryFile, corpus.asOf) : automaticSummary(corpus, checker);
}

function writtenSummary(file: SummaryFile, asOf: string): Summary {
  return {
    origin: "written",
    title: file.title,
    sections: file.sections.map((s) => ({
      heading: s.heading,
      bullets: s.bullets.map((b) => ({
        text: b.text,
        docs: [...new Set(b.cites.flatMap((c) => (c.kind === "claim" ? [] : [c.docId])))],
        claims: b.cites.flatMap((c) => (c.kind === "claim" ? [c.id] : [])),
      })),
    })),
    excerpts: [],
    asOf,
  };
}

/**
 * The fallback: the article's lead and its key figures in its own words, then what the claims file judges it gets
 * wrong or leaves out, each with the sources' side.
 */
function automaticSummary(corpus: Corpus, checker: ClaimChecker): Summary {
  const excerpts: Excerpt[] = [];
  const cite = (e: Excerpt) => excerpts.push(e) - 1;
  const article = corpus.article;
  const sentences = corpus.passages
    .filter((p) => p.docId === article?.id)
    .flatMap((p) => p.sentences)
    .filter((s) => s.text.length >= 40);
  const lead = sentences.slice(0, LEAD_SENTENCES);
  const figures = sentences
    .filter((s) => !lead.includes(s) && (corpus.facts.get(s)?.has("money") || corpus.facts.get(s)?.has("percent")))
    .slice(0, KEY_NUMBERS);
  const sections: Summary["sections"] = [];
  const quote = (s: (typeof sentences)[number]) => ({ excerpt: cite(excerptOf(corpus.docById, article!.id, s)) });
  if (lead.length) sections.push({ heading: "What happened", bullets: lead.map(quote) });
  if (figures.length) sections.push({ heading: "Key numbers in the article", bullets: figures.map(quote) });
  const wrong = checker.claims
    .filter((c) => c.verdict === "contradicted" || c.verdict === "nuanced" || c.verdict === "unverified")
    .slice(0, CORRECTIONS);
  const bullets = wrong.flatMap((c) => {
    const ev = checker.evidenceFor(c.id)[0];
    return ev ? [{ lead: `${VERDICT_LABEL[c.verdict]}: "${c.claim}"`, excerpt: cite(ev) }] : [];
  });
  if (bullets.length) sections.push({ heading: "What the article gets wrong or leaves out", bullets });
  return { origin: "automatic", title: TITLE, sections, excerpts, asOf: corpus.asOf };
}
