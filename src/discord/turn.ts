import type { RepliableInteraction } from "discord.js";
import { UserFacingError } from "../errors.js";
import type { InteractionDeps } from "./deps.js";

/** The per-user cooldown, for commands that declare one (they cost real work). */
export async function takeTurn(interaction: RepliableInteraction, deps: InteractionDeps): Promise<void> {
  const wait = await deps.cooldown.take(interaction.user.id);
  if (wait > 0) throw new UserFacingError("cooldown", { seconds: wait });
}
