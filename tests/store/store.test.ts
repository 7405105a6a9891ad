import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StorageError } from "../../src/errors.js";
import { type AnswerRecord, BUTTON_LIFE_MS, exportCsv, openDatabase, SqliteStore } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/migrations.js";

const DAY = 86_400_000;
const freshDir = () => mkdtempSync(join(tmpdir(), "storybot-data-"));

function storeAt(dir = freshDir(), options: { retentionDays?: number; now?: () => number } = {}) {
  return new SqliteStore(openDatabase(dir), { retentionDays: options.retentionDays ?? 30, now: options.now });
}

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

describe("the data folder", () => {
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
});

describe("votes", () => {
  it("keeps one vote per user per answer: pressing again changes it and says what it replaced", () => {
    const store = storeAt();
    void store.putAnswer(answer());
    expect(store.vote("111", "u1", "up")).toEqual({ kind: "recorded", vote: "up", previous: null });
    expect(store.vote("111", "u1", "down")).toEqual({ kind: "recorded", vote: "down", previous: "up" });
    expect(store.stats({ guildId: "g1", days: 7 })).toMatchObject({ up: 0, down: 1 });
  });

  it("never stores the raw user id, only a salted hash that is the same across restarts", () => {
    const dir = freshDir();
    const first = storeAt(dir);
    void first.putAnswer(answer());
    first.vote("111", "123456789012345678", "up");
    const hash = (first.db.prepare("SELECT user_hash FROM votes").get() as { user_hash: string }).user_hash;
    expect(hash).not.toContain("123456789012345678");
    first.close();
    const again = storeAt(dir);
    expect(again.vote("111", "123456789012345678", "down")).toMatchObject({ previous: "up" });
  });

  it("refuses a vote on an answer it does not know", () => {
    expect(storeAt().vote("nope", "u1", "up")).toEqual({ kind: "unknown" });
  });

  it("keeps the note of a 👎, and drops it when the vote becomes 👍", () => {
    const store = storeAt();
    void store.putAnswer(answer());
    store.vote("111", "u1", "down");
    expect(store.explainDownvote("111", "u1", "it quoted the wrong figure")).toBe("noted");
    expect(store.stats({ guildId: null, days: 7 }).toImprove[0]?.why).toBe("👎: it quoted the wrong figure");
    store.vote("111", "u1", "up");
    expect(store.explainDownvote("111", "u1", "late note")).toBe("no_vote");
  });
});

describe("More excerpts kept for their buttons", () => {
  it("answers for a day after the answer, then reads as expired", () => {
    let now = Date.now();
    const store = storeAt(freshDir(), { now: () => now });
    void store.putAnswer(answer({ at: now, more: '{"ephemeral":true}' }));
    now += BUTTON_LIFE_MS;
    expect(store.more("111")).toBe('{"ephemeral":true}');
    now += 1;
    expect(store.more("111")).toBeNull();
  });
});

describe("the question log and its retention", () => {
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

  it("purges questions and votes past the retention, keeping answers a day for their buttons", async () => {
    let now = Date.now();
    const store = storeAt(freshDir(), { retentionDays: 1, now: () => now });
    void store.putAnswer(answer({ at: now }));
    store.vote("111", "u1", "up");
    store.logQuestion(question(now));
    now += 2 * DAY;
    expect(await store.purge()).toMatchObject({ questions: 1, votes: 1, answers: 1, conversations: 0 });
  });

  it("keeps no questions when the retention is 0 days", () => {
    const store = storeAt(freshDir(), { retentionDays: 0 });
    store.logQuestion(question(Date.now()));
    expect(store.stats({ guildId: null, days: 7 }).questions).toBe(0);
  });

  it("counts one server's questions, declines by reason, median latency and top questions", () => {
    const store = storeAt();
    const now = Date.now();
    store.logQuestion(question(now, { latencyMs: 10 }));
    store.logQuestion(question(now, { text: "Who made it? ", latencyMs: 30 }));
    store.logQuestion(question(now, { text: "weather?", declined: true, declineReason: "off_topic", latencyMs: 20 }));
    store.logQuestion(question(now, { guildId: "other" }));
    store.logQuestion(question(now - 8 * DAY));
    expect(store.stats({ guildId: "g1", days: 7 })).toMatchObject({
      questions: 3,
      declined: 1,
      declinesByReason: [{ reason: "off_topic", count: 1 }],
      medianLatencyMs: 20,
      topQuestions: [{ count: 2 }, { text: "weather?", count: 1 }],
      toImprove: [{ text: "weather?", why: "declined: off_topic" }],
    });
    expect(store.stats({ guildId: null, days: 7 }).questions).toBe(4);
  });

  it("counts the most asked questions over whole days and the part of the first day in the period", () => {
    // Noon, so that 7 days back falls in the middle of a day: that day's afternoon is in the period, its morning not.
    const now = Math.floor(Date.now() / DAY) * DAY + DAY / 2;
    const store = storeAt(freshDir(), { now: () => now });
    store.logQuestion(question(now - 7 * DAY + 1, { text: "in the first day's afternoon" }));
    store.logQuestion(question(now - 7 * DAY + 2, { text: "IN the first day's afternoon " }));
    store.logQuestion(question(now - 7 * DAY - 1, { text: "in the first day's afternoon" }));
    store.logQuestion(question(now - 7 * DAY - 1, { text: "in the first day's morning" }));
    store.logQuestion(question(now - DAY, { text: "a whole day" }));
    expect(store.stats({ guildId: "g1", days: 7 }).topQuestions).toEqual([
      { text: "IN the first day's afternoon ", count: 2 },
      { text: "a whole day", count: 1 },
    ]);
  });

  it("stops counting a question among the most asked once the purge removes it", async () => {
    let now = Date.now();
    const store = storeAt(freshDir(), { retentionDays: 1, now: () => now });
    store.logQuestion(question(now - 2 * DAY, { text: "old" }));
    store.logQuestion(question(now, { text: "old" }));
    await store.purge();
    expect(store.stats({ guildId: "g1", days: 7 }).topQuestions).toEqual([{ text: "old", count: 1 }]);
    now += 2 * DAY;
    await store.purge();
    expect(store.stats({ guildId: "g1", days: 7 }).topQuestions).toEqual([]);
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM question_days").get()).toEqual({ n: 0 });
  });

  it("exports questions and votes as CSV, defusing spreadsheet formulas and leaving voters out", () => {
    const store = storeAt();
    void store.putAnswer(answer());
    store.vote("111", "u1", "down");
    store.logQuestion(question(Date.now(), { text: '=HYPERLINK("x")' }));
    const csv = exportCsv(store.db);
    expect(csv.split("\r\n")[0]).toMatch(/^record,at,guild_id/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toMatch(/\r\nvote,.*,down,/);
    expect(csv).not.toMatch(/u1|user_hash/);
  });
});

describe("a database that stops taking writes", () => {
  it("keeps serving, reports recording off once, and back on when writes work again", async () => {
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
});

describe("follow-up conversations", () => {
  const turn = (n: number) => ({ question: `q${n}?`, subject: ["h800"], answer: `a${n}` });

  it("keeps the turn an answer can be followed up from, and the conversation it continues", () => {
    const store = storeAt();
    void store.putAnswer(answer({ turn: turn(1), conversationId: "answer:9" }));
    expect(store.answer("111")).toMatchObject({ turn: turn(1), conversationId: "answer:9" });
  });

  it("starts a conversation with the questions it follows from, then adds each new one, oldest first", () => {
    const store = storeAt();
    store.openConversation("thread-1", "thread", "g1", [turn(1)]);
    store.addTurn("thread-1", turn(2));
    expect(store.conversation("thread-1")).toEqual([turn(1), turn(2)]);
  });

  it("keeps a conversation as it was when it is opened again (a second press, a restart)", () => {
    const store = storeAt();
    store.openConversation("thread-1", "thread", "g1", [turn(1)]);
    store.openConversation("thread-1", "thread", "g1", [turn(7)]);
    expect(store.conversation("thread-1")).toEqual([turn(1)]);
  });

  it("knows no conversation it never opened", () => {
    expect(storeAt().conversation("someone-elses-thread")).toBeNull();
  });

  it("keeps a conversation's newest eight questions", () => {
    const store = storeAt();
    store.openConversation("thread-1", "thread", "g1", [turn(0)]);
    for (let n = 1; n <= 10; n++) store.addTurn("thread-1", turn(n));
    expect(store.conversation("thread-1")?.map((t) => t.question)).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10].map((n) => `q${n}?`),
    );
  });

  it("keeps a conversation across a restart", () => {
    const dir = freshDir();
    const first = storeAt(dir);
    first.openConversation("thread-1", "thread", "g1", [turn(1)]);
    first.close();
    expect(storeAt(dir).conversation("thread-1")).toEqual([turn(1)]);
  });

  it("purges a conversation a day after its last question when the retention keeps no questions", async () => {
    let now = Date.now();
    const store = storeAt(freshDir(), { retentionDays: 0, now: () => now });
    store.openConversation("thread-1", "thread", "g1", [turn(1)]);
    now += DAY / 2;
    expect((await store.purge()).conversations).toBe(0);
    now += DAY;
    expect((await store.purge()).conversations).toBe(1);
    expect(store.conversation("thread-1")).toBeNull();
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM turns").get()).toEqual({ n: 0 });
  });

  it("keeps a conversation for the retention after its last question", async () => {
    let now = Date.now();
    const store = storeAt(freshDir(), { retentionDays: 30, now: () => now });
    store.openConversation("thread-1", "thread", "g1", [turn(1)]);
    now += 20 * DAY;
    store.addTurn("thread-1", turn(2));
    now += 20 * DAY;
    await store.purge();
    expect(store.conversation("thread-1")).toHaveLength(2);
  });

  it("brings a database from before follow-ups up to date, keeping its answers", () => {
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
    expect(store.answer("1")).toMatchObject({ question: "q?", turn: null, conversationId: null });
    expect(store.conversation("none")).toBeNull();
  });
});
