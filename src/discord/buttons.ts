import { type ButtonInteraction, type InteractionUpdateOptions, MessageFlags } from "discord.js";
import { findCommand } from "../../commands/index.js";
import { UserFacingError, userMessage } from "../errors.js";
import type { MessageKey } from "../messages/en.js";
import { localeOf } from "../messages/locale.js";
import { say } from "../messages/say.js";
import { memoryPress, type Pressed, pressedAnswer } from "./bound.js";
import { recordOptions, renderContext } from "./command.js";
import { startFollowUp } from "./followUp.js";
import type { InteractionDeps, Trace } from "./interactions.js";
import { keptMore } from "./keep.js";
import { BUTTON, NO_MENTIONS, toEditOptions, withMoreDisabled } from "./payload.js";
import { recheckQuotes } from "./quoteCheck.js";
import { renderSources } from "./renderSources.js";
import { notice } from "./reply.js";
import { MORE_EXCERPTS_TTL_MS } from "./replyStore.js";
import { sendFirst } from "./send.js";
import { onVote } from "./votes.js";

/** Every button press: votes, More excerpts, Sources, pages and follow-ups. */
export async function onButton(interaction: ButtonInteraction, deps: InteractionDeps, trace: Trace): Promise<void> {
  const limit = deps.clicks?.check(interaction.user.id);
  if (limit && !limit.serve) {
    // Past the limit: one private word, then silence (each reply would cost REST budget every user shares).
    if (limit.tell) throw new UserFacingError("cooldown", { seconds: limit.seconds });
    trace.outcome = "ignored";
    deps.log("button_ignored", { userId: interaction.user.id }, "debug");
    return;
  }
  const [kind, key, index] = interaction.customId.split(":");
  if (key) trace.answerId = key.slice(0, 32);
  if (kind === BUTTON.sources && key === undefined) {
    const locale = localeOf(interaction.locale);
    await sendFirst(interaction, renderSources(renderContext({ engine: deps.engine, locale }), true), deps);
    return;
  }
  if (kind === BUTTON.page && key) {
    // A page of a long listing, made again by its command, shown in place of the page the button sits on.
    const locale = localeOf(interaction.locale);
    const page = (await findCommand(key)?.execute({ engine: deps.engine, options: recordOptions({}), locale }))
      ?.pages?.[Number(index)];
    if (page) await interaction.update(toEditOptions(page, null) as InteractionUpdateOptions);
    else await sendFirst(interaction, notice(userMessage("expired_button", {}, locale)), deps);
    return;
  }
  const answerButton = kind === BUTTON.more || (deps.records && (kind === BUTTON.vote || kind === BUTTON.followUp));
  if (!answerButton || !key) {
    trace.outcome = "foreign";
    await sendFirst(interaction, notice(userMessage("foreign_button", {}, localeOf(interaction.locale))), deps);
    return;
  }
  const pressed = deps.records
    ? pressedAnswer(interaction, key, deps.records)
    : keptMore(deps, interaction, key)
      ? null
      : memoryPress(interaction, key, MORE_EXCERPTS_TTL_MS);
  if (pressed && pressed.kind !== "live") {
    trace.outcome = pressed.kind;
    await refuse(interaction, pressed);
    return;
  }
  if (kind === BUTTON.vote && deps.records) trace.outcome = await onVote(interaction, key, index ?? "", deps.records);
  else if (kind === BUTTON.followUp && pressed?.kind === "live")
    trace.outcome = await startFollowUp(interaction, pressed.answer, deps.records!, deps.log);
  else {
    const kept = keptMore(deps, interaction, key);
    // A source may have changed since the answer: what is no longer in its file is not shown as its words.
    const more = kept && (await recheckQuotes(kept, localeOf(interaction.locale)));
    if (more) await sendFirst(interaction, { ...more, ephemeral: true }, deps);
    else await refuse(interaction, { kind: "expired" });
  }
}

const REFUSALS: Record<Exclude<Pressed["kind"], "live">, MessageKey> = {
  expired: "error.expired_button",
  elsewhere: "button.elsewhere",
  not_kept: "button.not_kept",
};

/**
 * A press that cannot act. Only a button known to have expired is disabled on its message (for everyone); any other
 * refusal is said privately and leaves the message as it is.
 */
async function refuse(interaction: ButtonInteraction, pressed: Exclude<Pressed, { kind: "live" }>): Promise<void> {
  const content = say(localeOf(interaction.locale), REFUSALS[pressed.kind]);
  if (pressed.kind !== "expired") {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.update({
    components: withMoreDisabled(interaction.message.components),
    allowedMentions: NO_MENTIONS,
  });
  await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
