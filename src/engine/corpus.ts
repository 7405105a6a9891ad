import { join } from "node:path";
import { CLAIMS_FILE, loadClaims } from "../claims/load.js";
import type { Claim } from "../claims/types.js";
import { chunkDocument, type ChunkOptions } from "../knowledge/chunk.js";
import { loadKnowledge } from "../knowledge/load.js";
import type { KnowledgeDoc, Passage, Sentence } from "../knowledge/types.js";
import { ARTICLE_WORDS, LexicalIndex } from "../retrieval/lexicalIndex.js";
import { toTerms } from "../retrieval/terms.js";

/** The loaded knowledge base: documents, passages, the lexical index and per-sentence terms, built once at start. */
export interface Corpus {
  docs: readonly KnowledgeDoc[];
  docById: ReadonlyMap<string, KnowledgeDoc>;
  passages: readonly Passage[];
  index: LexicalIndex;
  /** Terms of every sentence, computed once so answering never re-tokenises the corpus. */
  sentenceTerms: WeakMap<Sentence, ReadonlySet<string>>;
  /** The newest `as_of` date: what the bot knows is current to this day. */
  asOf: string;
  /** The article's checkable claims with their verdicts (knowledge/claims.yaml); empty when there is no such file. */
  claims: readonly Claim[];
}

export async function loadCorpus(dir: string, root?: string, chunking?: Partial<ChunkOptions>): Promise<Corpus> {
  const docs = await loadKnowledge(dir, root);
  return buildCorpus(docs, chunking, await loadClaims(join(dir, CLAIMS_FILE), docs));
}

export function buildCorpus(docs: readonly KnowledgeDoc[], chunking?: Partial<ChunkOptions>, claims: readonly Claim[] = []): Corpus {
  const passages = docs.flatMap((d) => chunkDocument(d, chunking));
  const sentenceTerms = new WeakMap<Sentence, ReadonlySet<string>>();
  const kinds = new Map(docs.map((d) => [d.id, d.kind]));
  for (const p of passages) {
    const extra = kinds.get(p.docId) === "article" ? ` ${ARTICLE_WORDS}` : "";
    for (const s of p.sentences) sentenceTerms.set(s, new Set(toTerms(s.text + extra)));
  }
  return {
    docs,
    docById: new Map(docs.map((d) => [d.id, d])),
    passages,
    index: new LexicalIndex(docs, passages),
    sentenceTerms,
    asOf: docs.reduce((max, d) => (d.asOf > max ? d.asOf : max), ""),
    claims,
  };
}
