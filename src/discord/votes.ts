import type { ButtonInteraction } from "discord.js";
import type { Store } from "../store/index.js";
import { reasonModalView } from "./modals/reason.js";
import { privately } from "./privately.js";

/** What a press did, for the interaction's log line. */
export type VoteResult = "recorded" | "changed" | "unknown" | "off" | "busy" | "bad_id";

/**
 * A 👍 or 👎 press: one vote per user per answer, a second press changes it, and the presser is told privately what
 * was recorded. A 👎 opens the optional "What was wrong?" modal instead, whose title says the vote is recorded. The
 * caller has checked the answer belongs to this server and channel and has not expired.
 */
export async function onVote(
  interaction: ButtonInteraction,
  answerId: string,
  raw: string,
  store: Store,
): Promise<VoteResult> {
  if (raw !== "up" && raw !== "down") {
    await privately(interaction, "vote.bad_id");
    return "bad_id";
  }
  const outcome = await store.vote(answerId, interaction.user.id, raw);
  if (outcome.kind !== "recorded") {
    // Unknown here means the answer vanished between the check and the vote (a purge): nothing to disable either.
    // A busy or failing store says "not recorded right now"; the message and its buttons are left as they are.
    await privately(interaction, outcome.kind === "unknown" ? "button.not_kept" : "vote.off");
    return outcome.kind;
  }
  const changed = outcome.previous !== null && outcome.previous !== outcome.vote;
  if (outcome.vote === "down") {
    await interaction.showModal(reasonModalView(answerId, changed, interaction.locale));
  } else {
    await privately(interaction, changed ? "vote.up_changed" : "vote.up");
  }
  return changed ? "changed" : "recorded";
}
