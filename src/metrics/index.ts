import type { Client } from "discord.js";
import type { MetricsConfig } from "../config.js";
import type { Logger } from "../log.js";
import { countLogEvents } from "./fromLog.js";
import { gatewayUp, shardStates, timeFirstResponses } from "./gateway.js";
import { createMetrics } from "./registry.js";
import { serveMetrics } from "./server.js";

export interface RunningMetrics {
  /** Where /metrics and /healthz are served. */
  url: string;
  /** Hand every log event to this (createLogger's tap): the counters count what the log says. */
  tap: Logger;
  /** Reads the store from now on: /healthz needs it recording, storybot_recording says whether it is. */
  watchStore(records: { readonly recording: boolean }): void;
  /** Reads the knowledge the bot answers from, reloads included. */
  watchKnowledge(engine: { sources(): readonly unknown[] }): void;
  /**
   * Reads the connection to Discord from now on and times each interaction's first response. `up` says whether the
   * bot can take interactions: by default the gateway's state; an HTTP edge passes its own.
   */
  watchDiscord(client: Client, up?: () => boolean): void;
}

/**
 * Starts serving metrics and health before anything else is ready, so /healthz says 503 while the bot loads and
 * connects; each watch call then brings in one part of the running bot.
 */
export async function startMetrics(config: MetricsConfig): Promise<RunningMetrics> {
  const metrics = createMetrics();
  let discordUp = () => false;
  let storeUp = () => false;
  const server = await serveMetrics({
    host: config.host,
    port: config.port,
    registry: metrics.registry,
    health: () => ({ discord: discordUp(), store: storeUp() }),
  });
  return {
    url: server.url,
    tap: countLogEvents(metrics),
    watchStore(records) {
      metrics.read.recording = () => records.recording;
      storeUp = () => records.recording;
    },
    watchKnowledge(engine) {
      metrics.read.knowledgeDocuments = () => engine.sources().length;
    },
    watchDiscord(client, up = () => gatewayUp(client)) {
      timeFirstResponses(client, metrics);
      metrics.read.shards = () => shardStates(client);
      discordUp = up;
    },
  };
}
