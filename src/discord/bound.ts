import type { ButtonInteraction, Interaction } from "discord.js";
import type { AnswerRecord, Store } from "../store/index.js";
import { snowflakeTime } from "../store/snowflake.js";

/**
 * What a press on an answer's button (or the modal it opened) may act on. A button's id is input like any other: a
 * crafted one may name another server's answer, or nothing at all. It acts only on an answer made in the same server
 * and channel; "expired" (which disables the button) only when the answer is known to be past its day; an answer the
 * store never kept (a write that failed) is said to be unrecorded, and the message is left alone.
 */
export type Pressed =
  | { kind: "live"; answer: AnswerRecord }
  | { kind: "expired" }
  | { kind: "elsewhere" }
  | { kind: "not_kept" };

export async function pressedAnswer(interaction: Interaction, answerId: string, records: Store): Promise<Pressed> {
  if (interaction.isButton() && !onItsMessage(interaction)) return { kind: "elsewhere" };
  const found = await records.lookup(answerId);
  if (found.kind === "invalid") return { kind: "elsewhere" };
  if (found.kind === "unknown") return { kind: "not_kept" };
  if (found.answer && !madeHere(found.answer, interaction)) return { kind: "elsewhere" };
  return found.kind === "live" ? { kind: "live", answer: found.answer } : { kind: "expired" };
}

/** Without a database, "More excerpts" lives in memory only: past MORE_EXCERPTS_TTL_MS its id has expired. */
export function memoryPress(interaction: ButtonInteraction, answerId: string, lifeMs: number): Pressed {
  const made = snowflakeTime(answerId);
  if (made === null || !onItsMessage(interaction)) return { kind: "elsewhere" };
  return Date.now() - made > lifeMs ? { kind: "expired" } : { kind: "not_kept" };
}

function madeHere(answer: AnswerRecord, interaction: Interaction): boolean {
  return answer.guildId === interaction.guildId && answer.channelId === interaction.channelId;
}

/** The pressed id is one of the buttons on the message it came with: a crafted id on a real message is not. */
function onItsMessage(interaction: ButtonInteraction): boolean {
  const ids: string[] = [];
  const walk = (components: readonly unknown[]) => {
    for (const c of components as Array<{ customId?: string | null; components?: readonly unknown[] }>) {
      if (c.customId) ids.push(c.customId);
      if (c.components) walk(c.components);
    }
  };
  walk(interaction.message.components);
  return ids.includes(interaction.customId);
}
