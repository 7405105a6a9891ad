import type { ClaimChecker } from "../claims/checker.js";
import { VERDICT_LABEL } from "../claims/types.js";
import type { Passage, Sentence } from "../knowledge/types.js";
import { analyseQuery } from "../retrieval/query.js";
import type { Corpus } from "./corpus.js";
import { scoreSentences } from "./extractive.js";
import { quoteOf } from "./quotes.js";
import type { Quote, Summary } from "./types.js";

const LEAD_SENTENCES = 2;
const KEY_NUMBERS = 3;
const CORRECTIONS = 4;
const FIGURE = /\$\s?\d|\d\s?%|\d[\d,.]*\s?(million|billion|trillion)\b/i;

/**
 * A catch-up built from the knowledge base itself: the article's lead, its key figures, and for each of those the
 * reference sentence that best speaks to the same fact. Every bullet is a verbatim quote.
 */
export function buildSummary(corpus: Corpus, checker?: ClaimChecker): Summary {
  const quotes: Quote[] = [];
  const cite = (docId: string, s: Sentence) => quotes.push(quoteOf(corpus, docId, s)) - 1;
  const article = corpus.docs.find((d) => d.kind === "article");
  const articleSentences = corpus.passages
    .filter((p) => p.docId === article?.id)
    .flatMap((p) => p.sentences.map((s) => ({ s, p })))
    .filter(({ s }) => s.text.length >= 40);

  const lead = articleSentences.slice(0, LEAD_SENTENCES);
  const figures = articleSentences.filter((x) => !lead.includes(x) && FIGURE.test(x.s.text)).slice(0, KEY_NUMBERS);
  const sections: Summary["sections"] = [];
  if (lead.length) sections.push({ heading: "What happened", bullets: lead.map(({ s, p }) => ({ quote: cite(p.docId, s) })) });
  if (figures.length) sections.push({ heading: "Key numbers in the article", bullets: figures.map(({ s, p }) => ({ quote: cite(p.docId, s) })) });

  // With a claims file, its judgements say best what the article gets wrong; otherwise, the closest reference lines.
  const wrong = (checker?.claims ?? []).filter((c) => c.verdict === "contradicted" || c.verdict === "nuanced").slice(0, CORRECTIONS);
  if (checker && wrong.length > 0) {
    const bullets = wrong.flatMap((c) => {
      const ev = checker.evidenceFor(c.id)[0];
      return ev ? [{ lead: `${VERDICT_LABEL[c.verdict]}: "${c.claim}"`, quote: quotes.push(ev) - 1 }] : [];
    });
    if (bullets.length) sections.push({ heading: "What the article gets wrong or leaves out", bullets });
    return { sections, quotes, asOf: corpus.asOf };
  }
  const used = new Set<Sentence>();
  const corrections: Summary["sections"][number]["bullets"] = [];
  for (const { s } of [...figures, ...lead]) {
    if (corrections.length >= CORRECTIONS) break;
    const best = bestReferenceSentence(corpus, s.text, used);
    if (!best) continue;
    used.add(best.sentence);
    corrections.push({ quote: cite(best.passage.docId, best.sentence) });
  }
  if (corrections.length) sections.push({ heading: "What the sources add or correct", bullets: corrections });
  return { sections, quotes, asOf: corpus.asOf };
}

function bestReferenceSentence(corpus: Corpus, text: string, used: ReadonlySet<Sentence>): { sentence: Sentence; passage: Passage } | null {
  const query = analyseQuery(text, corpus.index);
  const ranked = corpus.index
    .rank(query.terms, 12, query.weights)
    .filter((r) => corpus.docById.get(r.passage.docId)?.kind === "note");
  const candidates = scoreSentences(text, query, ranked, corpus).filter((c) => !used.has(c.sentence) && FIGURE.test(c.sentence.text));
  const best = candidates[0];
  return best ? { sentence: best.sentence, passage: best.passage } : null;
}
