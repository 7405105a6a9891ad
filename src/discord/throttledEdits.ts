import type { RepliableInteraction } from "discord.js";
import { toEditOptions } from "./payload.js";
import type { Reply } from "./reply.js";

/**
 * Shows partial replies as edits: the first at once, then at most one per interval, always the latest text. A failed
 * edit is not fatal: the final reply follows anyway.
 */
export function throttledEdits(interaction: RepliableInteraction, intervalMs: number) {
  let latest: Reply | null = null;
  let lastSent = 0;
  let inFlight: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let done = false;
  let started = false;
  let announce: (value: "slow") => void = () => {};
  const firstShown = new Promise<"slow">((resolve) => (announce = resolve));
  const flush = () => {
    timer = null;
    if (!latest || done || !started) return;
    const reply = latest;
    latest = null;
    lastSent = Date.now();
    inFlight = inFlight.then(() =>
      interaction.editReply(toEditOptions(reply, null)).then(
        () => undefined,
        () => undefined,
      ),
    );
  };
  return {
    firstShown,
    show(reply: Reply) {
      latest = reply;
      announce("slow");
      if (timer || done || !started) return;
      const wait = Math.max(0, lastSent + intervalMs - Date.now());
      if (wait === 0) flush();
      else timer = setTimeout(flush, wait);
    },
    /** Edits may begin: the response has been deferred. */
    start() {
      started = true;
      flush();
    },
    async settle() {
      done = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
