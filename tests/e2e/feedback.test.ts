import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine, openRecords } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import type { Engine } from "../../src/engine/engine.js";
import { createLogger } from "../../src/log.js";
import { openDatabase, SqliteStore } from "../../src/store/index.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  MANAGER_PERMISSIONS,
  modalSubmitInteraction,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { pressablesOf, visibleText } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
const EPHEMERAL = 64;
/** The callback type of a deferred reply (DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE), filled in later by an edit. */
const DEFERRED = 5;
const MODAL = 9;

let discord: DiscordStandIn;
let engine: Engine;
const logs: string[] = [];
const log = createLogger({ level: "debug", destination: { write: (line: string) => logs.push(line) } });
let nextUser = 300_000_000_000_000_000n;
const newUser = () => String(nextUser++);

/** A bot with its own empty DATA_DIR (or the one given, to restart on it). */
async function startWithData(dataDir = mkdtempSync(join(tmpdir(), "storybot-data-"))) {
  const config = loadConfig({
    DISCORD_TOKEN: "test-token-feedback",
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    DATA_DIR: dataDir,
  });
  const records = (await openRecords(config, log)) as SqliteStore;
  const bot = await startBot({ commands, config, engine, log, records, handleSignals: false });
  return { bot, records, dataDir };
}

let running: Array<{ bot: Bot; records: SqliteStore }> = [];

beforeAll(async () => {
  discord = await startDiscordStandIn();
  const config = loadConfig({ KNOWLEDGE_DIR: FIXTURE });
  engine = await buildEngine(config, log);
});

afterAll(async () => {
  for (const { bot, records } of running) {
    await bot.stop();
    records.close();
  }
  await discord?.close();
});

/** Starts a bot on the stand-in, stopping any other first: every session would receive each interaction. */
async function started(dataDir?: string) {
  for (const run of running) await stop(run);
  const run = await startWithData(dataDir);
  running.push(run);
  return run;
}

async function stop(run: { bot: Bot; records: SqliteStore }) {
  await run.bot.stop();
  await run.records.close();
  running = running.filter((r) => r !== run);
}

/** Polls until `done` holds, for at most 10 s: no fixed sleeps. */
async function until(done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error("condition not met within 10 s");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Sends an interaction and waits for its first response; `then` waits for the follow-up or edit after it too. */
async function interact(input: Parameters<DiscordStandIn["sendInteraction"]>[0], userId: string) {
  const { id, token } = discord.sendInteraction({ userId, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
  );
  return { first: first!, id, token };
}

/**
 * What a reply finally says: its first response, or what fills in a deferred one (the edit of the deferral, or, for
 * a private reply, the private follow-up that replaces it). A command not done within 1.5 s is deferred first, and
 * reading /stats has taken that long on a loaded machine.
 */
async function finalData(sent: { first: RecordedRequest; token: string }) {
  if (sent.first.body.type !== DEFERRED) return sent.first.body.data;
  const webhook = `/v10/webhooks/${discord.applicationId}/${sent.token}`;
  const [filled] = await discord.waitForRequests(
    (r) =>
      (r.method === "PATCH" && r.path === `${webhook}/messages/@original`) ||
      (r.method === "POST" && r.path === webhook),
  );
  return filled!.body;
}

async function followUpOf(token: string): Promise<RecordedRequest> {
  const [note] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/webhooks/${discord.applicationId}/${token}`,
  );
  return note!;
}

const ask = (question: string, userId: string) =>
  interact(chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }]), userId);

const buttonsOf = (res: RecordedRequest): Array<{ custom_id: string; label?: string; emoji?: { name: string } }> =>
  pressablesOf(res.body.data) as never;

describe("feedback on answers", () => {
  beforeAll(async () => {
    await started();
  });

  it("puts 👍 and 👎 under an answer, with the answer's id in their custom ids", async () => {
    const { first, id } = await ask("how many H800 GPUs were used?", newUser());
    const buttons = buttonsOf(first);
    expect(buttons.map((b) => b.emoji?.name ?? b.label)).toEqual([
      "More excerpts",
      "Sources",
      "Ask a follow-up",
      "👍",
      "👎",
    ]);
    expect(buttons.slice(3).map((b) => b.custom_id)).toEqual([`vote:${id}:up`, `vote:${id}:down`]);
  });

  it("puts no votes under a decline", async () => {
    const { first } = await ask("who won the football world cup?", newUser());
    expect(JSON.stringify(first.body.data.components ?? [])).not.toContain("vote:");
  });

  it("records a 👍, says so privately, and says when a second press changes it", async () => {
    const voter = newUser();
    const { id } = await ask("how many H800 GPUs were used?", newUser());
    const up = await interact(buttonInteraction(`vote:${id}:up`), voter);
    expect(up.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(up.first.body.data.content).toBe("Recorded your 👍 for this answer. Thank you.");
    const down = await interact(buttonInteraction(`vote:${id}:down`), voter);
    expect(down.first.body.type).toBe(MODAL);
    expect(down.first.body.data.title).toBe("Changed to 👎. What was wrong?");
  });

  it("opens the optional 'What was wrong?' modal on 👎 and keeps the note with the vote", async () => {
    const voter = newUser();
    const { id } = await ask("how many H800 GPUs were used?", newUser());
    const down = await interact(buttonInteraction(`vote:${id}:down`), voter);
    expect(down.first.body.data).toMatchObject({ custom_id: `why:${id}`, title: "👎 recorded. What was wrong?" });
    expect(JSON.stringify(down.first.body.data.components)).toContain('"max_length":300');
    const sent = await interact(modalSubmitInteraction(`why:${id}`, { reason: "the GPU count is out of date" }), voter);
    expect(sent.first.body.data.content).toMatch(/Recorded your 👎 and your note/);
    expect(sent.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it("answers two presses from one user at once, each saying what it recorded", async () => {
    const voter = newUser();
    const { id } = await ask("how many H800 GPUs were used?", newUser());
    const [a, b] = await Promise.all([
      interact(buttonInteraction(`vote:${id}:up`), voter),
      interact(buttonInteraction(`vote:${id}:up`), voter),
    ]);
    expect([a.first.body.data.content, b.first.body.data.content].sort()).toEqual([
      "Recorded your 👍 for this answer. Thank you.",
      "Recorded your 👍 for this answer. Thank you.",
    ]);
  });

  it("disables the votes of an unknown answer and says privately that it expired", async () => {
    const rows = [
      {
        type: 1,
        components: [
          { type: 2, style: 2, custom_id: "vote:1234567890123456789:up", emoji: { name: "👍" } },
          { type: 2, style: 2, custom_id: "vote:1234567890123456789:down", emoji: { name: "👎" } },
        ],
      },
    ];
    const { first, token } = await interact(
      buttonInteraction("vote:1234567890123456789:up", undefined, { message: { components: rows } }),
      newUser(),
    );
    expect(first.body.type).toBe(7);
    expect(pressablesOf(first.body.data).every((c) => c.disabled)).toBe(true);
    expect((await followUpOf(token)).body.content).toMatch(/expired/);
  });
});

describe("/stats", () => {
  beforeAll(async () => {
    await started();
  });

  it("refuses privately from a DM, saying to use it in a server", async () => {
    const { first } = await interact({ ...chatInputInteraction("stats"), dm: true }, newUser());
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(first.body.data.content).toMatch(/use it in that server/);
  });

  it("says recording is off when the database stops taking writes, while answers go on", async () => {
    const { records } = await started();
    records.db.pragma("query_only = ON");
    const before = logs.filter((l) => l.includes('"recording_off"')).length;
    for (let i = 0; i < 2; i++) {
      const { first } = await ask("how many H800 GPUs were used?", newUser());
      expect(visibleText(first.body.data)).toContain("2,048 H800");
    }
    await until(() => !records.recording);
    await running[0]!.bot.idle();
    expect(logs.filter((l) => l.includes('"recording_off"')).length - before).toBe(1);
    const stats = await interact(
      chatInputInteraction("stats", [], { memberPermissions: MANAGER_PERMISSIONS }),
      newUser(),
    );
    expect(visibleText(await finalData(stats))).toMatch(/Recording is off/);
    records.db.pragma("query_only = OFF");
  });
});

describe("retention", () => {
  it("purges questions past LOG_RETENTION_DAYS when the bot starts", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "storybot-data-"));
    const old = new SqliteStore(openDatabase(dataDir), { retentionDays: 30 });
    const entry = { answerId: null, command: "ask", declined: false, declineReason: null, mode: "extractive" };
    const common = { ...entry, latencyMs: 5, docs: [], guildId: discord.guildId, channelId: "1" };
    old.logQuestion({ ...common, text: "asked long ago", at: Date.now() - 31 * 86_400_000 });
    old.logQuestion({ ...common, text: "asked today", at: Date.now() });
    await old.close();
    const { records } = await started(dataDir);
    // The purge runs a moment after login, in batches: wait (bounded) for it to have run.
    const kept = () => records.db.prepare("SELECT text FROM questions").all();
    await until(() => kept().length === 1);
    expect(kept()).toEqual([{ text: "asked today" }]);
  });
});

describe("after a restart", () => {
  it("keeps the question log and votes for /stats, and More excerpts still answers", async () => {
    const first = await started();
    const asked = await ask("what did training cost and what does it leave out?", newUser());
    await interact(buttonInteraction(`vote:${asked.id}:up`), newUser());
    const downVoter = newUser();
    await interact(buttonInteraction(`vote:${asked.id}:down`), downVoter);
    await interact(modalSubmitInteraction(`why:${asked.id}`, { reason: "misses the hardware cost" }), downVoter);
    const moreId = buttonsOf(asked.first)[0]!.custom_id;
    await stop(first);

    await started(first.dataDir);
    const more = await interact(buttonInteraction(moreId), newUser());
    expect(visibleText(more.first.body.data).split("\n")[0]).toBe("More excerpts");
    const stats = await interact(
      chatInputInteraction("stats", [], { memberPermissions: MANAGER_PERMISSIONS }),
      newUser(),
    );
    const reply = await finalData(stats);
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    const shown = visibleText(reply);
    expect(shown).toContain("Questions: 1 · Declined: 0");
    expect(shown).toContain("👍 1 · 👎 1");
    expect(shown).toContain("misses the hardware cost");
  });

  it("logs one JSON line per interaction with its command, guild, latency, mode, outcome and answer id", async () => {
    await started();
    const { id } = await ask("how many H800 GPUs were used?", newUser());
    await running[0]!.bot.idle();
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.event === "interaction" && l.answerId === id);
    expect(line).toMatchObject({ command: "ask", guildId: discord.guildId, mode: "extractive", outcome: "answered" });
    expect(line.latencyMs).toBeGreaterThanOrEqual(0);
  });
});
