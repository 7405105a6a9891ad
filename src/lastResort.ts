import type { Logger } from "./log.js";

/** How long the bot gets to finish what is in flight after an unexpected exception, before it exits anyway. */
const FINISH_MS = 5_000;

/**
 * The last resort for an exception nothing else caught (a malformed gateway payload discord.js throws on, a bug in
 * an event handler): it is logged, the answers in flight get a few seconds to be sent (their quick answers, as at
 * shutdown), and the process exits with code 1 so that its supervisor (systemd's Restart=on-failure, Docker's
 * restart policy) starts a fresh one. Carrying on after an unknown exception could leave the bot half-broken and
 * silent; ending without the supervisor would leave it down.
 */
export function installLastResort(
  log: Logger,
  finish: () => Promise<void>,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  let ending = false;
  const onFatal = (kind: string) => (error: unknown) => {
    log(
      "fatal",
      { kind, error: error instanceof Error ? (error.stack ?? error.message) : String(error), exiting: !ending },
      "error",
    );
    if (ending) return;
    ending = true;
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, FINISH_MS).unref());
    void Promise.race([finish().catch(() => undefined), deadline]).finally(() => exit(1));
  };
  const onException = onFatal("uncaughtException");
  const onRejection = onFatal("unhandledRejection");
  process.on("uncaughtException", onException);
  process.on("unhandledRejection", onRejection);
  return () => {
    process.off("uncaughtException", onException);
    process.off("unhandledRejection", onRejection);
  };
}
