import { type ButtonInteraction, type InteractionUpdateOptions, MessageFlags } from "discord.js";
import { UserFacingError, userMessage } from "../../errors.js";
import type { MessageKey } from "../../messages/en.js";
import { localeOf } from "../../messages/locale.js";
import { say } from "../../messages/say.js";
import { memoryPress, type Pressed, pressedAnswer } from "../bound.js";
import type { InteractionDeps, Trace } from "../deps.js";
import { keptMore } from "../keep.js";
import { NO_MENTIONS } from "../mentions.js";
import { toEditOptions, withMoreDisabled } from "../payload.js";
import { notice } from "../reply.js";
import { MORE_EXCERPTS_TTL_MS } from "../replyStore.js";
import { sendFirst } from "../send.js";
import type { ButtonKind } from "./button.js";
import { followUp } from "./followUp.js";
import { more } from "./more.js";
import { page } from "./page.js";
import { sources } from "./sources.js";
import { vote } from "./vote.js";

/** Every kind of button the bot puts under its replies. */
const BUTTONS: ReadonlyArray<ButtonKind<unknown>> = [more, sources, page, vote, followUp] as ReadonlyArray<
  ButtonKind<unknown>
>;

/** Every button press: found by its id's prefix, its answer checked, then run. */
export async function onButton(interaction: ButtonInteraction, deps: InteractionDeps, trace: Trace): Promise<void> {
  const limit = await deps.clicks?.check(interaction.user.id);
  if (limit && !limit.serve) {
    // Past the limit: one private word, then silence (each reply would cost REST budget every user shares).
    if (limit.tell) throw new UserFacingError("cooldown", { seconds: limit.seconds });
    trace.outcome = "ignored";
    deps.log("button_ignored", { userId: interaction.user.id }, "debug");
    return;
  }
  const send = (reply: Parameters<typeof sendFirst>[1]) => sendFirst(interaction, reply, deps);
  const kind = BUTTONS.find((b) => interaction.customId.split(":")[0] === b.prefix);
  const parsed = kind?.parse(interaction.customId) ?? null;
  if (!kind || parsed === null || (kind.needsRecords && !deps.records)) {
    trace.outcome = "foreign";
    await send(notice(userMessage("foreign_button", {}, localeOf(interaction.locale))));
    return;
  }
  const answerId = kind.answerId?.(parsed);
  let answer: Extract<Pressed, { kind: "live" }> | null = null;
  if (answerId !== undefined) {
    trace.answerId = answerId.slice(0, 32);
    const pressed = deps.records
      ? await pressedAnswer(interaction, answerId, deps.records)
      : (await keptMore(deps, interaction, answerId))
        ? null
        : memoryPress(interaction, answerId, MORE_EXCERPTS_TTL_MS);
    if (pressed && pressed.kind !== "live") {
      trace.outcome = pressed.kind;
      await refuse(interaction, pressed);
      return;
    }
    answer = pressed;
  }
  const outcome = await kind.run({
    interaction,
    parsed,
    deps,
    trace,
    answer,
    send,
    update: async (reply) => {
      await interaction.update(toEditOptions(reply, null) as InteractionUpdateOptions);
    },
    refuse: (why) => refuse(interaction, why),
  });
  if (outcome) trace.outcome = outcome;
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
