import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { explainDiscordFailure } from "../../src/discord/failures.js";
import { startHttpBot } from "../../src/http/httpBot.js";
import { checkRestAccess } from "../../src/http/preflight.js";
import { describeFailure } from "../../src/runMain.js";
import { type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { signingKeys } from "../helpers/signedInteractions.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const TOKEN = "http-startup-token-never-printed";
let discord: DiscordStandIn;
let taken: Server;
let takenPort: number;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
  takenPort = (taken.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => taken?.close(resolve));
  await discord?.close();
});

/**
 * The line HTTP mode ends with when it cannot listen on `port`: its start, as src/main.ts makes it, and the words
 * runMain prints for its failure, in this process. That such a line reaches the person alone, with exit code 1, is
 * checked once, on another start-up failure, in tests/e2e/startup.test.ts.
 */
async function failureOn(port: number): Promise<string> {
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    INTERACTIONS_PORT: String(port),
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_PUBLIC_KEY: signingKeys().publicKeyHex,
  });
  const engine = await buildEngine(config, () => {});
  const error = await startHttpBot({ config, engine, commands, log: () => {}, handleSignals: false }).then(
    (bot) => bot.stop().then(() => expect.fail("it served on a taken port")),
    (e: unknown) => e,
  );
  const line = describeFailure(error, () => null);
  expect(line).not.toContain("\n");
  expect(line).not.toContain(TOKEN);
  return line;
}

describe("starting in HTTP mode when it cannot serve", { timeout: 35_000 }, () => {
  it("says so in one line, naming the address, when the port is taken", async () => {
    expect(await failureOn(takenPort)).toMatch(
      new RegExp(
        `^Could not serve HTTP interactions on 127\\.0\\.0\\.1:${takenPort} \\(INTERACTIONS_PORT, INTERACTIONS_HOST\\): another program is using that port\\.$`,
      ),
    );
  });

  // The check HTTP mode makes before it serves (src/main.ts), and the words it ends with, in this process.
  it("says the token was rejected when Discord refuses it, before serving anything", async () => {
    discord.respondWith((r) => (r.path === "/v10/users/@me" ? { status: 401 } : undefined));
    try {
      const error = await checkRestAccess({ token: TOKEN, apiUrl: discord.apiUrl }).then(
        () => expect.fail("the check let the bot serve"),
        (e: unknown) => e,
      );
      const line = explainDiscordFailure(error, { during: "connect", apiUrl: discord.apiUrl });
      expect(line).not.toContain("\n");
      expect(line).not.toContain(TOKEN);
      expect(line).toMatch(/^Could not connect to Discord: Discord rejected DISCORD_TOKEN \(HTTP 401/);
    } finally {
      discord.respondWith(null);
    }
  });
});
