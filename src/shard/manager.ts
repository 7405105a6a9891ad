import type { ChildProcess } from "node:child_process";
import { type Shard, ShardingManager } from "discord.js";
import type { Logger } from "../log.js";
import { STOP_MESSAGE } from "./child.js";
import type { ShardPlan } from "./plan.js";

export interface ShardManagerOptions {
  /** The built bot each shard process runs: dist/src/main.js. */
  entry: string;
  token: string;
  plan: ShardPlan;
  log: Logger;
  /** How long the shards get to settle their answers on stop (SHUTDOWN_GRACE_MS and their finish) before SIGKILL. */
  stopTimeoutMs: number;
  /** Node's flags for the shards: the manager's own by default (the heap caps of `npm start`). */
  execArgv?: readonly string[];
}

export interface RunningShards {
  /** Tells every shard to stop, waits for each to settle its answers and exit, and kills what is left after the timeout. */
  stop(): Promise<void>;
  /** Resolves when a shard failed before it was ever ready: start-up cannot work, and the shards are stopped. */
  failed: Promise<{ shard: number; code: number | null; signal: string | null }>;
}

/** Discord lets `max_concurrency` shards identify per 5 s; discord.js waits 5.5 s between shards. */
const IDENTIFY_WINDOW_MS = 5_500;
const FIRST_RESPAWN_MS = 500;
const MAX_RESPAWN_MS = 60_000;
/** A shard that lived this long before it died starts its back-off afresh. */
const STEADY_MS = 60_000;

/**
 * Runs this machine's shards with discord.js's ShardingManager, one process each. A shard that dies after it was
 * ready is started again, after a back-off that doubles while it keeps dying (discord.js's own respawn restarts at
 * once, for ever: a shard failing at start would spend the bot's 1,000 daily logins in minutes). One that dies before
 * it was ever ready means start-up cannot work (its own line on stderr says why): the others are stopped.
 */
export function startShards(options: ShardManagerOptions): RunningShards {
  const { plan, log } = options;
  const manager = new ShardingManager(options.entry, {
    totalShards: plan.count,
    shardList: [...plan.ids],
    mode: "process",
    respawn: false,
    token: options.token,
    execArgv: [...(options.execArgv ?? process.execArgv)],
  });
  let stopping = false;
  const timers = new Set<NodeJS.Timeout>();
  const everReady = new Set<number>();
  let fail!: (why: { shard: number; code: number | null; signal: string | null }) => void;
  const failed = new Promise<{ shard: number; code: number | null; signal: string | null }>((r) => (fail = r));

  const later = (ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      work();
    }, ms);
    timers.add(timer);
  };
  const start = (shard: Shard) =>
    void shard
      .spawn(-1)
      .catch((error) => log("shard_spawn_failed", { shard: shard.id, error: String(error) }, "error"));

  const watch = (shard: Shard) => {
    // Each shard is the plain bot told which shard it is: SHARD_LIST and SHARD_COUNT are validated by its config,
    // and the manager's pid lets it into DATA_DIR, which the manager holds.
    Object.assign(shard.env as NodeJS.ProcessEnv, {
      SHARD_LIST: String(shard.id),
      SHARD_COUNT: String(plan.count),
      STORYBOT_MANAGER_PID: String(process.pid),
      // Each shard serves its own /metrics and /healthz: METRICS_PORT plus its id (0 still takes a free port).
      ...metricsPortFor(shard.id),
    });
    let spawnedAt = 0;
    let backoff = FIRST_RESPAWN_MS;
    shard.on("spawn", (child) => {
      spawnedAt = Date.now();
      log("shard_spawned", { shard: shard.id, pid: (child as ChildProcess).pid });
    });
    shard.on("ready", () => {
      log("shard_ready", { shard: shard.id });
      everReady.add(shard.id);
      if (everReady.size === plan.ids.length && !stopping) log("shards_ready", { shards: plan.ids, count: plan.count });
    });
    shard.on("death", (died) => {
      const child = died as ChildProcess;
      const exit = { shard: shard.id, pid: child.pid, code: child.exitCode, signal: child.signalCode };
      if (stopping) return log("shard_stopped", exit, child.exitCode === 0 ? "info" : "warn");
      if (!everReady.has(shard.id)) {
        log("shard_failed_at_start", exit, "error");
        fail(exit);
        return;
      }
      if (Date.now() - spawnedAt >= STEADY_MS) backoff = FIRST_RESPAWN_MS;
      log("shard_died", { ...exit, respawnInMs: backoff }, "warn");
      later(backoff, () => stopping || start(shard));
      backoff = Math.min(backoff * 2, MAX_RESPAWN_MS);
    });
  };
  manager.on("shardCreate", watch);

  plan.ids.forEach((id, i) => {
    const shard = manager.createShard(id);
    later(Math.floor(i / plan.maxConcurrency) * IDENTIFY_WINDOW_MS, () => stopping || start(shard));
  });

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      for (const timer of timers) clearTimeout(timer);
      const live = [...manager.shards.values()].filter((s) => s.process);
      log("shards_stopping", { shards: live.map((s) => s.id) });
      // A message, not a signal: under a supervisor that signals the whole group (systemd), a forwarded SIGTERM
      // would be each shard's second, and a second signal kills at once, unsettled.
      const exits = live.map((s) => new Promise<void>((resolve) => s.once("death", () => resolve())));
      for (const s of live) s.send(STOP_MESSAGE).catch(() => undefined);
      const deadline = new Promise<"late">((resolve) =>
        setTimeout(() => resolve("late"), options.stopTimeoutMs).unref(),
      );
      if ((await Promise.race([Promise.all(exits), deadline])) === "late") {
        for (const s of live) s.process?.kill("SIGKILL");
        log("shards_killed", { after: options.stopTimeoutMs }, "warn");
        await Promise.all(exits);
      }
    })());
  void failed.then(() => stop());
  return { stop, failed };
}

/** A shard's METRICS_PORT: the manager's plus the shard's id, so shards on one machine never fight for one port. */
function metricsPortFor(id: number, env: NodeJS.ProcessEnv = process.env): { METRICS_PORT?: string } {
  const base = Number(env.METRICS_PORT);
  if (!env.METRICS_PORT || !Number.isInteger(base) || base === 0) return {};
  return { METRICS_PORT: String(base + id) };
}
