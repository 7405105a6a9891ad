import { Client, Events, GatewayIntentBits, type Interaction, Options, Partials } from "discord.js";
import type { Config } from "../config.js";
import type { Engine } from "../engine/engine.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/index.js";
import { allowances } from "./allowances.js";
import type { Command } from "./command.js";
import { createInteractionHandler } from "./interactionCreate.js";
import { NO_MENTIONS } from "./mentions.js";
import { ReplyStore } from "./replyStore.js";
import { finishInFlight, InFlight, purgeSchedule, stopOnSignals } from "./upkeep.js";

export interface Bot {
  client: Client;
  /**
   * Stops taking interactions and lets those in flight use the rest of SHUTDOWN_GRACE_MS; then every answer still
   * waiting on the model settles on its quick answer, with a note, and is sent (within FINISH_MS); then disconnects.
   */
  stop(): Promise<void>;
  /** Resolves once no interaction is being handled: every reply the bot meant to send has been sent. */
  idle(): Promise<void>;
  /** How many "More excerpts" replies are held in memory now (the memory bench's figure). */
  readonly moreExcerptsKept: number;
}

export interface BotOptions {
  config: Config;
  engine: Engine;
  /** The command registry (commands/index.ts), handed in by whoever starts the bot. */
  commands: readonly Command[];
  log: Logger;
  deferAfterMs?: number;
  /** Streamed answers are edited at most this often, in ms (default 1,000: Discord rate-limits edits). */
  editIntervalMs?: number;
  /** Install SIGINT/SIGTERM handlers (the real process); tests stop the bot themselves. */
  handleSignals?: boolean;
  /** The database for votes, the question log and lasting buttons; none keeps nothing (and shows no votes). */
  records?: Store | null;
  /** How long "More excerpts" replies are kept (default: their token's 15 minutes); the memory bench shortens it. */
  moreExcerptsTtlMs?: number;
}

/** Connects to Discord (or whatever DISCORD_API_URL points at) and serves the commands until stopped. */
export async function startBot({
  config,
  engine,
  commands,
  log,
  deferAfterMs,
  editIntervalMs,
  handleSignals = true,
  records = null,
  moreExcerptsTtlMs,
}: BotOptions): Promise<Bot> {
  const discord = config.discord;
  if (!discord) throw new Error("startBot needs DISCORD_TOKEN");
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    // An interaction's channel is built from the interaction itself when it is not cached (a thread opened before a
    // restart, or one the bot never saw): /ask needs to know whether it was asked in a thread.
    partials: [Partials.Channel],
    // The bot keeps no state about people or messages: every interaction carries what it needs. Caching each asker
    // and their messages would only grow memory (and work) with a busy server.
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      PresenceManager: 0,
      ReactionManager: 0,
      ThreadMemberManager: 0,
    }),
    ...(discord.apiUrl ? { rest: { api: discord.apiUrl } } : {}),
  });
  const store = new ReplyStore({ maxBytes: config.moreExcerptsStoreMb * 1024 * 1024, ttlMs: moreExcerptsTtlMs });
  const inFlight = new InFlight();
  let stopping = false;
  const handle = createInteractionHandler({
    engine,
    commands,
    store,
    records,
    log,
    ...allowances(config, records, log),
    deferAfterMs,
    editIntervalMs,
    isShuttingDown: () => stopping,
  });
  client.on(Events.InteractionCreate, (interaction: Interaction) => inFlight.track(handle(interaction)));
  const purges = purgeSchedule(records, log);
  client.on(Events.Error, (error) => log("client_error", { error: error.message }, "error"));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(discord.token);
  await ready;
  log("ready", { user: client.user?.tag, guilds: client.guilds.cache.size });
  purges.start();

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      // No purge starts from now on; one under way is awaited before the database is left.
      const purged = purges.stop();
      await finishInFlight({
        inFlight,
        graceMs: config.shutdownGraceMs,
        engine,
        disconnect: () => client.destroy(),
        purged,
        records,
        log,
      });
    })());
  if (handleSignals) stopOnSignals(stop);
  return {
    client,
    stop,
    idle: () => inFlight.idle(),
    get moreExcerptsKept() {
      return store.size;
    },
  };
}
