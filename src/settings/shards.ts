/*
 * SHARD_COUNT and SHARD_LIST, validated with the rest of the configuration (src/config.ts calls this). discord.js
 * reads SHARD_COUNT too, in every Client it makes: src/shard/plan.ts hands it the resolved numbers.
 */

/** The gateway's shards: Discord requires them from 2,500 servers (`npm run start:sharded`). */
export interface ShardConfig {
  /** SHARD_COUNT: every shard of the bot, across all machines; "auto" takes the count Discord recommends. */
  count: number | "auto";
  /** SHARD_LIST: the shards this machine runs, ascending; null runs them all. Needs a fixed count. */
  ids: readonly number[] | null;
  /**
   * Set by `npm run start:sharded` for the shards it starts, never by hand: the manager's process id. It holds
   * DATA_DIR's lock, and lets its own shards share the folder.
   */
  managerPid: number | null;
}

/** Far above any bot's shard count (Discord recommends one shard per 1,000 servers); it only catches typos. */
const MAX_SHARDS = 100_000;

/** SHARD_COUNT, SHARD_LIST and the manager's pid; null when SHARD_COUNT is not set. */
export function shardConfig(text: (name: string) => string | null, problems: string[]): ShardConfig | null {
  const countText = text("SHARD_COUNT")?.toLowerCase() ?? null;
  const listText = text("SHARD_LIST");
  const managerText = text("STORYBOT_MANAGER_PID");
  let count: number | "auto" | null = countText === "auto" ? "auto" : null;
  if (countText !== null && count === null) {
    const n = Number(countText);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_SHARDS) count = n;
    else problems.push(`SHARD_COUNT must be auto or a whole number from 1 to ${MAX_SHARDS} (got "${countText}")`);
  }
  let managerPid: number | null = null;
  if (managerText !== null) {
    managerPid = Number(managerText);
    if (!Number.isSafeInteger(managerPid) || managerPid < 1) {
      problems.push(
        `STORYBOT_MANAGER_PID is set by npm run start:sharded for its shards; unset it (got "${managerText}")`,
      );
      managerPid = null;
    }
  }
  if (listText !== null && countText === null) {
    problems.push(
      "SHARD_LIST needs SHARD_COUNT: the number of shards across every machine (SHARD_LIST says which run here)",
    );
    return null;
  }
  if (count === null) return null;
  if (listText === null) return { count, ids: null, managerPid };
  if (count === "auto") {
    // Machines that each asked Discord could be given different counts, and would then split the servers wrongly.
    problems.push("SHARD_LIST needs a fixed SHARD_COUNT, the same on every machine, not auto");
    return null;
  }
  const ids = parseShardList(listText, count, problems);
  return ids ? { count, ids, managerPid } : null;
}

/** "0,1", "0-3", "4-7,9": shard ids and ranges, each below the count; null (and a problem) when it is not that. */
function parseShardList(listText: string, count: number, problems: string[]): number[] | null {
  const ids = new Set<number>();
  for (const part of listText.split(",").map((p) => p.trim())) {
    const m = /^(\d{1,6})(?:\s*-\s*(\d{1,6}))?$/.exec(part);
    const from = Number(m?.[1]);
    const to = Number(m?.[2] ?? m?.[1]);
    if (!m || from > to) {
      problems.push(`SHARD_LIST must list shard ids and ranges, like 0,1 or 0-3 (got "${listText}")`);
      return null;
    }
    if (to >= count) {
      problems.push(`SHARD_LIST names shard ${to}, but SHARD_COUNT is ${count}: shard ids run from 0 to ${count - 1}`);
      return null;
    }
    for (let id = from; id <= to; id++) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}
