import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chatInputInteraction, type DiscordStandIn, startDiscordStandIn } from "../helpers/discordStandIn.js";
import { type Run, runEntryPoint } from "../helpers/entryPoint.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
/** Start-up on a loaded machine takes seconds: polls wait for the bot, never a fixed time. */
const PATIENT = { timeout: 30_000, interval: 100 };

const TOKEN = "metrics-test-token-never-printed";

let discord: DiscordStandIn;
let bot: Run | null = null;
/** Everything the bot has printed so far, stdout and stderr. */
let printed = "";

async function stop() {
  bot?.child.kill("SIGKILL");
  bot = null;
  await discord?.close();
}

/** Starts the real bot with metrics on a free port and returns where they are served, as its log line says. */
async function startWithMetrics(): Promise<string> {
  const run = runEntryPoint(
    "src/main.ts",
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: FIXTURE,
      METRICS_PORT: "0",
      // Every shard in this one process, as many as /gateway/bot recommends (discord.js's own sharding).
      SHARD_COUNT: "auto",
      LOG_LEVEL: "info",
      ASK_COOLDOWN_PER_MINUTE: "0",
    },
    { timeoutMs: 120_000 },
  );
  bot = run;
  let stderr = "";
  run.child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
    printed += d.toString();
  });
  run.child.stdout!.on("data", (d: Buffer) => {
    printed += d.toString();
  });
  const line = /"health":"(http:\/\/127\.0\.0\.1:\d+)\/healthz"/;
  await run.printed(line);
  return line.exec(stderr)![1]!;
}

async function health(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: await response.json() };
}

async function scrape(url: string): Promise<string> {
  return (await fetch(`${url}/metrics`)).text();
}

/** The value of one series in the scraped text, 0 when it is absent. */
function series(text: string, name: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : 0;
}

async function ask(question: string, userId: string) {
  const { id, token } = discord.sendInteraction({
    userId,
    ...chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }]),
  });
  await discord.waitForRequests((r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`);
}

/*
 * One bot serves the file (each is a process to start), its cases in the order its life takes them: held while it
 * connects, then connected (the figures, each test reading series the others do not move), then its Discord gone.
 * It is `npm start` with SHARD_COUNT=auto, so the same process shows that every shard /gateway/bot recommends runs
 * in it: discord.js reads SHARD_COUNT itself and would take "auto" for NaN, so the bot hands it the count.
 */
let url: string;
/** Lets the start-up check of Discord through. */
let letConnect: () => void = () => {};

beforeAll(async () => {
  // Three shards recommended: set, not earned with 3,000 servers (that the stand-in recommends one per 1,000 is
  // its own test's, shardsStandIn.test.ts), and all may identify at once.
  discord = await startDiscordStandIn({ recommendedShards: 3, maxConcurrency: 16 });
  // The start-up check of Discord is held until the first case has seen the bot still connecting.
  const connecting = new Promise<void>((resolve) => (letConnect = resolve));
  let held = false;
  discord.respondWith((r) => {
    if (r.path !== "/v10/gateway/bot" || held) return undefined;
    held = true;
    return { status: 200, body: { url: "ws://unused", shards: 1 }, until: connecting };
  });
  url = await startWithMetrics();
}, 120_000);

afterAll(async () => {
  letConnect();
  await stop();
});

describe("the health page of a bot still connecting", { timeout: 60_000 }, () => {
  it("answers /healthz with 503 while the bot connects, and 200 once the gateway and the store are up", async () => {
    await discord.waitForRequests((r) => r.path === "/v10/gateway/bot");
    expect(await health(url)).toEqual({ status: 503, body: { status: "down", discord: false, store: true } });
    letConnect();
    await discord.waitForReady();
    await expect
      .poll(() => health(url), PATIENT)
      .toEqual({ status: 200, body: { status: "up", discord: true, store: true } });
  });
});

describe("the metrics of a running bot", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    // Timing starts from the bot's own view of the gateway: an interaction sent before the bot is ready is not timed.
    await vi.waitFor(async () => {
      if ((await health(url)).status !== 200) throw new Error("the bot is not connected yet");
    }, PATIENT);
  }, 120_000);

  it("counts interactions by command and outcome, declines by reason, and times each first response", async () => {
    await ask("how many H800 GPUs were used?", "200000000000000001");
    await ask("how many H800 GPUs were used?", "200000000000000002");
    await ask("who won the football world cup?", "200000000000000003");
    // Each interaction is counted once its handling ends, a moment after its reply went out.
    const asked = (text: string) =>
      series(text, 'storybot_interactions_total{command="ask",outcome="answered"}') +
      series(text, 'storybot_interactions_total{command="ask",outcome="declined"}');
    await expect.poll(async () => asked(await scrape(url)), PATIENT).toBe(3);
    const text = await scrape(url);
    expect(series(text, 'storybot_interactions_total{command="ask",outcome="answered"}')).toBe(2);
    expect(series(text, 'storybot_interactions_total{command="ask",outcome="declined"}')).toBe(1);
    expect(series(text, 'storybot_declines_total{command="ask",reason="off_topic"}')).toBe(1);
    expect(series(text, 'storybot_first_response_seconds_count{command="ask"}')).toBe(3);
    expect(series(text, 'storybot_first_response_seconds_bucket{le="+Inf",command="ask"}')).toBe(3);
    expect(series(text, 'storybot_first_response_seconds_sum{command="ask"}')).toBeGreaterThan(0);
  });

  // The start that works, as `npm start` makes it (what stops a start is startup.test.ts's).
  it("logs that it is ready, printing no token", async () => {
    // Log lines are written in the background: the line may come a moment after /healthz says so.
    await expect.poll(() => printed, PATIENT).toMatch(/"event":"ready"/);
    expect(printed).not.toContain(TOKEN);
  });

  it("runs every shard of SHARD_COUNT=auto in its one process, as many as /gateway/bot recommends", () => {
    const live = discord.gatewaySessions().filter((s) => s.live);
    expect(live.map((s) => s.shard).sort((a, b) => a[0] - b[0])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });

  it("says what the process knows: its shard, its knowledge and its store", async () => {
    await expect.poll(async () => series(await scrape(url), 'storybot_shard_up{shard="0"}'), PATIENT).toBe(1);
    const text = await scrape(url);
    expect(series(text, "storybot_knowledge_documents")).toBeGreaterThan(0);
    expect(series(text, "storybot_recording")).toBe(1);
  });
});

// Last: it takes the bot's Discord away.
describe("the health page of a bot that lost Discord", { timeout: 60_000 }, () => {
  it("answers /healthz with 503 once the gateway is lost", async () => {
    await discord.waitForReady();
    await expect.poll(async () => (await health(url)).status, PATIENT).toBe(200);
    await discord.close();
    await expect
      .poll(() => health(url), PATIENT)
      .toEqual({ status: 503, body: { status: "down", discord: false, store: true } });
  });
});
