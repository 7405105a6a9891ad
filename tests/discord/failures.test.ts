import { DiscordAPIError, RateLimitError } from "discord.js";
import { describe, expect, it } from "vitest";
import { explainDiscordFailure } from "../../src/discord/failures.js";
import { SessionLimitError } from "../../src/discord/preflight.js";
import { ConfigError } from "../../src/errors.js";
import { describeFailure } from "../../src/runMain.js";

const connect = { during: "connect" as const, apiUrl: null };
/** What fetch throws when the network fails: a TypeError whose cause carries the system error's code. */
const fetchFailed = (code: string) =>
  new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code}`), { code }) });
const apiError = (status: number, message: string) =>
  new DiscordAPIError({ message, code: 0 }, 0, status, "GET", "https://discord.com/api/v10/gateway/bot", {
    body: undefined,
    files: undefined,
  });

describe("explaining a failure to reach Discord", () => {
  it.each([
    [
      "a refused connection",
      fetchFailed("ECONNREFUSED"),
      /^Could not connect to Discord: discord\.com refused the connection/,
    ],
    [
      "a DNS failure",
      fetchFailed("ENOTFOUND"),
      /^Could not connect to Discord: the name discord\.com could not be looked up \(DNS failure\)/,
    ],
    ["DNS not answering", fetchFailed("EAI_AGAIN"), /could not be looked up just now/],
    [
      "a timeout",
      Object.assign(new Error("This operation was aborted"), { name: "AbortError" }),
      /discord\.com did not answer in time/,
    ],
    [
      "a code inside an AggregateError",
      new TypeError("fetch failed", {
        cause: new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]),
      }),
      /refused the connection/,
    ],
    ["a wrong token", apiError(401, "401: Unauthorized"), /Discord rejected DISCORD_TOKEN \(HTTP 401 Unauthorized\)/],
    [
      "discord.js's invalid token",
      Object.assign(new Error("An invalid token was provided."), { code: "TokenInvalid" }),
      /Discord rejected DISCORD_TOKEN/,
    ],
    ["missing access", apiError(403, "Missing Access"), /Discord refused \(HTTP 403 Missing Access\)/],
    [
      "a rate limit",
      new RateLimitError({
        timeToReset: 0,
        limit: 1,
        method: "GET",
        hash: "h",
        url: "u",
        route: "/gateway/bot",
        majorParameter: "global",
        global: false,
        retryAfter: 120_000,
        sublimitTimeout: 0,
        scope: "user",
      }),
      /rate-limiting this bot \(HTTP 429\) for 120 s/,
    ],
    [
      "the day's logins used up",
      new SessionLimitError(90 * 60_000),
      /used all the logins Discord allows a bot per day; the next is allowed in about 90 min/,
    ],
  ])("puts %s in one line that says what to do", (_, error, message) => {
    const line = explainDiscordFailure(error, connect);
    expect(line).toMatch(message);
    expect(line).not.toContain("\n");
  });

  it("names the API host it was told to use", () => {
    expect(
      explainDiscordFailure(fetchFailed("ECONNREFUSED"), { during: "register", apiUrl: "http://127.0.0.1:9/api" }),
    ).toMatch(/^Could not register the commands: 127\.0\.0\.1:9 refused/);
  });

  it("leaves errors that are not about Discord to the caller", () => {
    expect(explainDiscordFailure(new Error("disk full"), connect)).toBeNull();
  });
});

describe("the line a failed script ends with", () => {
  it("is our own error's message when it is ours", () => {
    expect(
      describeFailure(new ConfigError(['LOG_LEVEL must be one of debug, info, warn, error (got "loud")']), () => null),
    ).toContain("LOG_LEVEL must be one of");
  });

  it("is one line without a stack for anything unexpected", () => {
    const error = new Error("something odd\nwith more lines");
    expect(describeFailure(error, () => null)).toBe(
      "storybot stopped on an unexpected error: something odd (LOG_LEVEL=debug shows where it happened)",
    );
  });
});
