import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainDiscordFailure } from "../../src/discord/failures.js";
import { checkRestAccess } from "../../src/http/preflight.js";
import { type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { runEntryPoint } from "../helpers/entryPoint.js";
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

/** Starts the real entry point in HTTP mode on `port` and waits for it to give up. */
function startOn(port: number) {
  return runEntryPoint("src/main.ts", {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    INTERACTIONS_PORT: String(port),
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_PUBLIC_KEY: signingKeys().publicKeyHex,
    LOG_LEVEL: "error",
  }).exited;
}

function expectOneFriendlyLine(run: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(run.code).toBe(1);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toContain(TOKEN);
}

describe("starting in HTTP mode when it cannot serve", { timeout: 35_000 }, () => {
  it("says so in one line, naming the address, when the port is taken", async () => {
    expectOneFriendlyLine(
      await startOn(takenPort),
      new RegExp(
        `^Could not serve HTTP interactions on 127\\.0\\.0\\.1:${takenPort} \\(INTERACTIONS_PORT, INTERACTIONS_HOST\\): another program is using that port\\.\n$`,
      ),
    );
  });

  // The check HTTP mode makes before it serves (src/main.ts), and the words it ends with, in this process: that such a
  // line reaches the person alone, with exit code 1, is the case above.
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
