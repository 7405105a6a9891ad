import { REST, Routes } from "discord.js";
import type { DiscordConfig } from "../config.js";

/** A rate limit longer than this fails at once with a reason, instead of a silent wait. */
const LONGEST_WAIT_MS = 5_000;
/** How long one request to Discord may take before it counts as no answer. */
const TIMEOUT_MS = 10_000;

/**
 * REST options for calls a person is waiting on (start-up, registering commands): no retries and no long silent
 * waits, so a failure surfaces within seconds as an error that says why.
 */
export function impatientRest(apiUrl: string | null): ConstructorParameters<typeof REST>[0] {
  return {
    ...(apiUrl ? { api: apiUrl } : {}),
    retries: 0,
    timeout: TIMEOUT_MS,
    rejectOnRateLimit: (info) => Math.max(info.retryAfter, info.timeToReset) > LONGEST_WAIT_MS,
  };
}

interface GatewayBot {
  session_start_limit?: { remaining: number; reset_after: number };
}

/**
 * Asks Discord once, before connecting, whether it can be reached, takes the token and will let the bot log in. The
 * client's own start retries and waits (a rate limit, the daily limit on logins) without saying why; this fails fast
 * with an error explainDiscordFailure can put in words.
 */
export async function checkDiscordAccess(discord: Pick<DiscordConfig, "token" | "apiUrl">): Promise<void> {
  const rest = new REST(impatientRest(discord.apiUrl)).setToken(discord.token);
  const info = (await rest.get(Routes.gatewayBot())) as GatewayBot;
  const limit = info.session_start_limit;
  if (limit && limit.remaining === 0) throw new SessionLimitError(limit.reset_after);
}

/** Discord allows a bot only so many logins a day; this one has used them all until `resetAfterMs` from now. */
export class SessionLimitError extends Error {
  constructor(readonly resetAfterMs: number) {
    super("session start limit reached");
    this.name = "SessionLimitError";
  }
}
