import type { Config } from "../config.js";
import type { Store } from "../store/index.js";
import { ClickLimit } from "./clickLimit.js";
import { Cooldown } from "./cooldown.js";

/**
 * Each user's allowances: questions per minute and button presses per minute. With Postgres they are counted where
 * every instance sees them, so a user cannot multiply them by the number of instances, shards or HTTP front ends.
 */
export function allowances(config: Config, records: Store | null): { cooldown: Cooldown; clicks: ClickLimit } {
  const windows = records?.windows ?? null;
  return {
    cooldown: new Cooldown(config.cooldownPerMinute, 60_000, Date.now, windows ? { windows, scope: "ask" } : null),
    clicks: new ClickLimit(config.buttonClicksPerMinute, Date.now, windows),
  };
}
