import { type Client, Events, type Interaction } from "discord.js";
import type { RawInteraction } from "./payload.js";

/** The parts of discord.js's client that turn a gateway INTERACTION_CREATE into an interaction; private in its types. */
interface ClientInternals {
  actions: { InteractionCreate: { handle(data: unknown): void } };
  guilds: { _add(data: unknown): unknown };
}

/**
 * Turns a verified HTTP interaction into the discord.js interaction the gateway path gets, by the very code that
 * handles the gateway's INTERACTION_CREATE, and hands it to `handle`. Returns the handling (null when discord.js
 * ignores that kind of interaction, as it would over the gateway); throws when discord.js cannot read the payload.
 *
 * Over the gateway the server is known from GUILD_CREATE; here only the interaction's own partial server is, and it
 * is cached while an interaction from it is being handled, so that the interaction's channel is the same full
 * channel (its type, its threads) the command code sees over the gateway. Then it is dropped: the process keeps
 * nothing per server, however many servers it serves.
 */
export function interactionDispatcher(
  client: Client,
  handle: (interaction: Interaction) => Promise<void>,
): (raw: RawInteraction) => Promise<void> | null {
  const internals = client as unknown as ClientInternals;
  const inUse = new Map<string, number>();
  const release = (guildId: string | undefined) => {
    if (!guildId) return;
    const left = (inUse.get(guildId) ?? 1) - 1;
    if (left > 0) return void inUse.set(guildId, left);
    inUse.delete(guildId);
    const guild = client.guilds.cache.get(guildId);
    for (const id of guild?.channels.cache.keys() ?? []) client.channels.cache.delete(id);
    client.guilds.cache.delete(guildId);
  };
  // The action emits synchronously: the interaction it builds is caught here before handle() returns.
  let built: Interaction | null = null;
  client.on(Events.InteractionCreate, (interaction) => {
    built = interaction;
  });
  return (raw) => {
    const guildId = raw.guild_id;
    if (guildId) {
      if (!inUse.has(guildId)) internals.guilds._add({ ...raw.guild, id: guildId });
      inUse.set(guildId, (inUse.get(guildId) ?? 0) + 1);
    }
    built = null;
    try {
      internals.actions.InteractionCreate.handle(raw);
    } catch (error) {
      release(guildId);
      throw error;
    }
    const interaction: Interaction | null = built;
    built = null;
    if (!interaction) {
      release(guildId);
      return null;
    }
    return handle(interaction).finally(() => release(guildId));
  };
}
