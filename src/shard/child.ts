import type { Logger } from "../log.js";

/** The message the manager sends each shard to stop it; a signal could reach a shard twice (see manager.ts). */
export const STOP_MESSAGE = { storybot: "stop" } as const;

/**
 * In a shard started by `npm run start:sharded`: stops cleanly (answers in flight settled, as on SIGTERM) when the
 * manager says so, and when the manager is gone (its channel closes). A shard left running without its manager
 * would answer beside the one a new manager starts: every interaction of its servers twice. Installed at start, so
 * a shard still starting stops too (at once: it has nothing in flight); `attach` gives it the bot's stop once it runs.
 */
export function followManager(
  log: Logger,
  exit = (code: number) => process.exit(code),
): { attach(stop: () => Promise<void>): void } {
  let stop: (() => Promise<void>) | null = null;
  let stopping = false;
  const finish = (why: string) => {
    if (stopping) return;
    stopping = true;
    log("shard_stopping", { why });
    void (stop?.() ?? Promise.resolve()).then(() => exit(0));
  };
  process.on("message", (message: unknown) => {
    if ((message as { storybot?: unknown } | null)?.storybot === STOP_MESSAGE.storybot) finish("manager");
  });
  process.once("disconnect", () => finish("manager_gone"));
  // A supervisor signals the whole process group, shards included: the manager stops them over this channel. Until
  // the bot installs its own handler (after it is ready), the signal's default would kill the shard unsettled.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => {});
  // discord.js tells the manager of each gateway change; once the channel is closed that send fails, harmlessly.
  process.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ERR_IPC_CHANNEL_CLOSED") throw error;
  });
  return {
    attach(bot) {
      stop = bot;
    },
  };
}
