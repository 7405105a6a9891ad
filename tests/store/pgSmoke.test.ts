import { afterAll, beforeAll, expect, it } from "vitest";
import { openPostgresStore } from "../../src/store/index.js";
import { type PostgresServer, startPostgres } from "../helpers/postgresServer.js";

let server: PostgresServer;
beforeAll(async () => {
  server = await startPostgres();
}, 120_000);
afterAll(async () => server?.close());

it("smoke", async () => {
  const url = await server.freshDatabase();
  const store = await openPostgresStore({ url, poolSize: 4 }, { retentionDays: 30 });
  await store.putAnswer({ id: "1", command: "ask", question: "q", mode: "x", docs: [], guildId: "g", channelId: "c", at: Date.now(), more: null });
  expect(await store.vote("1", "u", "up")).toEqual({ kind: "recorded", vote: "up", previous: null });
  expect(await store.vote("1", "u", "down")).toEqual({ kind: "recorded", vote: "down", previous: "up" });
  console.log(await store.stats({ guildId: null, days: 7 }));
  await store.close();
});
