import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DB_FILE, type SqliteStore } from "../../src/store/index.js";
import { type BotWithStore, firstResponse, startBotWithStore } from "../helpers/botWithStore.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { holdWriteLock, type LockHolder } from "../helpers/lockHolder.js";
import { pressablesOf, visibleText } from "../helpers/visibleText.js";

const STRING = 3;
const EPHEMERAL = 64;
const REPLY = 4;
const DEFERRED = 5;
const MODAL = 9;

let discord: DiscordStandIn;
let running: BotWithStore;
let records: SqliteStore;
let holder: LockHolder | null = null;
let nextUser = 700_000_000_000_000_000n;
const newUser = () => String(nextUser++);

beforeAll(async () => {
  discord = await startDiscordStandIn();
  running = await startBotWithStore(discord);
  records = running.records;
});

afterEach(async () => {
  await holder?.release();
  holder = null;
  records.db.pragma("query_only = OFF");
  records.db.pragma("max_page_count = 1073741823");
  records.db.exec("DROP TABLE IF EXISTS filler");
});

/** Fills the database to its last byte, as a full disk does: every write that needs room fails with SQLITE_FULL. */
function fillTheDisk(): void {
  records.db.exec("CREATE TABLE IF NOT EXISTS filler (x BLOB)");
  records.db.pragma(`max_page_count = ${records.db.pragma("page_count", { simple: true })}`);
  const insert = records.db.prepare("INSERT INTO filler VALUES (randomblob(?))");
  for (const size of [4000, 1000, 100, 10, 1]) {
    try {
      for (let i = 0; i < 100_000; i++) insert.run(size);
    } catch (error) {
      expect((error as { code?: string }).code).toBe("SQLITE_FULL");
    }
  }
}

afterAll(async () => {
  await running?.stop();
  await discord?.close();
});

const interact = (input: Parameters<DiscordStandIn["sendInteraction"]>[0]) => firstResponse(discord, input, newUser());
const lockFile = () => join(running.dataDir, DB_FILE);

const ask = (question: string) =>
  interact(chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }]));

const buttons = (res: RecordedRequest): string[] => pressablesOf(res.body.data).map((c) => c.custom_id as string);

async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("condition not met within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("another process holding the database's write lock", () => {
  it("answers /help and /ask before the lock is released, and writes the answers once it is", async () => {
    holder = await holdWriteLock(lockFile());
    const replies = await Promise.all([
      interact(chatInputInteraction("help")),
      ...Array.from({ length: 10 }, () => ask("how many H800 GPUs were used?")),
    ]);
    // Every first response came while the lock was still held (order, not a time limit).
    expect(holder.child.exitCode).toBeNull();
    expect(replies.every((r) => r.first.body.type === REPLY)).toBe(true);
    expect(records.waitingWrites).toBeGreaterThan(0);
    await holder.release();
    holder = null;
    await until(() => records.waitingWrites === 0);
    const ids = replies.slice(1).map((r) => r.id);
    const kept = records.db.prepare(`SELECT COUNT(*) AS n FROM answers WHERE id IN (${ids.map(() => "?").join()})`);
    expect(kept.get(...ids)).toEqual({ n: 10 });
  });

  it("says a vote was not recorded right now, privately, and leaves the answer's buttons alone", async () => {
    const asked = await ask("how many H800 GPUs were used?");
    await running.bot.idle();
    holder = await holdWriteLock(lockFile());
    const vote = buttons(asked.first).find((id) => id.endsWith(":up"))!;
    const { first } = await interact(buttonInteraction(vote));
    expect(first.body.type).toBe(REPLY);
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(first.body.data.content).toMatch(/can't record votes right now/);
  });

  it("lets a vote pressed at once on an answer still waiting to be written act on it", async () => {
    holder = await holdWriteLock(lockFile());
    const asked = await ask("how many H800 GPUs were used?");
    const more = buttons(asked.first).find((id) => id.startsWith("more:"))!;
    const { first } = await interact(buttonInteraction(more));
    expect(visibleText(first.body.data).split("\n")[0]).toBe("More excerpts");
  });
});

describe("a database that refuses writes (a full disk, a read-only file)", () => {
  it("still answers, answers presses with 'not recorded' and disables no button", async () => {
    records.db.pragma("query_only = ON");
    const asked = await ask("how many H800 GPUs were used?");
    expect(visibleText(asked.first.body.data)).toContain("2,048 H800");
    await until(() => !records.recording);
    const presses = await Promise.all(
      buttons(asked.first)
        .filter((id) => id.startsWith("vote:"))
        .map((id) => interact(buttonInteraction(id))),
    );
    for (const { first } of presses) {
      expect(first.body.type).toBe(REPLY);
      expect(first.body.data.content).toMatch(/can't record votes right now/);
    }
    const more = await interact(buttonInteraction(buttons(asked.first)[0]!));
    expect(visibleText(more.first.body.data).split("\n")[0]).toBe("More excerpts");
  });
});

describe("a database on a full disk (SQLITE_FULL)", () => {
  it("still answers, and every press is answered as live, never as expired", async () => {
    fillTheDisk();
    const asked = await ask("how many H800 GPUs were used?");
    expect(visibleText(asked.first.body.data)).toContain("2,048 H800");
    // The answer could not be written: recording is off, and the answer lives on in memory for its buttons.
    await until(() => !records.recording);
    for (const id of buttons(asked.first)) {
      const { first } = await interact(buttonInteraction(id));
      // Answered at once, acknowledged to answer shortly ("Ask a follow-up" opens a thread first), or asked why (👎).
      expect([REPLY, DEFERRED, MODAL]).toContain(first.body.type);
      expect(visibleText(first.body.data ?? {})).not.toMatch(/expired|went wrong/i);
      // A vote is kept when its few bytes still fit a page, and said not to be when they do not; never lost unsaid.
      if (id.startsWith("vote:") && first.body.type === REPLY)
        expect(first.body.data.content).toMatch(/^Recorded your 👍|^Recorded your 👎|can't record votes right now/);
    }
    // The answer's own message is never edited to take its buttons away.
    const edits = discord.requests.filter(
      (r) => r.method === "PATCH" && r.path.includes(`/${asked.token}/`) && pressablesOf(r.body).length === 0,
    );
    expect(edits).toEqual([]);
  });
});
