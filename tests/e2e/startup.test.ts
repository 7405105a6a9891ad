import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { explainDiscordFailure } from "../../src/discord/failures.js";
import { checkDiscordAccess } from "../../src/discord/preflight.js";
import { type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { runEntryPoint } from "../helpers/entryPoint.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const TOKEN = "startup-test-token-never-printed";
let discord: DiscordStandIn;

beforeAll(async () => {
  discord = await startDiscordStandIn();
});

afterAll(async () => {
  await discord?.close();
});

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the real entry point against `apiUrl` and waits for it to give up. */
async function startAgainst(apiUrl: string) {
  return runEntryPoint("src/main.ts", { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: apiUrl, KNOWLEDGE_DIR: FIXTURE }).exited;
}

/**
 * One readable line, no stack trace, no token, and a non-zero exit the bot chose: a code, not a signal, so it gave
 * up by itself rather than being killed by runEntryPoint's deadline (which fails the test anyway). How many seconds
 * it took is not counted: a loaded machine stretches them.
 */
function expectFriendlyFailure(run: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain(TOKEN);
}

/**
 * The line start-up ends with when Discord answers `apiUrl` the way a test set up: the bot's own check
 * (checkDiscordAccess) against the loopback Discord, in words by explainDiscordFailure, as src/main.ts does, here in
 * this process. The one process test below shows that such a line reaches the person, alone and without a stack.
 */
async function startFailure(apiUrl: string): Promise<string> {
  const error = await checkDiscordAccess({ token: TOKEN, apiUrl }).then(
    () => expect.fail("the check let the bot start"),
    (e: unknown) => e,
  );
  const line = explainDiscordFailure(error, { during: "connect", apiUrl });
  expect(line).not.toBeNull();
  expect(line).not.toContain("\n");
  expect(line).not.toContain(TOKEN);
  return line!;
}

describe("starting the bot when Discord cannot be used", { timeout: 35_000 }, () => {
  it("says the connection was refused when DISCORD_API_URL points at a closed port, in one line from the process", async () => {
    const run = await startAgainst(`http://127.0.0.1:${await closedPort()}/api`);
    expectFriendlyFailure(
      run,
      /^Could not connect to Discord: 127\.0\.0\.1:\d+ refused the connection\. Check DISCORD_API_URL/,
    );
  });

  it("says the name could not be looked up when DNS fails", async () => {
    expect(await startFailure("http://storybot-test.invalid/api")).toMatch(
      /^Could not connect to Discord: the name storybot-test\.invalid could not be looked up/,
    );
  });

  it("says the token was rejected on a 401", async () => {
    discord.respondWith((r) =>
      r.path === "/v10/gateway/bot" ? { status: 401, body: { message: "401: Unauthorized", code: 0 } } : undefined,
    );
    try {
      expect(await startFailure(discord.apiUrl)).toMatch(
        /^Could not connect to Discord: Discord rejected DISCORD_TOKEN \(HTTP 401 Unauthorized\)\. Copy the token again/,
      );
    } finally {
      discord.respondWith(null);
    }
  });

  it("says how long to wait when Discord rate-limits the start with a 429", async () => {
    discord.respondWith((r) =>
      r.path === "/v10/gateway/bot"
        ? {
            status: 429,
            headers: { "retry-after": "60" },
            body: { message: "You are being rate limited.", retry_after: 60, global: false },
          }
        : undefined,
    );
    try {
      expect(await startFailure(discord.apiUrl)).toMatch(
        /^Could not connect to Discord: Discord is rate-limiting this bot \(HTTP 429\) for 60 s\. Wait that long/,
      );
    } finally {
      discord.respondWith(null);
    }
  });

  it("says when the day's logins are used up", async () => {
    const url = discord.apiUrl.replace(/\/api$/, "").replace("http", "ws");
    discord.respondWith((r) =>
      r.path === "/v10/gateway/bot"
        ? {
            status: 200,
            body: {
              url: `${url}/gateway`,
              shards: 1,
              session_start_limit: { total: 1000, remaining: 0, reset_after: 3_600_000, max_concurrency: 1 },
            },
          }
        : undefined,
    );
    try {
      expect(await startFailure(discord.apiUrl)).toMatch(
        /^Could not connect to Discord: this token has used all the logins Discord allows a bot per day; the next is allowed in about 60 min/,
      );
    } finally {
      discord.respondWith(null);
    }
  });
});

// A start that works, and prints no token: metrics.test.ts, whose bot process is started anyway.

describe("npm run deploy-commands", { timeout: 35_000 }, () => {
  const deploy = (env: Record<string, string>) =>
    runEntryPoint("src/cli/deployCommands.ts", {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_APPLICATION_ID: discord.applicationId,
      KNOWLEDGE_DIR: FIXTURE,
      ...env,
    }).exited;

  it("lists the slash commands with their slash and the message command by its menu name", async () => {
    const run = await deploy({ DISCORD_GUILD_ID: discord.guildId });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      `Registered 7 commands in guild ${discord.guildId}: /ask, /summary, /sources, /check, /help, /stats; and the message command "Check with sources" (right-click a message → Apps)`,
    );
  });

  /** What npm run deploy-commands ends with when Discord refuses: deployCommands and its words, in this process. */
  const deployFailure = async (guildId: string | null) => {
    const target = { token: TOKEN, apiUrl: discord.apiUrl, applicationId: discord.applicationId, guildId };
    const error = await deployCommands(target, commands).then(
      () => expect.fail("Discord took the commands"),
      (e: unknown) => e,
    );
    const line = explainDiscordFailure(error, { during: "register", ...target });
    expect(line).not.toContain("\n");
    expect(line).not.toContain(TOKEN);
    return line;
  };

  it("says what to check when Discord refuses with a 403", async () => {
    expect(await deployFailure("123456789012345678")).toMatch(
      /^Could not register the commands: Discord refused \(HTTP 403 Missing Access\)\. Check that DISCORD_APPLICATION_ID .* invited to server 123456789012345678 with the applications\.commands scope/,
    );
  });

  it("says the token was rejected on a 401", async () => {
    discord.respondWith((r) =>
      r.path.endsWith("/commands") ? { status: 401, body: { message: "401: Unauthorized", code: 0 } } : undefined,
    );
    try {
      expect(await deployFailure(null)).toMatch(
        /^Could not register the commands: Discord rejected DISCORD_TOKEN \(HTTP 401/,
      );
    } finally {
      discord.respondWith(null);
    }
  });
});
