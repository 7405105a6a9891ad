import type { ModalSubmitInteraction } from "discord.js";
import { userMessage } from "../../errors.js";
import { localeOf } from "../../messages/locale.js";
import { say } from "../../messages/say.js";
import { pressedAnswer } from "../bound.js";
import type { InteractionDeps, Trace } from "../deps.js";
import { notice } from "../reply.js";
import { respond } from "../respond.js";
import { sendFirst } from "../send.js";
import { followUpModal } from "./followUp.js";
import type { ModalKind } from "./modal.js";
import { reasonModal } from "./reason.js";

/** Every kind of modal the bot opens; each acts on an answer kept in the database. */
const MODALS: readonly ModalKind[] = [reasonModal, followUpModal];

/** A modal submission: found by its id, its answer checked to belong to this server and channel, then run. */
export async function onModal(
  interaction: ModalSubmitInteraction,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
): Promise<void> {
  const locale = localeOf(interaction.locale);
  const kind = MODALS.find((m) => m.parse(interaction.customId) !== null);
  const parsed = kind?.parse(interaction.customId);
  if (!kind || !parsed || !deps.records) {
    trace.outcome = "foreign";
    await sendFirst(interaction, notice(userMessage("foreign_button", {}, locale)), deps);
    return;
  }
  trace.answerId = parsed.answerId.slice(0, 32);
  // A modal's id is as open to crafting as a button's: it acts only on an answer of this server and channel.
  const pressed = await pressedAnswer(interaction, parsed.answerId, deps.records);
  if (pressed.kind !== "live") {
    trace.outcome = pressed.kind;
    const code = pressed.kind === "expired" ? "error.expired_button" : (`button.${pressed.kind}` as const);
    await sendFirst(interaction, notice(say(locale, code)), deps);
    return;
  }
  await kind.run({
    interaction,
    answerId: parsed.answerId,
    deps,
    trace,
    started,
    locale,
    send: (reply) => sendFirst(interaction, reply, deps),
    respond: (command, ctx, opts) => respond(interaction, command, ctx, opts, deps, trace, started),
  });
}
