import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatInputInteraction, type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { type Run, runEntryPoint } from "../helpers/entryPoint.js";
import { type RoundRobin, startRoundRobin } from "../helpers/roundRobin.js";
import { type SentInteraction, signedSender, signingKeys } from "../helpers/signedInteractions.js";

// Two HTTP-mode bots, started as `npm start` starts one, behind a round-robin load balancer. Each has its own data
// folder: SQLite is one bot per folder, and shared state across instances is the Postgres store's to give.
const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const BURST = 40;

let discord: DiscordStandIn;
let proxy: RoundRobin;
const bots: Array<{ run: Run; stderr: () => string }> = [];
let burst: SentInteraction[] = [];

async function startInstance(publicKey: string) {
  const run = runEntryPoint(
    "src/main.ts",
    {
      DISCORD_TOKEN: "test-token-http-instance",
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: FIXTURE,
      INTERACTIONS_PORT: "0",
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_PUBLIC_KEY: publicKey,
      ASK_COOLDOWN_PER_MINUTE: "0",
    },
    { timeoutMs: 120_000 },
  );
  let stderr = "";
  run.child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  await run.printed(/"event":"interactions_listening"/, 60_000);
  const port = /"port":(\d+),"event":"interactions_listening"|"event":"interactions_listening".*?"port":(\d+)/.exec(
    stderr,
  );
  return { run, stderr: () => stderr, url: `http://127.0.0.1:${port![1] ?? port![2]}/` };
}

beforeAll(async () => {
  discord = await startDiscordStandIn();
  const keys = signingKeys();
  const started = await Promise.all([startInstance(keys.publicKeyHex), startInstance(keys.publicKeyHex)]);
  bots.push(...started);
  proxy = await startRoundRobin(started.map((b) => b.url));
  const send = signedSender(discord, proxy.url, keys).send;
  burst = await Promise.all(
    Array.from({ length: BURST }, (_, i) =>
      send(
        i % 4 === 0
          ? chatInputInteraction("help", [], { userId: String(900_000 + i) })
          : chatInputInteraction("ask", [{ name: "question", type: 3, value: `how many H800 GPUs ${i}?` }], {
              userId: String(900_000 + i),
            }),
      ),
    ),
  );
  const callbacks = new Set(burst.map((s) => `/v10/interactions/${s.id}/${s.token}/callback`));
  await discord.waitForRequests((r) => callbacks.has(r.path), BURST, 60_000);
  // Stopped before counting: once both have exited, no reply can still be on its way.
  for (const bot of bots) bot.run.child.kill("SIGTERM");
  await Promise.all(bots.map((b) => b.run.exited));
}, 180_000);

afterAll(async () => {
  for (const bot of bots) bot.run.child.kill("SIGKILL");
  await proxy?.close();
  await discord?.close();
});

describe("HTTP-mode instances behind a load balancer", () => {
  it("accepts every interaction of a burst sent through the balancer", () => {
    expect(burst.map((s) => s.status)).toEqual(burst.map(() => 202));
  });

  it("shares the burst between the instances", () => {
    expect(proxy.served).toEqual([BURST / 2, BURST / 2]);
    const handled = bots.map((b) => b.stderr().match(/"event":"interaction"/g)?.length ?? 0);
    expect(handled).toEqual([BURST / 2, BURST / 2]);
  });

  it("answers every interaction exactly once", () => {
    for (const s of burst) {
      const callbacks = discord.repliesFor(s.id, s.token).filter((r) => r.path.endsWith("/callback"));
      expect(callbacks, `interaction ${s.id}`).toHaveLength(1);
    }
  });

  // The check is what refuses a token Discord rejects (its words: tests/http/startup.test.ts); here, that each
  // instance makes it, before it serves anything.
  it("asks Discord whether its token works once per instance, before answering anything", () => {
    const checked = discord.requests.flatMap((r, i) => (r.method === "GET" && r.path === "/v10/users/@me" ? [i] : []));
    expect(checked).toHaveLength(2);
    const firstAnswer = discord.requests.findIndex((r) => r.path.endsWith("/callback"));
    expect(Math.max(...checked)).toBeLessThan(firstAnswer);
  });

  it("never connects to the gateway, nor asks where it is", () => {
    expect(discord.requests.filter((r) => r.path.startsWith("/v10/gateway"))).toEqual([]);
  });

  it("stops cleanly on SIGTERM", async () => {
    for (const bot of bots) {
      const { code } = await bot.run.exited;
      expect(code).toBe(0);
      expect(bot.stderr()).toMatch(/"event":"stopped"/);
    }
  });
});
