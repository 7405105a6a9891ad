import { type ChunkOptions, chunkDocument } from "../knowledge/chunk.js";
import type { Claim } from "../knowledge/claimsFile.js";
import { type KnowledgeBase, loadKnowledge } from "../knowledge/load.js";
import type { SummaryFile } from "../knowledge/summaryFile.js";
import type { SynonymRule } from "../knowledge/synonyms.js";
import type { AskedQuestion, KnowledgeDoc, Passage, Sentence } from "../knowledge/types.js";
import { wordPattern } from "../language/words.js";
import { type FactKind, factKinds, namePositions } from "../text/facts.js";
import { STOPWORDS, stemWord, toTerms, wordStems } from "../text/terms.js";
import type { TermWeights } from "../text/weights.js";
import { ARTICLE_WORDS, LexicalIndex } from "./lexicalIndex.js";

/** The loaded knowledge base, chunked and indexed once at start; everything answering needs, and nothing per question. */
export interface Corpus {
  docs: readonly KnowledgeDoc[];
  docById: ReadonlyMap<string, KnowledgeDoc>;
  article: KnowledgeDoc | null;
  passages: readonly Passage[];
  index: LexicalIndex;
  weights: TermWeights;
  /** Terms of every sentence and passage, computed once so answering never re-tokenises the corpus. */
  sentenceTerms: WeakMap<Sentence, ReadonlySet<string>>;
  passageTerms: WeakMap<Passage, ReadonlySet<string>>;
  /**
   * Per sentence, names it mentions only as part of a variant's name, with the variant's qualifier: "DeepSeek-R1-Zero"
   * mentions r1 only as R1-Zero, "MMLU-Pro" mmlu only as MMLU-Pro. Such a sentence is about the variant.
   */
  variants: WeakMap<Sentence, ReadonlyMap<string, string>>;
  /** The kinds of fact each sentence and passage holds (money, a date, a count...), read once. */
  facts: WeakMap<Sentence | Passage, ReadonlySet<FactKind>>;
  /** The asked: questions, each with the passages it is about. */
  asked: ReadonlyArray<{ question: AskedQuestion; passages: readonly Passage[] }>;
  synonyms: readonly SynonymRule[];
  /** The article's checkable claims with their verdicts (claims.yaml). */
  claims: readonly Claim[];
  /** The editor's catch-up (knowledge/summary.md), its citations checked; null when there is none. */
  summaryFile: SummaryFile | null;
  /** Search terms that name something: a model, a chip, a company, a person ("r1", "h800", "nvidia"). */
  entityTerms: ReadonlySet<string>;
  /** Terms naming who published or wrote a source ("nature", "cnbc", "stratechery"). */
  publisherTerms: ReadonlySet<string>;
  /** Model families and the versions the documents mention ("llama" -> 3.1, 3.3): any other version is another product. */
  versions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every word stem the documents and their asked: lists use, with how often: what spelling is corrected towards. */
  vocabulary: ReadonlyMap<string, number>;
  /** The same, as whole lowercase words. */
  words: ReadonlyMap<string, number>;
  /** The newest `as_of` date: what the bot knows is current to this day. */
  asOf: string;
}

/** Terms that name something of the story: a name, or a name and its version number ("GPT-4", "Llama 3.1"). */
export function namesEntity(corpus: Pick<Corpus, "entityTerms">, terms: readonly string[]): boolean {
  return (
    terms.some((t) => corpus.entityTerms.has(t)) &&
    terms.every((t) => corpus.entityTerms.has(t) || /^\d+(\.\d+)?$/.test(t))
  );
}

/**
 * True when a word names something of the story: a company, a model, a person or a publisher the documents name
 * ("nvidia", "r1", "nature's"). How general modules recognise the story's names without listing them.
 */
export function namesSomething(corpus: Pick<Corpus, "entityTerms" | "publisherTerms">, word: string): boolean {
  const terms = toTerms(word);
  return terms.length > 0 && terms.every((t) => corpus.entityTerms.has(t) || corpus.publisherTerms.has(t));
}

export async function loadCorpus(dir: string, root?: string, chunking?: Partial<ChunkOptions>): Promise<Corpus> {
  return buildCorpus(await loadKnowledge(dir, root), chunking);
}

export function buildCorpus(kb: KnowledgeBase, chunking?: Partial<ChunkOptions>): Corpus {
  const { docs } = kb;
  const passages = docs.flatMap((d) => chunkDocument(d, chunking));
  const sentenceTerms = new WeakMap<Sentence, ReadonlySet<string>>();
  const passageTerms = new WeakMap<Passage, ReadonlySet<string>>();
  const facts = new WeakMap<Sentence | Passage, ReadonlySet<FactKind>>();
  const variants = new WeakMap<Sentence, ReadonlyMap<string, string>>();
  const entityTerms = new Set<string>();
  // A word also written in lowercase ("chips", "ban") is a common word, even where a name includes it.
  const lowercase = new Set<string>();
  const names: string[] = [];
  const publisherTerms = new Set<string>();
  const vocabulary = new Map<string, number>();
  const versions = new Map<string, Set<string>>();
  const words = new Map<string, number>();
  const count = (text: string) => {
    for (const stem of wordStems(text)) vocabulary.set(stem, (vocabulary.get(stem) ?? 0) + 1);
    for (const w of text.toLowerCase().match(/\p{L}{3,}/gu) ?? []) words.set(w, (words.get(w) ?? 0) + 1);
  };
  for (const p of passages) {
    const inPassage = new Set<FactKind>();
    for (const s of p.sentences) {
      sentenceTerms.set(s, new Set(toTerms(s.text)));
      const only = variantOnly(s.text);
      if (only.size > 0) variants.set(s, only);
      const kinds = factKinds(s.text);
      facts.set(s, kinds);
      for (const k of kinds) inPassage.add(k);
      for (const name of namePositions(s.text)) {
        // A capitalised first word may be any word ("Exchange data show"); elsewhere a capital marks a name.
        const looksLikeName = name.index > 0 || /\d|\p{Lu}.*\p{Lu}|\s/u.test(name.text);
        if (looksLikeName) names.push(...name.text.split(/[\s-]+/));
      }
      // Addresses, repository and model ids ("deepseek-ai/DeepSeek-R1", "deepseek-reasoner") are not prose.
      const prose = s.text.replace(/\S*[\p{L}\p{N}][/.@_-][\p{L}\p{N}]\S*/gu, " ");
      for (const w of prose.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []) lowercase.add(w);
    }
    facts.set(p, inPassage);
    passageTerms.set(p, new Set(toTerms(`${p.heading ?? ""} ${p.text}`)));
    for (const m of p.text.matchAll(/\b([A-Za-z][A-Za-z]+)[- ]?(\d+(?:\.\d+)?)/g)) {
      const family = stemWord(m[1]!.toLowerCase());
      versions.set(family, (versions.get(family) ?? new Set()).add(m[2]!));
    }
    count(`${p.heading ?? ""} ${p.text}`);
  }
  for (const d of docs) {
    for (const name of namePositions(`${d.publisher ?? ""}, ${d.authors ?? ""}`)) {
      for (const t of toTerms(name.text)) {
        entityTerms.add(t);
        if (d.kind !== "article") publisherTerms.add(t);
      }
    }
    count(`${d.title} ${d.publisher ?? ""}`);
  }
  for (const word of names) {
    // A name with digits ("H800", "Qwen-1.5B") names a thing by its letters and digits together, not by "1.5 billion".
    if (/\d/.test(word)) for (const t of toTerms(word)) /[a-z]/.test(t) && /\d/.test(t) ? entityTerms.add(t) : null;
    else if (!lowercase.has(word.toLowerCase())) for (const t of toTerms(word)) entityTerms.add(t);
  }
  const asked = docs.flatMap((d) =>
    d.asked.map((question) => ({
      question,
      passages: passages.filter(
        (p) => p.docId === d.id && p.start < question.target.end && question.target.start < p.end,
      ),
    })),
  );
  for (const a of asked) count(a.question.text);
  for (const rule of kb.synonyms) for (const entry of [...rule.from, ...(rule.to ?? [])]) count(entry);
  for (const w of [...STOPWORDS, ...ARTICLE_WORDS.split(" ")]) count(w);
  const index = new LexicalIndex(docs, passages, (p) => passageTerms.get(p)!);
  return {
    docs,
    docById: new Map(docs.map((d) => [d.id, d])),
    article: docs.find((d) => d.kind === "article") ?? null,
    passages,
    index,
    weights: index.weights,
    sentenceTerms,
    passageTerms,
    variants,
    facts,
    asked,
    synonyms: kb.synonyms,
    claims: kb.claims,
    summaryFile: kb.summary ?? null,
    entityTerms,
    publisherTerms,
    versions,
    vocabulary,
    words,
    asOf:
      docs
        .map((d) => d.asOf)
        .sort()
        .at(-1) ?? "",
  };
}

/**
 * True when a sentence with these `variants` names one of `terms` only inside a variant's name the asker did not
 * name too: the asker's "r1" against "DeepSeek-R1-Zero". Such a sentence is about another model.
 */
export function onlyAsVariant(
  terms: readonly string[],
  variants: ReadonlyMap<string, string> | undefined,
  asked: ReadonlySet<string>,
): boolean {
  return variants !== undefined && terms.some((t) => variants.has(t) && !asked.has(variants.get(t)!));
}

const VARIANT = new RegExp(`\\b([\\p{L}\\p{N}.]+)-(${wordPattern("variants").source})`, "giu");

/** Terms a text names only inside a variant's name, each with the variant's qualifier (see Corpus.variants). */
export function variantOnly(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(VARIANT)) for (const t of toTerms(m[1]!)) found.set(t, stemWord(m[2]!.toLowerCase()));
  if (found.size === 0) return found;
  const elsewhere = new Set(toTerms(text.replace(VARIANT, " ")));
  for (const t of [...found.keys()]) if (elsewhere.has(t)) found.delete(t);
  return found;
}
