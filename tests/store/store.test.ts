import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StorageError } from "../../src/errors.js";
import { type AnswerRecord, BUTTON_LIFE_MS, exportCsv, openDatabase, SqliteStore } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { storeKinds } from "../helpers/storeKinds.js";

const DAY = 86_400_000;
const freshDir = () => mkdtempSync(join(tmpdir(), "storybot-data-"));

const answer = (over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  id: "111",
  command: "ask",
  question: "how many GPUs?",
  mode: "extractive",
  docs: ["cost-report"],
  guildId: "g1",
  channelId: "c1",
  at: Date.now(),
  more: null,
  ...over,
});

const question = (at: number, over = {}) => ({
  answerId: null,
  command: "ask",
  text: "who made it?",
  declined: false,
  declineReason: null,
  mode: "extractive",
  latencyMs: 10,
  docs: [],
  guildId: "g1",
  channelId: "c1",
  at,
  ...over,
});

const turn = (n: number) => ({ question: `q${n}?`, subject: ["h800"], answer: `a${n}` });

describe("the data folder (SQLite)", () => {
  it("creates the folder and its database, in WAL mode, at the newest schema", () => {
    const dir = join(freshDir(), "nested", "data");
    const db = openDatabase(dir);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("opens an existing database again without migrating twice", () => {
    const dir = freshDir();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("names the folder when it cannot be created", () => {
    const file = join(freshDir(), "a-file");
    writeFileSync(file, "");
    expect(() => openDatabase(join(file, "data"))).toThrow(StorageError);
    expect(() => openDatabase(join(file, "data"))).toThrow(
      /DATA_DIR: storybot cannot write to the folder ".*a-file\/data"/,
    );
  });

  it("exports questions and votes as CSV, defusing spreadsheet formulas and leaving voters out", async () => {
    const store = new SqliteStore(openDatabase(freshDir()), { retentionDays: 30 });
    await store.putAnswer(answer());
    await store.vote("111", "u1", "down");
    store.logQuestion(question(Date.now(), { text: '=HYPERLINK("x")' }));
    const csv = exportCsv(store.db);
    expect(csv.split("\r\n")[0]).toMatch(/^record,at,guild_id/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toMatch(/\r\nvote,.*,down,/);
    expect(csv).not.toMatch(/u1|user_hash/);
  });

  it("defuses a formula behind a leading TAB in the export, as spreadsheets skip the TAB", () => {
    const store = new SqliteStore(openDatabase(freshDir()), { retentionDays: 30 });
    store.logQuestion(question(Date.now(), { text: "\t=HYPERLINK(1)" }));
    expect(exportCsv(store.db)).toContain(",'\t=HYPERLINK(1),");
  });

  it("keeps serving when the file stops taking writes, reports recording off once, and back on", async () => {
    const changes: boolean[] = [];
    const store = new SqliteStore(openDatabase(freshDir()), {
      retentionDays: 30,
      onRecordingChange: (on) => changes.push(on),
    });
    store.db.pragma("query_only = ON");
    expect(await store.putAnswer(answer())).toBe(false);
    store.logQuestion({ ...answer(), answerId: null, text: "x", declined: false, declineReason: null, latencyMs: 1 });
    expect(store.recording).toBe(false);
    store.db.pragma("query_only = OFF");
    expect(await store.putAnswer(answer())).toBe(true);
    expect(changes).toEqual([false, true]);
  });

  it("brings a database from before follow-ups up to date, keeping its answers", async () => {
    const dir = freshDir();
    const old = openDatabase(dir);
    old.exec("DROP TRIGGER question_days_in; DROP TRIGGER question_days_out; DROP TABLE question_days;");
    old.exec("DROP INDEX questions_counts; DROP INDEX votes_counts;");
    old.exec("DROP INDEX answers_more; DROP INDEX questions_at; DROP INDEX votes_at; DROP INDEX questions_latency;");
    for (const table of ["answers", "votes", "questions"]) old.exec(`ALTER TABLE ${table} DROP COLUMN private`);
    old.exec("DROP TABLE turns; DROP TABLE conversations;");
    old.exec("ALTER TABLE answers DROP COLUMN turn; ALTER TABLE answers DROP COLUMN conversation_id;");
    old.pragma("user_version = 1");
    old
      .prepare(
        "INSERT INTO answers (id, command, question, mode, docs, guild_id, channel_id, at, more) VALUES ('1', 'ask', 'q?', 'extractive', '[]', 'g', 'c', ?, NULL)",
      )
      .run(Date.now());
    old.close();
    const store = new SqliteStore(openDatabase(dir), { retentionDays: 30 });
    expect(await store.answer("1")).toMatchObject({ question: "q?", turn: null, conversationId: null });
    expect(await store.conversation("none")).toBeNull();
  });
});

describe.each(storeKinds())("the $name store", (kind) => {
  describe("votes", () => {
    it("keeps one vote per user per answer: pressing again changes it and says what it replaced", async () => {
      const store = await (await kind.place()).open();
      await store.putAnswer(answer());
      expect(await store.vote("111", "u1", "up")).toEqual({ kind: "recorded", vote: "up", previous: null });
      expect(await store.vote("111", "u1", "down")).toEqual({ kind: "recorded", vote: "down", previous: "up" });
      expect(await store.stats({ guildId: "g1", days: 7 })).toMatchObject({ up: 0, down: 1 });
    });

    it("never stores the raw user id, only a salted hash that is the same across restarts", async () => {
      const place = await kind.place();
      const first = await place.open();
      await first.putAnswer(answer());
      await first.vote("111", "123456789012345678", "up");
      const [hash] = await place.column("SELECT user_hash FROM votes");
      expect(hash).not.toContain("123456789012345678");
      await first.close();
      const again = await place.open();
      expect(await again.vote("111", "123456789012345678", "down")).toMatchObject({ previous: "up" });
    });

    it("refuses a vote on an answer it does not know", async () => {
      const store = await (await kind.place()).open();
      expect(await store.vote("nope", "u1", "up")).toEqual({ kind: "unknown" });
    });

    it("keeps the note of a 👎, and drops it when the vote becomes 👍", async () => {
      const store = await (await kind.place()).open();
      await store.putAnswer(answer());
      await store.vote("111", "u1", "down");
      expect(await store.explainDownvote("111", "u1", "it quoted the wrong figure")).toBe("noted");
      expect((await store.stats({ guildId: null, days: 7 })).toImprove[0]?.why).toBe("👎: it quoted the wrong figure");
      await store.vote("111", "u1", "up");
      expect(await store.explainDownvote("111", "u1", "late note")).toBe("no_vote");
    });
  });

  describe("answers kept for their buttons", () => {
    it("answers More excerpts for a day after the answer, then reads as expired", async () => {
      let now = Date.now();
      const store = await (await kind.place()).open({ now: () => now });
      await store.putAnswer(answer({ at: now, more: '{"ephemeral":true}' }));
      now += BUTTON_LIFE_MS;
      expect(await store.more("111")).toBe('{"ephemeral":true}');
      now += 1;
      expect(await store.more("111")).toBeNull();
    });

    it("finds an answer held before its reply was sent, before it is written", async () => {
      const store = await (await kind.place()).open();
      store.hold(answer({ id: "1300000000000000000" }));
      expect(await store.lookup("1300000000000000000")).toMatchObject({ kind: "live" });
    });

    it("says expired only for an answer past its day, and unknown for a recent id it never held", async () => {
      const store = await (await kind.place()).open();
      const old = "1000000000000000000"; // a snowflake from 2022
      const recent = (BigInt(Date.now() - 1_420_070_400_000) << 22n).toString();
      expect(await store.lookup(old)).toEqual({ kind: "expired", answer: null });
      expect(await store.lookup(recent)).toEqual({ kind: "unknown" });
      expect(await store.lookup("not-an-id")).toEqual({ kind: "invalid" });
    });
  });

  describe("the question log and its retention", () => {
    it("purges questions and votes past the retention, keeping answers a day for their buttons", async () => {
      let now = Date.now();
      const store = await (await kind.place()).open({ retentionDays: 1, now: () => now });
      await store.putAnswer(answer({ at: now }));
      await store.vote("111", "u1", "up");
      store.logQuestion(question(now));
      await store.settle(5_000);
      now += 2 * DAY;
      expect(await store.purge()).toMatchObject({ questions: 1, votes: 1, answers: 1, conversations: 0 });
    });

    it("keeps no questions when the retention is 0 days", async () => {
      const store = await (await kind.place()).open({ retentionDays: 0 });
      store.logQuestion(question(Date.now()));
      await store.settle(5_000);
      expect((await store.stats({ guildId: null, days: 7 })).questions).toBe(0);
    });

    it("counts one server's questions, declines by reason, median latency and top questions", async () => {
      const store = await (await kind.place()).open();
      const now = Date.now();
      store.logQuestion(question(now, { latencyMs: 10 }));
      store.logQuestion(question(now, { text: "Who made it? ", latencyMs: 30 }));
      store.logQuestion(question(now, { text: "weather?", declined: true, declineReason: "off_topic", latencyMs: 20 }));
      store.logQuestion(question(now, { guildId: "other" }));
      store.logQuestion(question(now - 8 * DAY));
      await store.settle(5_000);
      expect(await store.stats({ guildId: "g1", days: 7 })).toMatchObject({
        questions: 3,
        declined: 1,
        declinesByReason: [{ reason: "off_topic", count: 1 }],
        medianLatencyMs: 20,
        topQuestions: [{ count: 2 }, { text: "weather?", count: 1 }],
        toImprove: [{ text: "weather?", why: "declined: off_topic" }],
      });
      expect((await store.stats({ guildId: null, days: 7 })).questions).toBe(4);
    });

    it("counts the most asked questions over whole days and the part of the first day in the period", async () => {
      // Noon, so that 7 days back falls in the middle of a day: that day's afternoon is in the period, its morning not.
      const now = Math.floor(Date.now() / DAY) * DAY + DAY / 2;
      const store = await (await kind.place()).open({ now: () => now });
      store.logQuestion(question(now - 7 * DAY + 1, { text: "in the first day's afternoon" }));
      store.logQuestion(question(now - 7 * DAY + 2, { text: "IN the first day's afternoon " }));
      store.logQuestion(question(now - 7 * DAY - 1, { text: "in the first day's afternoon" }));
      store.logQuestion(question(now - 7 * DAY - 1, { text: "in the first day's morning" }));
      store.logQuestion(question(now - DAY, { text: "a whole day" }));
      await store.settle(5_000);
      expect((await store.stats({ guildId: "g1", days: 7 })).topQuestions).toEqual([
        { text: "IN the first day's afternoon ", count: 2 },
        { text: "a whole day", count: 1 },
      ]);
    });

    it("lists no private question and only the viewer's channel's questions when asked for a channel", async () => {
      const store = await (await kind.place()).open();
      store.logQuestion(question(Date.now(), { text: "here", declined: true, declineReason: "off_topic" }));
      store.logQuestion(question(Date.now(), { text: "secret", private: true, declined: true, declineReason: "x" }));
      store.logQuestion(
        question(Date.now(), { text: "elsewhere", channelId: "c2", declined: true, declineReason: "x" }),
      );
      await store.settle(5_000);
      const stats = await store.stats({ guildId: "g1", days: 7, listedIn: { channelId: "c1" } });
      expect(stats.questions).toBe(3);
      expect(stats.topQuestions.map((q) => q.text)).toEqual(["here"]);
      expect(stats.toImprove.map((q) => q.text)).toEqual(["here"]);
    });

    it("stops counting a question among the most asked once the purge removes it", async () => {
      let now = Date.now();
      const place = await kind.place();
      const store = await place.open({ retentionDays: 1, now: () => now });
      store.logQuestion(question(now - 2 * DAY, { text: "old" }));
      store.logQuestion(question(now, { text: "old" }));
      await store.settle(5_000);
      await store.purge();
      expect((await store.stats({ guildId: "g1", days: 7 })).topQuestions).toEqual([{ text: "old", count: 1 }]);
      now += 2 * DAY;
      await store.purge();
      expect((await store.stats({ guildId: "g1", days: 7 })).topQuestions).toEqual([]);
      expect(await place.count("question_days")).toBe(0);
    });
  });

  describe("follow-up conversations", () => {
    it("keeps the turn an answer can be followed up from, and the conversation it continues", async () => {
      const store = await (await kind.place()).open();
      await store.putAnswer(answer({ turn: turn(1), conversationId: "answer:9" }));
      expect(await store.answer("111")).toMatchObject({ turn: turn(1), conversationId: "answer:9" });
    });

    it("starts a conversation with the questions it follows from, then adds each new one, oldest first", async () => {
      const store = await (await kind.place()).open();
      store.openConversation("thread-1", "thread", "g1", [turn(1)]);
      store.addTurn("thread-1", turn(2));
      await store.settle(5_000);
      expect(await store.conversation("thread-1")).toEqual([turn(1), turn(2)]);
    });

    it("keeps a conversation as it was when it is opened again (a second press, a restart)", async () => {
      const store = await (await kind.place()).open();
      store.openConversation("thread-1", "thread", "g1", [turn(1)]);
      await store.settle(5_000);
      store.openConversation("thread-1", "thread", "g1", [turn(7)]);
      await store.settle(5_000);
      expect(await store.conversation("thread-1")).toEqual([turn(1)]);
    });

    it("knows no conversation it never opened", async () => {
      const store = await (await kind.place()).open();
      expect(await store.conversation("someone-elses-thread")).toBeNull();
    });

    it("keeps a conversation's newest eight questions", async () => {
      const store = await (await kind.place()).open();
      store.openConversation("thread-1", "thread", "g1", [turn(0)]);
      for (let n = 1; n <= 10; n++) store.addTurn("thread-1", turn(n));
      await store.settle(5_000);
      expect((await store.conversation("thread-1"))?.map((t) => t.question)).toEqual(
        [3, 4, 5, 6, 7, 8, 9, 10].map((n) => `q${n}?`),
      );
    });

    it("keeps a conversation across a restart", async () => {
      const place = await kind.place();
      const first = await place.open();
      first.openConversation("thread-1", "thread", "g1", [turn(1)]);
      await first.settle(5_000);
      await first.close();
      expect(await (await place.open()).conversation("thread-1")).toEqual([turn(1)]);
    });

    it("purges a conversation a day after its last question when the retention keeps no questions", async () => {
      let now = Date.now();
      const place = await kind.place();
      const store = await place.open({ retentionDays: 0, now: () => now });
      store.openConversation("thread-1", "thread", "g1", [turn(1)]);
      await store.settle(5_000);
      now += DAY / 2;
      expect((await store.purge()).conversations).toBe(0);
      now += DAY;
      expect((await store.purge()).conversations).toBe(1);
      expect(await store.conversation("thread-1")).toBeNull();
      expect(await place.count("turns")).toBe(0);
    });

    it("keeps a conversation for the retention after its last question", async () => {
      let now = Date.now();
      const store = await (await kind.place()).open({ retentionDays: 30, now: () => now });
      store.openConversation("thread-1", "thread", "g1", [turn(1)]);
      await store.settle(5_000);
      now += 20 * DAY;
      store.addTurn("thread-1", turn(2));
      await store.settle(5_000);
      now += 20 * DAY;
      await store.purge();
      expect(await store.conversation("thread-1")).toHaveLength(2);
    });
  });
});
