import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "./config.js";
import { type Corpus, loadCorpus } from "./corpus/corpus.js";
import { createEngine, type Engine } from "./engine/engine.js";
import type { Decisions } from "./fit/decisions.js";
import { findModelInstructions } from "./knowledge/instructions.js";
import type { EmbeddingRanker } from "./llm/embeddingRanker.js";
import { countTokens } from "./llm/tokens.js";
import { createLogger, type Logger } from "./log.js";
import { openDatabase } from "./store/db.js";
import { SqliteStore } from "./store/sqliteStore.js";
import type { Store, StoreOptions } from "./store/store.js";
import { openKeptReadings } from "./understanding/keptReadings.js";

export type { Logger } from "./log.js";

/** The running code's folder (src/, or a build's): its readings of the knowledge are kept for this code alone. */
const CODE_DIR = fileURLToPath(new URL(".", import.meta.url));

export interface BuildOptions {
  k?: number;
  /** "auto": the model when one is configured; "extractive": never; "llm": required. */
  mode?: "auto" | "extractive" | "llm";
  /** Extractive answers remembered for repeated questions (default 500; 0 computes every answer afresh). */
  memoSize?: number;
  /** The decision to answer or decline, when not the shipped fitted one (training sees every composed answer). */
  decisions?: Partial<Decisions>;
}

/** Builds the one engine every front end uses, from validated configuration; models are made here, once. */
export async function buildEngine(
  config: Config,
  log: Logger = createLogger({ level: "warn" }),
  options: BuildOptions = {},
): Promise<Engine> {
  const corpus = await loadCorpus(config.knowledgeDir);
  warnAboutLongSentences(corpus, log);
  warnAboutModelInstructions(corpus, log);
  const mode = options.mode ?? "auto";
  if (mode === "llm" && !config.llm)
    throw new Error("--mode llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)");
  const readings = openKeptReadings(config.cacheDir, config.knowledgeDir, CODE_DIR);
  if (!config.llm || mode === "extractive")
    return createEngine({
      corpus,
      log,
      k: options.k,
      memoSize: options.memoSize,
      decisions: options.decisions,
      readings,
    });

  const llm = config.llm;
  // Loaded only here: the model client and its prompt templates take about half a second of CPU to load, which
  // every process without a model (the console, `npm run ask`, most bots) would otherwise pay at start.
  const [{ llmStep }, { EmbeddingRanker }, { createChatModel, createEmbeddings, replyCharCap }] = await Promise.all([
    import("./engine/llmStep.js"),
    import("./llm/embeddingRanker.js"),
    import("./llm/models.js"),
  ]);
  // Loading the token counter's ranks blocks for about 0.4 s: do it now, not during someone's first question.
  countTokens("");
  let vector: EmbeddingRanker | null = null;
  try {
    const built = await EmbeddingRanker.build({
      embeddings: createEmbeddings(llm),
      model: llm.embeddingModel,
      passages: corpus.passages,
      cacheFile: join(config.cacheDir, `embeddings-${llm.embeddingModel.replace(/[^\w.-]/g, "_")}.json`),
    });
    vector = built.ranker;
    log("embeddings_ready", { embedded: built.embedded, passages: corpus.passages.length });
  } catch (error) {
    log(
      "embeddings_unavailable",
      { warning: "ranking with the lexical index alone", error: String(error).slice(0, 300) },
      "warn",
    );
  }
  return createEngine({
    corpus,
    log,
    k: options.k,
    readings,
    dense: vector,
    compose: llmStep({
      model: createChatModel(llm),
      promptTokenBudget: llm.promptTokenBudget,
      answerCacheSeconds: llm.answerCacheSeconds,
      answerDeadlineMs: llm.answerDeadlineMs,
      streamIdleMs: llm.streamIdleMs,
      maxReplyChars: replyCharCap(llm.maxOutputTokens),
      maxRetries: llm.maxRetries,
      log,
    }),
  });
}

/**
 * Knowledge files are data: a sentence giving orders to a model is never followed, never evidence, and its author
 * (or whoever planted it) is named at start-up with the file and line.
 */
function warnAboutModelInstructions(corpus: Corpus, log: Logger): void {
  for (const doc of corpus.docs) {
    for (const { line, text } of findModelInstructions(doc.text)) {
      log(
        "model_instruction_in_knowledge",
        {
          file: doc.path,
          line,
          text: text.slice(0, 200),
          warning: "reads as an order to a language model; it is treated as data, never followed or quoted as evidence",
        },
        "warn",
      );
    }
  }
}

/** A file whose sentences run past the passage cap is still served, cut at clauses or words; its author should know. */
function warnAboutLongSentences(corpus: Corpus, log: Logger): void {
  const cuts = new Map<string, number>();
  for (const p of corpus.passages) if (p.cutMidSentence) cuts.set(p.docId, (cuts.get(p.docId) ?? 0) + 1);
  for (const [docId, passages] of cuts) {
    log(
      "oversized_passage",
      {
        file: corpus.docById.get(docId)?.path ?? docId,
        passages,
        warning: "a sentence is longer than a passage may be; it was cut at clauses or words",
      },
      "warn",
    );
  }
}

/**
 * Opens the store: Postgres when DATABASE_URL is set (a StorageError naming the host when it cannot be reached),
 * else the SQLite file in DATA_DIR (one naming the folder when it cannot be written). Should writes stop working
 * later (a full disk, a server that went away), the bot keeps answering: the log says so once, and again when they
 * work.
 */
export async function openRecords(config: Config, log: Logger): Promise<Store> {
  // The Postgres client is loaded only when DATABASE_URL asks for it, not by every SQLite bot.
  const pg = config.database
    ? { ...(await import("./store/pg/open.js")), ...(await import("./store/pg/pool.js")) }
    : null;
  const where =
    pg && config.database ? { database: pg.describeServer(config.database.url) } : { dataDir: config.dataDir };
  const options: StoreOptions = {
    retentionDays: config.logRetentionDays,
    onRecordingChange: (on, error) =>
      on
        ? log("recording_on", where)
        : log(
            "recording_off",
            {
              ...where,
              error: String(error).slice(0, 300),
              warning: "answers go on; votes and questions are not kept",
            },
            "warn",
          ),
  };
  if (pg && config.database) return pg.openPostgresStore(config.database, options);
  return new SqliteStore(openDatabase(config.dataDir), options);
}
