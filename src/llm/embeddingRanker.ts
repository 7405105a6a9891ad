import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { LRUCache } from "lru-cache";
import type { Passage } from "../knowledge/types.js";
import type { DenseRanker } from "../retrieval/retrieve.js";

interface CacheFile {
  model: string;
  vectors: Record<string, string>;
}

/**
 * Dense ranking of passages. Passage vectors are computed once and kept on disk keyed by model and content hash,
 * so a restart (or an edit to one note) only embeds what changed. Question vectors are kept in memory briefly.
 */
export class EmbeddingRanker implements DenseRanker {
  private readonly questionCache = new LRUCache<string, Float32Array>({ max: 256 });

  private constructor(
    private readonly embeddings: EmbeddingsInterface,
    private readonly ids: string[],
    private readonly vectors: Float32Array[],
  ) {}

  /** Loads cached vectors, embeds the missing passages in one batch, and saves the cache back. */
  static async build(options: {
    embeddings: EmbeddingsInterface;
    model: string;
    passages: readonly Passage[];
    cacheFile: string;
  }): Promise<{ ranker: EmbeddingRanker; embedded: number }> {
    const cache = await readCache(options.cacheFile, options.model);
    const hashes = options.passages.map((p) => hash(`${options.model}\n${p.text}`));
    const missing = options.passages.filter((_, i) => !cache.vectors[hashes[i]!]);
    if (missing.length > 0) {
      const fresh = await options.embeddings.embedDocuments(missing.map((p) => p.text));
      missing.forEach((p, i) => {
        cache.vectors[hash(`${options.model}\n${p.text}`)] = encode(fresh[i] ?? []);
      });
      await writeCache(options.cacheFile, cache);
    }
    const vectors = hashes.map((h) => normalise(decode(cache.vectors[h]!)));
    return {
      ranker: new EmbeddingRanker(
        options.embeddings,
        options.passages.map((p) => p.id),
        vectors,
      ),
      embedded: missing.length,
    };
  }

  async rank(question: string, k: number): Promise<Array<{ passageId: string; score: number }>> {
    let q = this.questionCache.get(question);
    if (!q) {
      q = normalise(Float32Array.from(await this.embeddings.embedQuery(question)));
      this.questionCache.set(question, q);
    }
    const scored = this.vectors.map((v, i) => ({ passageId: this.ids[i]!, score: dot(q!, v) }));
    return scored.sort((a, b) => b.score - a.score).slice(0, k);
  }
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function encode(v: number[]): string {
  return Buffer.from(Float32Array.from(v).buffer).toString("base64");
}

function decode(s: string): Float32Array {
  const b = Buffer.from(s, "base64");
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

function normalise(v: Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  const len = Math.sqrt(n) || 1;
  return v.map((x) => x / len);
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) s += a[i]! * b[i]!;
  return s;
}

async function readCache(file: string, model: string): Promise<CacheFile> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as CacheFile;
    if (parsed.model === model && parsed.vectors && typeof parsed.vectors === "object") return parsed;
  } catch {
    // No cache yet, or an unreadable one: start afresh.
  }
  return { model, vectors: {} };
}

async function writeCache(file: string, cache: CacheFile): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Write then rename, so a crash mid-write never leaves a half file behind; the shards of one machine share the
  // folder, so each writes a file of its own first.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cache));
  await rename(temporary, file);
}
