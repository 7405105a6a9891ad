import {
  type APIInteraction,
  type Client,
  Events,
  GatewayDispatchEvents,
  type Interaction,
  InteractionType,
  RESTEvents,
  Status,
} from "discord.js";
import type { Metrics, ShardState } from "./registry.js";

/** The one REST call that is an interaction's first response: reply, defer, update or modal. */
const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
/** Discord takes a first response within 3 s; an interaction still unanswered long after that never will be. */
const FORGET_MS = 15_000;

/** The shards of this process (one, or the ShardingManager's share), each up only while ready. */
export function shardStates(client: Client): ShardState[] {
  return [...client.ws.shards.values()].map((shard) => ({ id: shard.id, up: shard.status === Status.Ready }));
}

/** The gateway is up once the client is ready and while every shard of this process is. */
export function gatewayUp(client: Client): boolean {
  const shards = shardStates(client);
  return client.isReady() && shards.length > 0 && shards.every((s) => s.up);
}

/**
 * Times each interaction's first response from the client's side, without the Discord edge's help: from the
 * gateway packet (the raw event comes before any handler runs, so a handler's synchronous work is counted), or,
 * for an interaction that came over HTTP, from the moment it is handed to the bot, to Discord's answer to the
 * callback. A callback Discord refused (the interaction had expired) is not a first response.
 */
export function timeFirstResponses(client: Client, metrics: Metrics): void {
  const started = new Map<string, { at: number; command: string }>();
  const arrived = (id: string, command: string) => {
    const now = performance.now();
    // A Map iterates oldest first: what is left at its head was never answered.
    for (const [old, start] of started) {
      if (now - start.at < FORGET_MS) break;
      started.delete(old);
    }
    started.set(id, { at: now, command: metrics.label("command", command) });
  };
  client.on(Events.Raw, (packet: { t?: string; d?: unknown }) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const interaction = packet.d as APIInteraction;
    arrived(interaction.id, commandOf(interaction));
  });
  client.on(Events.InteractionCreate, (interaction) => {
    if (!started.has(interaction.id)) arrived(interaction.id, nameOf(interaction));
  });
  client.rest.on(RESTEvents.Response, (request, response) => {
    const id = CALLBACK.exec(request.path)?.[1];
    const start = id === undefined ? undefined : started.get(id);
    // A 5xx is retried by discord.js: the retry that succeeds is the first response.
    if (id === undefined || !start || response.status >= 500) return;
    started.delete(id);
    if (response.status < 400)
      metrics.firstResponse.observe({ command: start.command }, (performance.now() - start.at) / 1_000);
  });
}

/** Named as the interaction's log line names it (src/discord/interactions.ts), so the two series line up. */
function nameOf(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent()) return `button:${interaction.customId.split(":")[0]}`;
  // Every other kind is a modal submit.
  return `modal:${interaction.customId.split(":")[0]}`;
}

/** The same name, read from the gateway's payload. */
function commandOf(interaction: APIInteraction): string {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete:
      return interaction.data.name;
    case InteractionType.MessageComponent:
      return `button:${interaction.data.custom_id.split(":")[0]}`;
    case InteractionType.ModalSubmit:
      return `modal:${interaction.data.custom_id.split(":")[0]}`;
    default:
      return `type:${interaction.type}`;
  }
}
