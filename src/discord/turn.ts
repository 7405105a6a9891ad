import type { RepliableInteraction } from "discord.js";
import { UserFacingError } from "../errors.js";
import type { InteractionDeps } from "./deps.js";

/** The per-user cooldown, for commands that declare one (they cost real work). */
export function takeTurn(interaction: RepliableInteraction, deps: InteractionDeps): void {
  const wait = deps.cooldown.take(interaction.user.id);
  if (wait > 0) throw new UserFacingError("cooldown", { seconds: wait });
}
