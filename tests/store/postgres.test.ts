import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClickLimit } from "../../src/discord/clickLimit.js";
import { Cooldown } from "../../src/discord/cooldown.js";
import { StorageError } from "../../src/errors.js";
import { openPostgresStore, type Store } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { migratePostgres } from "../../src/store/pg/migrate.js";
import { freePort, type PostgresServer, startPostgres } from "../helpers/postgresServer.js";

let server: PostgresServer;
const opened: Store[] = [];

beforeAll(async () => {
  server = await startPostgres();
}, 120_000);

afterAll(async () => {
  for (const store of opened) await store.close();
  await server?.close();
});

async function open(url: string): Promise<Store> {
  const store = await openPostgresStore({ url, poolSize: 4 }, { retentionDays: 30 });
  opened.push(store);
  return store;
}

describe("Postgres at start", () => {
  it("names the host, port and database when the server cannot be reached, never the password", async () => {
    const port = await freePort();
    const url = `postgres://storybot:hunter2-secret@127.0.0.1:${port}/storybot`;
    const failure = await openPostgresStore({ url, poolSize: 2 }, { retentionDays: 30 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as Error).message).toContain(`Postgres at 127.0.0.1:${port}/storybot could not be used`);
    expect((failure as Error).message).not.toContain("hunter2-secret");
  });

  it("names the database when the password is wrong, without the password", async () => {
    const url = (await server.freshSchema()).replace(server.password, "wrong-password");
    const failure = await openPostgresStore({ url, poolSize: 2 }, { retentionDays: 30 }).catch((e: unknown) => e);
    expect((failure as Error).message).toMatch(/password authentication failed/);
    expect((failure as Error).message).not.toContain("wrong-password");
  });
});

describe("migrations", () => {
  it("lets only one of two instances starting at once migrate; the other waits and finds nothing to do", async () => {
    const url = await server.freshSchema();
    const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const applied = await Promise.all(clients.map((c) => migratePostgres(c)));
      expect(applied.sort()).toEqual([0, MIGRATIONS.length]);
      const { rows } = await clients[0]!.query("SELECT version FROM schema_migrations ORDER BY version");
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it("opens a database again without migrating twice", async () => {
    const url = await server.freshSchema();
    await (await open(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect(await migratePostgres(client)).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe("allowances shared by instances", () => {
  it("holds a user's /ask cooldown across two instances on one database", async () => {
    const url = await server.freshSchema();
    const [a, b] = [await open(url), await open(url)];
    const here = new Cooldown(2, 60_000, Date.now, { windows: a.windows!, scope: "ask" });
    const there = new Cooldown(2, 60_000, Date.now, { windows: b.windows!, scope: "ask" });
    expect([await here.take("u1"), await there.take("u1")]).toEqual([0, 0]);
    expect(await there.take("u1")).toBeGreaterThan(0);
    expect(await here.take("u1")).toBeGreaterThan(0);
    expect(await here.take("u2")).toBe(0);
  });

  it("never allows more than the limit when instances take at the same moment", async () => {
    const url = await server.freshSchema();
    const stores = [await open(url), await open(url)];
    const cooldowns = stores.map((s) => new Cooldown(5, 60_000, Date.now, { windows: s.windows!, scope: "ask" }));
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => cooldowns[i % 2]!.take("u1")));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
  });

  it("gives a use back to every instance", async () => {
    const url = await server.freshSchema();
    const [a, b] = [await open(url), await open(url)];
    const here = new Cooldown(1, 60_000, Date.now, { windows: a.windows!, scope: "ask" });
    const there = new Cooldown(1, 60_000, Date.now, { windows: b.windows!, scope: "ask" });
    await here.take("u1");
    here.giveBack("u1");
    await expect.poll(() => there.take("u1")).toBe(0);
  });

  it("counts button presses across instances", async () => {
    const url = await server.freshSchema();
    const [a, b] = [await open(url), await open(url)];
    const clicks = [new ClickLimit(2, Date.now, a.windows), new ClickLimit(2, Date.now, b.windows)];
    expect(await clicks[0]!.check("u1")).toEqual({ serve: true });
    expect(await clicks[1]!.check("u1")).toEqual({ serve: true });
    expect(await clicks[0]!.check("u1")).toMatchObject({ serve: false, tell: true });
  });

  it("keeps one vote per user per answer when two instances record it at once", async () => {
    const url = await server.freshSchema();
    const [a, b] = [await open(url), await open(url)];
    const answer = {
      id: "1300000000000000001",
      command: "ask",
      question: "q?",
      mode: "extractive",
      docs: [],
      guildId: "g",
      channelId: "c",
      at: Date.now(),
      more: null,
    };
    await a.putAnswer(answer);
    const outcomes = await Promise.all([a.vote(answer.id, "u1", "up"), b.vote(answer.id, "u1", "up")]);
    expect(outcomes.map((o) => o.kind)).toEqual(["recorded", "recorded"]);
    expect(await a.stats({ guildId: "g", days: 1 })).toMatchObject({ up: 1, down: 0 });
  });
});
