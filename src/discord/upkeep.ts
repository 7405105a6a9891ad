import type { Logger } from "../log.js";
import type { Store } from "../store/index.js";

/** How long answers still unfinished after the grace period get to send their quick answers, and writes to settle. */
export const FINISH_MS = 2_500;
const DAY_MS = 86_400_000;
/** The first purge runs this long after the bot is up: never before it, so start-up is not made to wait. */
const FIRST_PURGE_MS = 1_000;

/** The interactions a bot is handling: what a stop waits for, and what `idle` waits out. */
export class InFlight {
  private readonly work = new Set<Promise<void>>();

  get size(): number {
    return this.work.size;
  }

  track(handling: Promise<void>): void {
    const work = handling.finally(() => this.work.delete(work));
    this.work.add(work);
  }

  /** Resolves when everything in hand has settled, or after `ms`, whichever is first. */
  settled(ms: number): Promise<unknown> {
    return Promise.race([Promise.allSettled([...this.work]), new Promise((r) => setTimeout(r, ms).unref())]);
  }

  async idle(): Promise<void> {
    while (this.work.size > 0) await Promise.allSettled([...this.work]);
  }
}

/**
 * Retention kept once a day, and first a moment after `start` (once the bot is up), in small batches that let
 * interactions through. The timers never hold the process open; `stop` cancels them at once and resolves when a
 * purge under way has finished.
 */
export function purgeSchedule(records: Store | null, log: Logger): { start(): void; stop(): Promise<void> } {
  let purging: Promise<void> | null = null;
  const purge = () => {
    purging ??= (records?.purge() ?? Promise.resolve(null))
      .then((removed) => {
        if (removed && Object.values(removed).some((n) => n > 0)) log("purged", { ...removed });
      })
      .catch((error) => log("purge_failed", { error: String(error).slice(0, 300) }, "warn"))
      .finally(() => (purging = null));
  };
  const timers: NodeJS.Timeout[] = records ? [setInterval(purge, DAY_MS).unref()] : [];
  return {
    start() {
      if (records) timers.push(setTimeout(purge, FIRST_PURGE_MS).unref());
    },
    stop() {
      for (const timer of timers) clearTimeout(timer);
      return purging ?? Promise.resolve();
    },
  };
}

/**
 * How a bot stops once it takes no new interaction, the gateway bot and the HTTP bot alike: those in hand get the
 * grace period; each still unfinished is edited to its quick answer, with a note (the same path as a late model);
 * then the bot disconnects, a purge under way is awaited, writes still waiting for another process's lock get a last
 * moment (so a restart loses none), and one line says how it went.
 */
export async function finishInFlight(options: {
  inFlight: InFlight;
  graceMs: number;
  engine: { cutShort(): void };
  disconnect: () => Promise<void>;
  purged: Promise<void>;
  records: Store | null;
  log: Logger;
}): Promise<void> {
  const { inFlight, records, log } = options;
  await inFlight.settled(options.graceMs);
  const late = inFlight.size;
  if (late > 0) {
    options.engine.cutShort();
    await inFlight.settled(FINISH_MS);
  }
  await options.disconnect();
  await options.purged;
  if (records && !(await records.settle(FINISH_MS))) log("writes_lost", { waiting: records.waitingWrites }, "warn");
  log(
    "stopped",
    { finishedLate: late - inFlight.size, unfinished: inFlight.size },
    inFlight.size > 0 ? "warn" : "info",
  );
}

/** The real process stops on SIGINT or SIGTERM, then exits; tests stop their bots themselves. */
export function stopOnSignals(stop: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => void stop().then(() => process.exit(0)));
}
