import { existsSync } from "node:fs";
import { ConfigError } from "./errors.js";
import { LOG_LEVELS, type LogLevel } from "./log.js";
import {
  type DatabaseConfig,
  databaseConfig,
  type InteractionsConfig,
  interactionsConfig,
  type MetricsConfig,
  metricsConfig,
} from "./settings/service.js";
import { type ShardConfig, shardConfig } from "./settings/shards.js";

export type { DatabaseConfig, InteractionsConfig, MetricsConfig } from "./settings/service.js";

export interface DiscordConfig {
  token: string;
  applicationId: string | null;
  guildId: string | null;
  /** REST base to use instead of Discord's (a proxy, or the tests' stand-in); the gateway URL comes from its /gateway/bot. */
  apiUrl: string | null;
}

/** HTTP interactions: Discord POSTs each interaction to this server instead of sending it over the gateway. */
export interface LlmConfig {
  apiKey: string;
  baseUrl: string | null;
  model: string;
  embeddingModel: string;
  /** Longest wait for a response's headers; never beyond the answer's deadline. */
  timeoutMs: number;
  /** Retries after 429, 5xx and stalls, each only while it (and its Retry-After) fits inside the deadline. */
  maxRetries: number;
  /** Everything one model answer may take: connection, first token, the stream's gaps, retries and verification. */
  answerDeadlineMs: number;
  /** Longest silence allowed while waiting for the reply's next piece (the first included); longer is a stall. */
  streamIdleMs: number;
  /** Most tokens the model may write; the reply read is capped at a size derived from it. */
  maxOutputTokens: number;
  /** Upper bound on the prompt's tokens; passages beyond it are left out. */
  promptTokenBudget: number;
  /** How long an identical question is answered from the cache. */
  answerCacheSeconds: number;
}

export interface Config {
  knowledgeDir: string;
  /** KNOWLEDGE_WATCH=1: reload knowledge/ when a file in it changes (SIGHUP reloads it either way). */
  knowledgeWatch: boolean;
  cacheDir: string;
  /** Where the bot keeps what must survive a restart (votes, the question log, buttons): storybot.db. */
  dataDir: string;
  /** Null: the SQLite file in dataDir (one bot per folder). */
  database: DatabaseConfig | null;
  /** Days questions and votes are kept; 0 keeps none. */
  logRetentionDays: number;
  /** Null: no token, so `npm start` opens the local console. */
  discord: DiscordConfig | null;
  /** Null: no key, so answers are extractive. */
  llm: LlmConfig | null;
  /** Null: interactions come over the gateway (when there is a token); set: over HTTP, with no gateway at all. */
  interactions: InteractionsConfig | null;
  cooldownPerMinute: number;
  shutdownGraceMs: number;
  /** Button presses one user may make per minute; 0 turns the limit off. */
  buttonClicksPerMinute: number;
  /** Memory kept for "More excerpts" replies, in MB: each is kept its whole 15 minutes unless this fills. */
  moreExcerptsStoreMb: number;
  /** From LOG_LEVEL; null lets the front end choose (info for the bot, warn in the console). */
  logLevel: LogLevel | null;
  /** METRICS_PORT: the bot serves /metrics and /healthz there; null serves nothing. */
  metrics: MetricsConfig | null;
  /** Null: one gateway connection, unsharded. */
  shards: ShardConfig | null;
}

const SNOWFLAKE = /^\d{17,20}$/;
/** A host name as DNS allows it: dot-separated labels of letters, digits and inner hyphens. */

/**
 * Reads and validates the environment once. Every problem is reported, each naming its variable, so a newcomer
 * fixes them all in one go; optional parts that are absent select a mode (console, extractive) explicitly.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const v = env[name]?.trim();
    return v ? v : null;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const v = text(name);
    if (v === null) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${v}")`);
      return fallback;
    }
    return n;
  };
  const url = (name: string): string | null => {
    const v = text(name);
    if (v === null) return null;
    try {
      const u = new URL(v);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("protocol");
      return v.replace(/\/+$/, "");
    } catch {
      problems.push(`${name} must be an http(s) URL (got "${v}")`);
      return null;
    }
  };
  const snowflake = (name: string): string | null => {
    const v = text(name);
    if (v !== null && !SNOWFLAKE.test(v)) problems.push(`${name} must be a Discord id: 17 to 20 digits (got "${v}")`);
    return v;
  };

  const token = text("DISCORD_TOKEN");
  const applicationId = snowflake("DISCORD_APPLICATION_ID");
  const guildId = snowflake("DISCORD_GUILD_ID");
  const apiUrl = url("DISCORD_API_URL");
  if (token !== null && /\s/.test(token)) problems.push("DISCORD_TOKEN must not contain spaces (copy only the token)");
  const interactions = interactionsConfig(text, int, token !== null, problems);

  const apiKey = text("OPENAI_API_KEY");
  const llm: LlmConfig | null = apiKey
    ? {
        apiKey,
        baseUrl: url("OPENAI_BASE_URL"),
        model: text("OPENAI_MODEL") ?? "gpt-4o-mini",
        embeddingModel: text("OPENAI_EMBEDDING_MODEL") ?? "text-embedding-3-small",
        timeoutMs: int("OPENAI_TIMEOUT_MS", 20_000, 1_000, 300_000),
        maxRetries: int("OPENAI_MAX_RETRIES", 2, 0, 6),
        answerDeadlineMs: int("ANSWER_DEADLINE_MS", 12_000, 1_000, 300_000),
        streamIdleMs: int("LLM_STREAM_IDLE_MS", 5_000, 200, 300_000),
        maxOutputTokens: int("LLM_MAX_OUTPUT_TOKENS", 700, 100, 2_000),
        promptTokenBudget: int("LLM_PROMPT_TOKEN_BUDGET", 1_500, 300, 100_000),
        answerCacheSeconds: int("ANSWER_CACHE_SECONDS", 600, 0, 86_400),
      }
    : null;
  if (llm && llm.streamIdleMs >= llm.answerDeadlineMs) {
    problems.push(
      `LLM_STREAM_IDLE_MS (${llm.streamIdleMs}) must be less than ANSWER_DEADLINE_MS (${llm.answerDeadlineMs}): a stall has to be noticed before the answer is due`,
    );
  }
  if (!apiKey && text("OPENAI_BASE_URL"))
    problems.push(
      "OPENAI_BASE_URL is set but OPENAI_API_KEY is not (local servers accept any key, e.g. OPENAI_API_KEY=local)",
    );

  const database = databaseConfig(text("DATABASE_URL"), int("DATABASE_POOL_SIZE", 10, 1, 100), problems);
  if (!database && text("DATABASE_POOL_SIZE")) problems.push("DATABASE_POOL_SIZE is set but DATABASE_URL is not");

  const knowledgeDir = text("KNOWLEDGE_DIR") ?? "knowledge";
  if (!existsSync(knowledgeDir)) problems.push(`KNOWLEDGE_DIR: the folder "${knowledgeDir}" does not exist`);

  const watchText = text("KNOWLEDGE_WATCH")?.toLowerCase() ?? "0";
  if (!["0", "1", "true", "false"].includes(watchText))
    problems.push(`KNOWLEDGE_WATCH must be 1 (reload on file changes) or 0 (got "${watchText}")`);

  const logLevel = text("LOG_LEVEL")?.toLowerCase() ?? null;
  if (logLevel !== null && !LOG_LEVELS.includes(logLevel as LogLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${logLevel}")`);

  const metrics = metricsConfig(text, int, problems);
  const shards = shardConfig(text, problems);

  const config: Config = {
    knowledgeDir,
    knowledgeWatch: watchText === "1" || watchText === "true",
    cacheDir: text("CACHE_DIR") ?? ".cache",
    dataDir: text("DATA_DIR") ?? "data",
    database,
    logRetentionDays: int("LOG_RETENTION_DAYS", 30, 0, 3_650),
    discord: token ? { token, applicationId, guildId, apiUrl } : null,
    llm,
    interactions,
    cooldownPerMinute: int("ASK_COOLDOWN_PER_MINUTE", 5, 0, 1_000),
    shutdownGraceMs: int("SHUTDOWN_GRACE_MS", 10_000, 0, 120_000),
    buttonClicksPerMinute: int("BUTTON_CLICKS_PER_MINUTE", 20, 0, 1_000),
    moreExcerptsStoreMb: int("MORE_EXCERPTS_STORE_MB", 32, 1, 1_024),
    logLevel: logLevel as LogLevel | null,
    metrics,
    shards,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/** Loads `.env` when there is one; it is optional (Node's own loader throws when the file is missing). */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
