import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRecords } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger, silentLogger } from "../../src/log.js";
import { describeFailure } from "../../src/runMain.js";
import { type BotWithStore, startBotWithStore } from "../helpers/botWithStore.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { type Run, runEntryPoint } from "../helpers/entryPoint.js";
import { freePort, type PostgresServer, startPostgres } from "../helpers/postgresServer.js";
import { buttonsOf } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
const VOTERS = 25;

let server: PostgresServer;
const stands: DiscordStandIn[] = [];
const children: Run[] = [];
const bots: BotWithStore[] = [];
let nextUser = 820_000_000_000_000_000n;
const newUser = () => String(nextUser++);

beforeAll(async () => {
  server = await startPostgres();
}, 120_000);

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  for (const child of children) {
    child.child.kill("SIGTERM");
    await child.exited.catch(() => undefined);
  }
  for (const stand of stands) await stand.close();
  await server?.close();
}, 60_000);

async function standIn(guildId?: string): Promise<DiscordStandIn> {
  const stand = await startDiscordStandIn(guildId ? { guildId } : {});
  stands.push(stand);
  return stand;
}

/** The real entry point on its own stand-in, with DATABASE_URL: one instance of several. */
async function startBotProcess(discord: DiscordStandIn, databaseUrl: string): Promise<Run> {
  const run = runEntryPoint(
    "src/main.ts",
    {
      DISCORD_TOKEN: "test-token-postgres",
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: FIXTURE,
      DATABASE_URL: databaseUrl,
      BUTTON_CLICKS_PER_MINUTE: "0",
      ASK_COOLDOWN_PER_MINUTE: "0",
    },
    { timeoutMs: 120_000 },
  );
  children.push(run);
  await run.printed(/"event":"ready"/, 60_000);
  return run;
}

async function interact(discord: DiscordStandIn, input: InteractionInput, userId = newUser()) {
  const { id, token } = discord.sendInteraction({ userId, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
    1,
    20_000,
  );
  return first!;
}

async function answerId(discord: DiscordStandIn): Promise<string> {
  const first = await interact(
    discord,
    chatInputInteraction("ask", [{ name: "question", type: STRING, value: "how many H800 GPUs were used?" }]),
  );
  const ids = buttonsOf(first.body.data).map((c) => c.custom_id as string);
  return ids.find((id) => id?.startsWith("vote:"))!.split(":")[1]!;
}

const votePress = (id: string) => buttonInteraction(`vote:${id}:up`);
const RECORDED = /^Recorded your 👍/;
const NOT_KEPT = /not kept/;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

// Two bot processes serve both cases (each is a bot to start): one reads the votes on answers of its own, the other
// what the report counts against what the database holds.
describe("two bot processes on one Postgres", () => {
  let url: string;
  let first: DiscordStandIn;
  let second: DiscordStandIn;

  beforeAll(async () => {
    url = await server.freshDatabase();
    first = await standIn();
    second = await standIn(first.guildId);
    // Started together on an empty database: one migrates, the other waits for it.
    await Promise.all([startBotProcess(first, url), startBotProcess(second, url)]);
  }, 180_000);

  it("stores every acknowledged vote exactly once, whichever instance took it", async () => {
    const answers = [await answerId(first), await answerId(second)];
    const voters = Array.from({ length: VOTERS }, newUser);
    // Each voter presses 👍 on both answers, twice over, all at once: four presses, two votes.
    const presses = voters.flatMap((voter) =>
      [0, 1].flatMap((i) =>
        [0, 1].map(async () => ({
          answer: answers[i]!,
          voter,
          text: (await interact([first, second][i]!, votePress(answers[i]!), voter)).body.data.content ?? "",
        })),
      ),
    );
    const replies = await Promise.all(presses);
    // On a loaded machine a press may wait past the pool's timeouts and is told its vote was not kept, as it should
    // be (three suites side by side on two cores did so once, 99 of 100). What must hold whatever the load: each
    // press is told one or the other, and every acknowledged vote is in the table, once.
    expect(replies.filter((r) => !RECORDED.test(r.text) && !NOT_KEPT.test(r.text))).toEqual([]);
    expect(replies.some((r) => RECORDED.test(r.text))).toBe(true);
    const rows = await query<{ answer_id: string; votes: string; voters: string }>(
      url,
      "SELECT answer_id, COUNT(*) AS votes, COUNT(DISTINCT user_hash) AS voters FROM votes GROUP BY answer_id",
    );
    for (const answer of answers) {
      const row = rows.find((r) => r.answer_id === answer);
      const acknowledged = new Set(
        replies.filter((r) => r.answer === answer && RECORDED.test(r.text)).map((r) => r.voter),
      );
      expect(Number(row?.voters)).toBe(Number(row?.votes));
      expect(Number(row?.votes)).toBeGreaterThanOrEqual(acknowledged.size);
      expect(Number(row?.votes)).toBeLessThanOrEqual(VOTERS);
    }
  }, 180_000);

  it("answers npm run report from the shared database", async () => {
    const id = await answerId(second);
    expect((await interact(second, votePress(id))).body.data.content).toMatch(RECORDED);
    const report = runEntryPoint("src/cli/report.ts", { DATABASE_URL: url }, { args: ["--json"], timeoutMs: 60_000 });
    const { code, stdout } = await report.exited;
    expect(code).toBe(0);
    const [held] = await query<{ questions: string; up: string }>(
      url,
      "SELECT (SELECT COUNT(*) FROM questions) AS questions, (SELECT COUNT(*) FROM votes WHERE vote = 'up') AS up",
    );
    expect(Number(held!.up)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(stdout)).toMatchObject({
      guildId: null,
      up: Number(held!.up),
      questions: Number(held!.questions),
    });
  }, 180_000);
});

// The start's own steps in this process, as src/main.ts takes them: its configuration, the store it opens first, and
// the line runMain prints for the failure (that such a line reaches stderr alone and the process exits 1 is checked
// once, on another start-up failure, in startup.test.ts).
describe("Postgres unreachable at start", () => {
  it("stops with one line naming the host and database, never the password", async () => {
    const port = await freePort();
    const config = loadConfig({
      DISCORD_TOKEN: "test-token-postgres",
      DISCORD_API_URL: "http://127.0.0.1:9/api",
      KNOWLEDGE_DIR: FIXTURE,
      DATABASE_URL: `postgres://bot:hunter2-secret@127.0.0.1:${port}/storybot`,
    });
    const failure = await openRecords(config, silentLogger).then(
      (store) => store.close().then(() => expect.fail("the store opened")),
      (error: unknown) => error,
    );
    const line = describeFailure(failure, () => null);
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toContain(`Postgres at 127.0.0.1:${port}/storybot could not be used`);
    expect(line).not.toContain("hunter2-secret");
  }, 60_000);
});

describe("Postgres stopped and restarted while the bot runs", () => {
  it("keeps answering, says votes are not recorded, logs it once, and records again once the server is back", async () => {
    const url = await server.freshDatabase();
    const discord = await standIn();
    const lines: string[] = [];
    const log = createLogger({ level: "info", destination: { write: (line: string) => lines.push(line) } });
    const bot = await startBotWithStore(discord, { DATABASE_URL: url }, log);
    bots.push(bot);
    const id = await answerId(discord);
    await server.stop();
    try {
      const refused = await interact(discord, votePress(id));
      expect(refused.body.data.content).toMatch(/can't record votes right now/);
      const help = await interact(discord, chatInputInteraction("help"));
      expect(help.body.type).toBe(4);
    } finally {
      await server.start();
    }
    await expect
      .poll(async () => (await interact(discord, votePress(id))).body.data.content, { timeout: 20_000, interval: 200 })
      .toMatch(RECORDED);
    const events = lines.map((l) => JSON.parse(l).event as string);
    expect(events.filter((e) => e === "recording_off")).toHaveLength(1);
    expect(events).toContain("recording_on");
    expect(lines.join("\n")).not.toContain(server.password);
  }, 120_000);
});
