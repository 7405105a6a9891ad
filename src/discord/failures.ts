import { DiscordAPIError, RateLimitError } from "discord.js";
import { SessionLimitError } from "./preflight.js";

/** What the bot was doing when Discord failed it: connecting at start, or registering commands. */
export interface FailureContext {
  during: "connect" | "register";
  /** DISCORD_API_URL when set; Discord's own API otherwise. */
  apiUrl: string | null;
  guildId?: string | null;
}

const NETWORK_CODES: Record<string, (host: string) => string> = {
  ECONNREFUSED: (host) =>
    `${host} refused the connection. Check DISCORD_API_URL (or unset it to use Discord itself) and that nothing blocks outgoing HTTPS.`,
  ENOTFOUND: (host) =>
    `the name ${host} could not be looked up (DNS failure). Check the internet connection and DNS, and DISCORD_API_URL if it is set.`,
  EAI_AGAIN: (host) =>
    `the name ${host} could not be looked up just now (DNS did not answer). Check the internet connection and DNS, then try again.`,
  ETIMEDOUT: (host) => `${host} did not answer in time. Check the internet connection, and any proxy or firewall.`,
  ECONNRESET: (host) => `${host} dropped the connection. Check any proxy or firewall, then try again.`,
  EHOSTUNREACH: (host) => `${host} cannot be reached from this machine. Check the network connection.`,
  ENETUNREACH: () => "this machine has no route to the internet. Check the network connection.",
};

/**
 * One line saying what went wrong talking to Discord and what to do about it, or null for an error that is not
 * about reaching Discord. Never includes the token: only statuses, codes and the API's host are read.
 */
export function explainDiscordFailure(error: unknown, ctx: FailureContext): string | null {
  const host = ctx.apiUrl ? new URL(ctx.apiUrl).host : "discord.com";
  const what = ctx.during === "connect" ? "Could not connect to Discord" : "Could not register the commands";
  if (error instanceof RateLimitError) {
    const seconds = Math.round(Math.max(error.retryAfter, error.timeToReset) / 1000);
    return `${what}: Discord is rate-limiting this bot (HTTP 429) for ${seconds} s. Wait that long before trying again; if it keeps happening, check that nothing else (another copy of the bot, a restart loop) uses the same token.`;
  }
  if (error instanceof SessionLimitError) {
    const minutes = Math.ceil(error.resetAfterMs / 60_000);
    return `${what}: this token has used all the logins Discord allows a bot per day; the next is allowed in about ${minutes} min. Wait until then, and look for a restart loop if the bot keeps restarting.`;
  }
  const status = error instanceof DiscordAPIError ? error.status : isTokenInvalid(error) ? 401 : null;
  if (status === 401) {
    return `${what}: Discord rejected DISCORD_TOKEN (HTTP 401 Unauthorized). Copy the token again from your application's Bot page (Reset Token) into .env or the environment.`;
  }
  if (status === 403) {
    const where = ctx.guildId ? `the bot was invited to server ${ctx.guildId}` : "the bot was invited to your server";
    return `${what}: Discord refused (HTTP 403 Missing Access). Check that DISCORD_APPLICATION_ID belongs to the same application as DISCORD_TOKEN, and that ${where} with the applications.commands scope (README, "Putting it in a Discord server", step 3).`;
  }
  if (error instanceof DiscordAPIError)
    return `${what}: Discord answered HTTP ${error.status} (${error.message.split("\n")[0]}).`;
  if (isAbort(error))
    return `${what}: ${host} did not answer in time. Check the internet connection, and any proxy or firewall.`;
  const code = networkCode(error);
  if (code && NETWORK_CODES[code]) return `${what}: ${NETWORK_CODES[code](host)}`;
  if (code) return `${what}: the network failed (${code}) reaching ${host}. Check the internet connection.`;
  return null;
}

function isTokenInvalid(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === "TokenInvalid";
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** A system error's code ("ECONNREFUSED"), wherever fetch put it: on the error, its cause, or inside an AggregateError. */
function networkCode(error: unknown, depth = 0): string | null {
  if (!(error instanceof Error) || depth > 4) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return code;
  if (error instanceof AggregateError)
    for (const e of error.errors) if (networkCode(e, depth + 1)) return networkCode(e, depth + 1);
  return networkCode(error.cause, depth + 1);
}
