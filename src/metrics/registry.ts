import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** One gateway shard as this process sees it. */
export interface ShardState {
  id: number;
  up: boolean;
}

/**
 * What the gauges read at each scrape, from the running bot: always current, never a copy to keep in step. Each
 * reads nothing until the bot is there to be read.
 */
export interface Readings {
  shards: () => readonly ShardState[];
  knowledgeDocuments: () => number | null;
  recording: () => boolean | null;
}

export interface Metrics {
  registry: Registry;
  interactions: Counter<"command" | "outcome">;
  firstResponse: Histogram<"command">;
  modelFailures: Counter<"reason">;
  declines: Counter<"command" | "reason">;
  storeErrors: Counter<"kind">;
  read: Readings;
  /** A label value as it may be used: past a few dozen distinct values per label, the rest count as "other". */
  label: (name: string, value: unknown) => string;
}

/** Distinct values one label may take before the rest are counted together: each value is a time series kept for ever. */
const MAX_VALUES_PER_LABEL = 50;

/**
 * Discord wants a first response within 3 s; the buckets are finest where that is decided. In seconds, as
 * Prometheus prefers.
 */
const FIRST_RESPONSE_BUCKETS = [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 5];

/** The bot's metrics, on a registry of their own (with Node's process metrics), named storybot_*. */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const read: Readings = { shards: () => [], knowledgeDocuments: () => null, recording: () => null };
  const registers = [registry];
  new Gauge({
    name: "storybot_shard_up",
    help: "1 while the gateway shard is connected and ready, 0 while it is connecting, resuming or disconnected",
    labelNames: ["shard"],
    registers,
    collect() {
      this.reset();
      for (const shard of read.shards()) this.set({ shard: String(shard.id) }, shard.up ? 1 : 0);
    },
  });
  new Gauge({
    name: "storybot_knowledge_documents",
    help: "Documents the bot answers from (the article, notes and sources), as of the last successful load",
    registers,
    collect() {
      const documents = read.knowledgeDocuments();
      if (documents !== null) this.set(documents);
    },
  });
  new Gauge({
    name: "storybot_recording",
    help: "1 while the store takes writes, 0 while recording is off (answers go on; votes and questions are not kept)",
    registers,
    collect() {
      const recording = read.recording();
      if (recording !== null) this.set(recording ? 1 : 0);
    },
  });
  const seen = new Map<string, Set<string>>();
  return {
    registry,
    read,
    interactions: new Counter({
      name: "storybot_interactions_total",
      help: "Interactions handled, by command (or button:/modal: and its kind) and outcome",
      labelNames: ["command", "outcome"],
      registers,
    }),
    firstResponse: new Histogram({
      name: "storybot_first_response_seconds",
      help: "From an interaction's arrival to Discord accepting its first response (the reply, or the acknowledgement of a slow one)",
      labelNames: ["command"],
      buckets: FIRST_RESPONSE_BUCKETS,
      registers,
    }),
    modelFailures: new Counter({
      name: "storybot_model_failures_total",
      help: "Language-model answers replaced by the quick answer, by reason",
      labelNames: ["reason"],
      registers,
    }),
    declines: new Counter({
      name: "storybot_declines_total",
      help: "Questions and claims declined, by command and reason",
      labelNames: ["command", "reason"],
      registers,
    }),
    storeErrors: new Counter({
      name: "storybot_store_errors_total",
      help: "Store failures: recording turned off, writes lost at shutdown, a purge that failed",
      labelNames: ["kind"],
      registers,
    }),
    label(name, value) {
      const text = typeof value === "string" && value !== "" ? value : "unknown";
      const values = seen.get(name) ?? new Set<string>();
      seen.set(name, values);
      if (values.has(text)) return text;
      if (values.size >= MAX_VALUES_PER_LABEL) return "other";
      values.add(text);
      return text;
    },
  };
}
