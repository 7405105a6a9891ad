import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Client, Options, Partials } from "discord.js";
import { allowances } from "../discord/allowances.js";
import type { BotOptions } from "../discord/bot.js";
import { createInteractionHandler } from "../discord/interactionCreate.js";
import { NO_MENTIONS } from "../discord/mentions.js";
import { ReplyStore } from "../discord/replyStore.js";
import { finishInFlight, InFlight, purgeSchedule, stopOnSignals } from "../discord/upkeep.js";
import { StorybotError } from "../errors.js";
import { interactionDispatcher } from "./dispatch.js";
import { createInteractionsServer } from "./server.js";

export interface HttpBot {
  /** The discord.js client that builds interactions and sends replies through REST; it never logs in. */
  client: Client;
  /** The port the interactions endpoint listens on (the one chosen, when INTERACTIONS_PORT is 0). */
  port: number;
  /** Stops taking requests, lets the answers in flight finish as the gateway bot does, then closes. */
  stop(): Promise<void>;
  /** Resolves once no interaction is being handled. */
  idle(): Promise<void>;
}

/**
 * Serves Discord's interactions endpoint (INTERACTIONS_PORT): the same commands, through the same handler as the
 * gateway bot, with no gateway connection at all. Replies and follow-ups go through REST with the bot's token, so
 * any number of these can run behind a load balancer.
 */
export async function startHttpBot({
  config,
  engine,
  commands,
  log,
  deferAfterMs,
  editIntervalMs,
  handleSignals = true,
  records = null,
}: BotOptions): Promise<HttpBot> {
  const discord = config.discord;
  const settings = config.interactions;
  if (!discord || !settings)
    throw new Error("startHttpBot needs DISCORD_TOKEN, INTERACTIONS_PORT and DISCORD_PUBLIC_KEY");
  const client = new Client({
    intents: [],
    allowedMentions: NO_MENTIONS,
    partials: [Partials.Channel],
    // Nothing arrives between interactions to keep a cache current: each interaction carries what it needs.
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      GuildMemberManager: 0,
      UserManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ThreadMemberManager: 0,
    }),
    ...(discord.apiUrl ? { rest: { api: discord.apiUrl } } : {}),
  });
  client.rest.setToken(discord.token);
  const inFlight = new InFlight();
  let stopping = false;
  const handle = createInteractionHandler({
    engine,
    commands,
    store: new ReplyStore({ maxBytes: config.moreExcerptsStoreMb * 1024 * 1024 }),
    records,
    log,
    ...allowances(config, records, log),
    deferAfterMs,
    editIntervalMs,
    isShuttingDown: () => stopping,
  });
  const dispatch = interactionDispatcher(client, handle);
  const server = createInteractionsServer({
    publicKey: settings.publicKey,
    log,
    dispatch: (raw) => {
      const handling = dispatch(raw);
      if (handling === null) return;
      inFlight.track(handling);
    },
  });
  await listen(server, settings.port, settings.host);
  const { port } = server.address() as AddressInfo;
  log("interactions_listening", { host: settings.host, port });

  const purges = purgeSchedule(records, log);
  purges.start();

  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      // No purge starts from now on; one under way is awaited before the database is left.
      const purged = purges.stop();
      // No new connections; requests on open ones are still verified and told the bot is shutting down.
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await finishInFlight({
        inFlight,
        graceMs: config.shutdownGraceMs,
        engine,
        disconnect: async () => {
          server.closeAllConnections();
          await closed;
          await client.destroy();
        },
        purged,
        records,
        log,
      });
    })());
  if (handleSignals) stopOnSignals(stop);
  return { client, port, stop, idle: () => inFlight.idle() };
}

async function listen(server: Server, port: number, host: string): Promise<void> {
  server.listen(port, host);
  try {
    await once(server, "listening");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const why =
      code === "EADDRINUSE"
        ? "another program is using that port"
        : code === "EACCES"
          ? "this user may not use that port (ports below 1024 need privileges)"
          : code;
    throw new StorybotError(
      "interactions_port",
      `Could not serve HTTP interactions on ${host}:${port} (INTERACTIONS_PORT, INTERACTIONS_HOST): ${why}.`,
      { cause: error },
    );
  }
}
