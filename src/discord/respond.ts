import { MessageFlags, type RepliableInteraction } from "discord.js";
import type { Command, CommandContext } from "./command.js";
import type { InteractionDeps, RunOptions, Trace } from "./deps.js";
import { logQuestion } from "./keep.js";
import type { Reply } from "./reply.js";
import { send } from "./send.js";
import { throttledEdits } from "./throttledEdits.js";

/** How long a streaming command may take to turn out quick (a decline, a cached answer) before it is deferred. */
const QUICK_MS = 150;
/** Reply directly when the answer is ready within this; otherwise defer first (Discord allows 3 s). */
const DEFER_AFTER_MS = 1_500;

/** Runs a command and sends what it answers: at once when quick, else deferred and filled in (streamed if it can). */
export async function respond(
  interaction: RepliableInteraction,
  command: Command,
  ctx: CommandContext,
  opts: RunOptions,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
): Promise<void> {
  const deferAfter = deps.deferAfterMs ?? DEFER_AFTER_MS;
  // A model answer takes seconds and streams: give it only a moment to turn out to be a quick decline or a cached
  // answer, then acknowledge and let the reply grow. Anything else gets until deferAfter to answer in one call.
  const streams = command.slow?.(ctx) ?? false;
  const progress = throttledEdits(interaction, deps.editIntervalMs ?? 1_000);
  // Only questions answered or checked use up the cooldown: blank input and declines give their turn back.
  const pending = command.execute(streams ? { ...ctx, onProgress: progress.show } : ctx).then((reply) => {
    if (reply.unanswered && opts.rateLimited) deps.cooldown.giveBack(interaction.user.id);
    return reply;
  });
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<"slow">(
    (resolve) => (timer = setTimeout(() => resolve("slow"), streams ? QUICK_MS : deferAfter)),
  );
  const conversationId = opts.conversation?.id ?? null;
  // Streaming text means a real answer is on its way: acknowledge at its first words rather than wait.
  let reply = await Promise.race([pending, slow, progress.firstShown]).finally(() => clearTimeout(timer));
  if (reply === "slow") {
    // Not ready in time: acknowledge now so Discord does not give up on us (10062), then fill the reply in.
    await interaction.deferReply(opts.wantsPrivate ? { flags: MessageFlags.Ephemeral } : {});
    progress.start();
    reply = await pending;
    await progress.settle();
  }
  await send(interaction, reply, deps, conversationId);
  if (conversationId && reply.turn) deps.records?.addTurn(conversationId, reply.turn);
  traceQuestion(interaction, reply, deps, trace, started, opts.wantsPrivate);
}

/** The reply's part of the interaction's log line; the question goes into the question log. */
function traceQuestion(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
  wantsPrivate: boolean,
): void {
  if (reply.unanswered) trace.outcome = "declined";
  trace.declineReason = reply.record?.declineReason ?? undefined;
  trace.mode = reply.record?.mode;
  const latency = Math.round(performance.now() - started);
  trace.answerId = logQuestion(interaction, reply, deps, latency, { private: wantsPrivate }) ?? undefined;
}
