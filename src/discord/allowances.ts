import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/index.js";
import { ClickLimit } from "./clickLimit.js";
import { Cooldown } from "./cooldown.js";

/**
 * Each user's allowances: questions per minute and button presses per minute. With Postgres they are counted where
 * every instance sees them, so a user cannot multiply them by the number of instances, shards or HTTP front ends.
 */
export function allowances(
  config: Config,
  records: Store | null,
  log?: Logger,
): { cooldown: Cooldown; clicks: ClickLimit } {
  const windows = records?.windows ?? null;
  // While the database cannot answer in time, each instance counts alone: a user may then get one use per instance.
  // Debug, not a warning: under an outage it would be one line per question; the store's own warnings say why.
  const onFallback = (error: unknown) =>
    log?.("allowance_not_shared", { scope: "ask", error: String(error).slice(0, 200) }, "debug");
  return {
    cooldown: new Cooldown(
      config.cooldownPerMinute,
      60_000,
      Date.now,
      windows ? { windows, scope: "ask", onFallback } : null,
    ),
    clicks: new ClickLimit(config.buttonClicksPerMinute, Date.now, windows),
  };
}
