import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  MANAGER_PERMISSIONS,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { type Run, runEntryPoint } from "../helpers/entryPoint.js";
import { type PostgresServer, startPostgres } from "../helpers/postgresServer.js";
import { type RoundRobin, startRoundRobin } from "../helpers/roundRobin.js";
import { type SentInteraction, type SigningKeys, signedSender, signingKeys } from "../helpers/signedInteractions.js";

/*
 * Any number of HTTP-mode instances behind a load balancer, sharing one Postgres: the way the bot runs past one
 * machine. Two real entry points, a round-robin proxy, the Discord stand-in signing each interaction as Discord does.
 * One fleet serves the whole file (each instance is a bot process to start): the burst's cases read what it did,
 * then the faults follow in order, the Postgres restart before the kill that ends the fleet. Each fault votes on an
 * answer of its own and counts only that answer's votes. It is also the suite's one fleet of HTTP-mode processes:
 * what any two instances behind a balancer must do (each checks its token before serving, none opens the gateway,
 * SIGTERM stops one cleanly) is read here too, rather than from a second fleet on SQLite.
 */
const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
const USERS = 200;
const VOTERS = 150;
const FOLLOWERS = 50;
/** Users who ask twice in a row: the cooldown lets one through, whichever instance takes the other. */
const HASTY = 50;
const PER_MINUTE = 1;

let server: PostgresServer;
let url: string;
let discord: DiscordStandIn;
let keys: SigningKeys;
const runs: Run[] = [];
let instances: Array<{ run: Run; url: string; stderr: () => string }> = [];
let proxy: RoundRobin;

beforeAll(async () => {
  server = await startPostgres();
  discord = await startDiscordStandIn();
  keys = signingKeys();
  url = await server.freshDatabase();
  instances = await Promise.all([startInstance(url), startInstance(url)]);
  proxy = await startRoundRobin(instances.map((i) => i.url));
}, 180_000);

afterAll(async () => {
  await proxy?.close();
  for (const run of runs) run.child.kill("SIGKILL");
  await Promise.all(runs.map((r) => r.exited.catch(() => undefined)));
  await discord?.close();
  await server?.close();
}, 60_000);

async function startInstance(databaseUrl: string): Promise<{ run: Run; url: string; stderr: () => string }> {
  const run = runEntryPoint(
    "src/main.ts",
    {
      DISCORD_TOKEN: "test-token-http-fleet",
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: FIXTURE,
      DATABASE_URL: databaseUrl,
      INTERACTIONS_PORT: "0",
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      ASK_COOLDOWN_PER_MINUTE: String(PER_MINUTE),
      BUTTON_CLICKS_PER_MINUTE: "0",
      // For the debug line that says a cooldown was counted by one instance alone (the database too slow to answer).
      LOG_LEVEL: "debug",
    },
    { timeoutMs: 300_000 },
  );
  runs.push(run);
  let stderr = "";
  run.child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  await run.printed(/"event":"interactions_listening"/, 90_000);
  const line = stderr.split("\n").find((l) => l.includes('"event":"interactions_listening"'))!;
  return { run, url: `http://127.0.0.1:${JSON.parse(line).port}/`, stderr: () => stderr };
}

/** The custom ids of a reply's buttons, wherever they sit (action rows, or inside an evidence card). */
function customIds(body: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      if (typeof o.custom_id === "string") out.push(o.custom_id);
      for (const v of Object.values(o)) if (typeof v === "object") walk(v);
    }
  };
  walk(body);
  return out;
}

/** The buttons the bot put on its reply to an interaction, in any of the requests that made it. */
const buttonsOf = (s: SentInteraction) =>
  customIds(discord.repliesFor(s.id, s.token).map((r: RecordedRequest) => r.body));
const callbacks = (s: SentInteraction) => discord.repliesFor(s.id, s.token).filter((r) => r.path.endsWith("/callback"));
/** Everything the bot sent for an interaction: its first response, edits and follow-ups. */
const finalText = (s: SentInteraction) =>
  discord
    .repliesFor(s.id, s.token)
    .map((r) => JSON.stringify(r.body ?? ""))
    .join("\n");

async function settled(sent: readonly SentInteraction[]) {
  const paths = new Set(sent.map((s) => `/v10/interactions/${s.id}/${s.token}/callback`));
  await discord.waitForRequests((r) => paths.has(r.path), sent.length, 240_000);
}

/** Waits, without a fixed sleep, until the condition holds: each request the stand-in records may make it true. */
async function until(holds: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!holds()) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    const seen = discord.requests.length;
    await discord.waitForRequests(() => true, seen + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
  }
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe("two HTTP-mode instances behind a load balancer on one Postgres", () => {
  const users = Array.from({ length: USERS }, (_, i) => String(830_000_000_000_000_000n + BigInt(i)));
  const hastyUsers = Array.from({ length: HASTY }, (_, i) => String(840_000_000_000_000_000n + BigInt(i)));
  let asks: SentInteraction[] = [];
  let presses: SentInteraction[] = [];
  let hasty: SentInteraction[][] = [];
  let all: SentInteraction[] = [];

  beforeAll(async () => {
    const send = signedSender(discord, proxy.url, keys).send;
    const ask = (user: string, n: number) =>
      send(
        chatInputInteraction(
          "ask",
          [{ name: "question", type: STRING, value: `how many H800 GPUs were used? (${n})` }],
          {
            userId: user,
          },
        ),
      );
    // 200 questions from 200 people at once.
    asks = await Promise.all(users.map((u, i) => ask(u, i)));
    await settled(asks);
    await until(() => asks.every((s) => buttonsOf(s).some((id) => id.startsWith("vote:"))), 240_000);
    // Then 150 of them vote on their answer and 50 ask for a follow-up, while 50 others ask twice each, all at once.
    const pressOf = (s: SentInteraction, prefix: string) => buttonsOf(s).find((id) => id.startsWith(prefix));
    const [voted, followed] = await Promise.all([
      Promise.all(
        asks
          .slice(0, VOTERS)
          .map((s, i) =>
            send(buttonInteraction(pressOf(s, "vote:")!.replace(/:down$/, ":up"), undefined, { userId: users[i]! })),
          ),
      ),
      Promise.all(
        asks
          .slice(VOTERS, VOTERS + FOLLOWERS)
          .map((s, i) => send(buttonInteraction(pressOf(s, "followup:")!, undefined, { userId: users[VOTERS + i]! }))),
      ),
      (async () => {
        hasty = await Promise.all(hastyUsers.map(async (u, i) => [await ask(u, 1000 + i), await ask(u, 2000 + i)]));
      })(),
    ]);
    presses = [...voted, ...followed];
    all = [...asks, ...presses, ...hasty.flat()];
    await settled(all);
  }, 600_000);

  it("takes 500 interactions, half through each instance", async () => {
    expect(all).toHaveLength(500);
    expect(all.every((s) => s.status === 202)).toBe(true);
    expect(proxy.served).toEqual([250, 250]);
    // Each instance logs what it handled; log lines are written in the background, so the last may still be coming.
    const handled = () => instances.map((i) => i.stderr().match(/"event":"interaction"/g)?.length ?? 0);
    await expect.poll(handled, { timeout: 30_000 }).toEqual([250, 250]);
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

  it("answers every interaction exactly once", () => {
    const counts = all.map(callbacks).map((c) => c.length);
    expect(counts.filter((n) => n !== 1)).toEqual([]);
  });

  it("keeps every acknowledged vote, once, and tells every other voter it was not kept", async () => {
    // On a loaded machine a press may wait past the pool's timeouts: it is then told its vote was not kept, as it
    // should be. What must hold whatever the load: no acknowledged vote is missing, none is counted twice.
    const replies = presses.slice(0, VOTERS).map(finalText);
    const acknowledged = replies.filter((text) => /Recorded your 👍/.test(text)).length;
    expect(replies.filter((text) => !/Recorded your 👍|not kept|right now/.test(text))).toEqual([]);
    expect(acknowledged).toBeGreaterThan(0);
    const [row] = await query<{ votes: string; voters: string }>(
      "SELECT COUNT(*) AS votes, COUNT(DISTINCT user_hash) AS voters FROM votes",
    );
    const [votes, voters] = [Number(row!.votes), Number(row!.voters)];
    expect(voters).toBe(votes);
    expect(votes).toBeGreaterThanOrEqual(acknowledged);
    expect(votes).toBeLessThanOrEqual(VOTERS);
  });

  it("holds one user's cooldown across the instances, but where the database was too slow to count it", () => {
    // Each hasty user's two questions in a row: one answered, the other told to wait, whichever instance it hit.
    const refused = hasty.map((pair) => pair.filter((s) => /asking quickly/.test(finalText(s))).length);
    expect(refused.filter((n) => n > 1)).toEqual([]);
    // On a loaded machine the shared count may not answer in time: that instance then counts alone (and says so in
    // its log), so a user may get one question per instance. Each pair with both answered needs one such moment.
    const alone = instances.flatMap((i) => i.stderr().split("\n")).filter((l) => /"allowance_not_shared"/.test(l));
    expect(refused.filter((n) => n === 0).length).toBeLessThanOrEqual(alone.length);
  });

  it("opens each follow-up it was asked for", () => {
    for (const s of presses.slice(VOTERS)) expect(finalText(s)).not.toMatch(/went wrong|expired/i);
  });

  it("shows in /stats what npm run report counts", async () => {
    const send = signedSender(discord, proxy.url, keys).send;
    const stats = await send(chatInputInteraction("stats", [], { memberPermissions: MANAGER_PERMISSIONS }));
    await settled([stats]);
    const report = runEntryPoint("src/cli/report.ts", { DATABASE_URL: url }, { args: ["--json"], timeoutMs: 60_000 });
    const { code, stdout } = await report.exited;
    expect(code).toBe(0);
    const figures = JSON.parse(stdout) as { questions: number; up: number };
    // What the database holds (on a loaded machine a hasty user's second question may have got through, and a vote
    // may not have been kept): the report and /stats must both say it.
    const [held] = await query<{ questions: string; up: string }>(
      "SELECT (SELECT COUNT(*) FROM questions) AS questions, (SELECT COUNT(*) FROM votes WHERE vote = 'up') AS up",
    );
    expect(figures.questions).toBe(Number(held!.questions));
    expect(figures.questions).toBeGreaterThanOrEqual(USERS + HASTY);
    expect(figures.up).toBe(Number(held!.up));
    await expect.poll(() => finalText(stats), { timeout: 30_000 }).toContain(String(figures.questions));
    expect(finalText(stats)).toContain(String(figures.up));
  });
});

/**
 * One answer to vote on, asked through the fleet: the setting of each fault below. Voters' ids start at `prefix` (in
 * units of 10^15) so no two tests share a user; `votes()` counts the votes on this answer alone.
 */
async function answerToVoteOn(prefix: number) {
  const send = signedSender(discord, proxy.url, keys).send;
  const voter = (i: number) => String(BigInt(prefix) * 1_000_000_000_000_000n + BigInt(i));
  const asked = await send(
    chatInputInteraction("ask", [{ name: "question", type: STRING, value: "how many H800 GPUs were used?" }], {
      userId: voter(0),
    }),
  );
  await until(() => buttonsOf(asked).some((id) => id.startsWith("vote:")), 60_000);
  const vote = buttonsOf(asked)
    .find((id) => id.startsWith("vote:"))!
    .replace(/:down$/, ":up");
  const answerId = vote.split(":")[1]!;
  const votes = async () => {
    const [row] = await query<{ votes: string }>("SELECT COUNT(*) AS votes FROM votes WHERE answer_id = $1", [
      answerId,
    ]);
    return Number(row!.votes);
  };
  return { send, voter, vote, votes };
}

describe("Postgres restarted in the middle of a burst", () => {
  it("keeps every acknowledged vote, and answers everything sent once it is back", async () => {
    const { send, voter, vote, votes } = await answerToVoteOn(860);
    const press = (i: number) => send(buttonInteraction(vote, undefined, { userId: voter(i) }));
    // Presses before, during and after the restart.
    const before = Array.from({ length: 50 }, (_, i) => press(i + 1));
    await server.stop();
    const during = await Promise.all(Array.from({ length: 50 }, (_, i) => press(i + 100)));
    await server.start();
    const early = await Promise.all(before);
    // One press at a time until two in a row are recorded (the proxy alternates, so both instances record again:
    // their pools reconnect), then a burst, all of it recorded.
    const after: SentInteraction[] = [];
    const recorded = (s: SentInteraction) => /Recorded your 👍/.test(finalText(s));
    for (let round = 0; round < 60 && !(after.length >= 2 && after.slice(-2).every(recorded)); round++) {
      const s = await press(1000 + round);
      await settled([s]);
      after.push(s);
    }
    // Both instances record again: the pools reconnected.
    expect(after.slice(-2).every(recorded)).toBe(true);
    const late = await Promise.all(Array.from({ length: 50 }, (_, i) => press(i + 2000)));
    const all = [...early, ...during, ...after, ...late];
    await settled(all.filter((s) => s.status === 202));
    for (const s of [...after, ...late]) expect(callbacks(s)).toHaveLength(1);
    // On a loaded machine a press in the burst may wait past the pool's timeouts and is told its vote was not kept,
    // as it should be (three suites side by side on two cores did so once): each is told one or the other.
    expect(late.map(finalText).filter((text) => !/Recorded your 👍|not kept/.test(text))).toEqual([]);
    const acknowledged = all.filter((s) => /Recorded your 👍/.test(finalText(s))).length;
    expect(await votes()).toBeGreaterThanOrEqual(acknowledged);
  }, 300_000);
});

// Last: it ends the fleet.
describe("an instance killed in the middle of a burst", () => {
  it("keeps every vote it acknowledged before it died, and the other instance answers on", async () => {
    const { send, voter, vote, votes } = await answerToVoteOn(850);
    // 200 voters press at once; the first instance is killed (SIGKILL: no goodbye) while their presses arrive.
    const presses = Array.from({ length: 200 }, (_, i) =>
      send(buttonInteraction(vote, undefined, { userId: voter(i + 1) })),
    );
    instances[0]!.run.child.kill("SIGKILL");
    const sent = await Promise.all(presses);
    // The survivor answers what reaches it after the kill (a request may first meet the dead one: 502).
    const after = await send(chatInputInteraction("help", [], { userId: voter(999) }));
    const again = after.status === 202 ? after : await send(chatInputInteraction("help", [], { userId: voter(998) }));
    await settled([again]);
    expect(callbacks(again)).toHaveLength(1);
    // A clean stop settles what the survivor still has in hand: once it has exited, every reply has been sent.
    instances[1]!.run.child.kill("SIGTERM");
    expect((await instances[1]!.run.exited).code).toBe(0);
    expect(instances[1]!.stderr()).toMatch(/"event":"stopped"/);
    const acknowledged = sent.filter((s) => /Recorded your 👍/.test(finalText(s))).length;
    expect(acknowledged).toBeGreaterThan(0);
    // Every 👍 the bot said it recorded is in the database; a press the dead instance never answered is not.
    expect(await votes()).toBeGreaterThanOrEqual(acknowledged);
  }, 300_000);
});
