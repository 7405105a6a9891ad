import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFailure } from "../../src/runMain.js";
import { lockDataDir, openDatabase, SqliteStore } from "../../src/store/index.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  MANAGER_PERMISSIONS,
  modalSubmitInteraction,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { type Run, runEntryPoint } from "../helpers/entryPoint.js";
import { pressablesOf, visibleText } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
const BURST = 40;

let discord: DiscordStandIn;
const dataDir = mkdtempSync(join(tmpdir(), "storybot-data-"));
const children: Run[] = [];
let nextUser = 400_000_000_000_000_000n;
const newUser = () => String(nextUser++);

/** The real entry point, as `npm start` runs it, against the stand-in; resolves once it says it is ready. */
async function startBotProcess(): Promise<Run> {
  const run = runEntryPoint(
    "src/main.ts",
    {
      DISCORD_TOKEN: "test-token-restart",
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: FIXTURE,
      DATA_DIR: dataDir,
      BUTTON_CLICKS_PER_MINUTE: "0",
      ASK_COOLDOWN_PER_MINUTE: "0",
    },
    { timeoutMs: 60_000 },
  );
  children.push(run);
  await run.printed(/"event":"ready"/, 30_000);
  return run;
}

async function interact(input: Parameters<DiscordStandIn["sendInteraction"]>[0], userId = newUser()) {
  const { id, token } = discord.sendInteraction({ userId, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
    1,
    15_000,
  );
  return { first: first!, id, token };
}

/** The edit of a deferred first response: what it finally says. */
async function editOf(token: string): Promise<RecordedRequest> {
  const [edit] = await discord.waitForRequests(
    (r) => r.method === "PATCH" && r.path === `/v10/webhooks/${discord.applicationId}/${token}/messages/@original`,
    1,
    15_000,
  );
  return edit!;
}

beforeAll(async () => {
  discord = await startDiscordStandIn();
});

afterAll(async () => {
  for (const run of children) if (run.child.exitCode === null) run.child.kill("SIGKILL");
  await discord?.close();
});

const ask = (question: string, extra: Partial<InteractionInput> = {}) =>
  interact(chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }], extra));

describe("a bot killed during a burst of votes, then started again", () => {
  it("keeps every acknowledged vote and the follow-up thread, reopens cleanly, and /stats, npm run report and More excerpts agree after", async () => {
    const first = await startBotProcess();
    const asked = await ask("what did training cost and what does it leave out?");
    // A follow-up thread, whose second question names nothing and is answered from the first.
    const h800 = await ask("what is the h800?");
    const threadId = "700000000000000001";
    const opened = await interact(buttonInteraction(`followup:${h800.id}`, threadId));
    expect((await editOf(opened.token)).body.content).toContain(`<#${threadId}>`);
    const inThread = await ask("how many were used?", { threadId });
    expect(visibleText(inThread.first.body.data)).toContain("2,048 H800 GPUs");

    const moreId = pressablesOf(asked.first.body.data)[0]!.custom_id as string;
    const critic = newUser();
    await interact(buttonInteraction(`vote:${asked.id}:down`), critic);
    await interact(modalSubmitInteraction(`why:${asked.id}`, { reason: "leaves out the hardware" }), critic);

    // A burst of 👍, each from its own user; the bot is killed the moment the last is acknowledged.
    const acknowledged = await Promise.all(
      Array.from({ length: BURST }, () => interact(buttonInteraction(`vote:${asked.id}:up`))),
    );
    first.child.kill("SIGKILL");
    const exit = await first.exited;
    expect(exit.stderr).toContain("[killed by SIGKILL]");
    expect(acknowledged.every((a) => /Recorded your 👍/.test(a.first.body.data.content))).toBe(true);

    const db = new Database(join(dataDir, "storybot.db"));
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.prepare("SELECT vote, COUNT(*) AS n FROM votes GROUP BY vote ORDER BY vote").all()).toEqual([
      { vote: "down", n: 1 },
      { vote: "up", n: BURST },
    ]);
    db.close();

    await startBotProcess();
    const more = await interact(buttonInteraction(moreId));
    expect(visibleText(more.first.body.data).split("\n")[0]).toBe("More excerpts");
    const stats = visibleText(
      (await interact(chatInputInteraction("stats", [], { memberPermissions: MANAGER_PERMISSIONS }))).first.body.data,
    );
    expect(stats).toContain("Questions: 3 · Declined: 0");
    expect(stats).toContain(`👍 ${BURST} · 👎 1`);
    expect(stats).toContain("leaves out the hardware");

    const report = await runEntryPoint("src/cli/report.ts", { DATA_DIR: dataDir }, { args: ["--json"] }).exited;
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ questions: 3, declined: 0, up: BURST, down: 1 });
    const text = await runEntryPoint("src/cli/report.ts", { DATA_DIR: dataDir }).exited;
    expect(text.stdout).toContain(`👍 ${BURST} · 👎 1`);

    // The thread still has its context: a question naming nothing is read with the ones before it.
    const after = await ask("how many were used?", { threadId });
    expect(visibleText(after.first.body.data)).toContain("2,048 H800 GPUs");
    expect(visibleText(after.first.body.data)).toContain("Read as a follow-up about h800");
  }, 90_000);
});

// The lock src/main.ts takes first, and the line runMain prints for its failure, in this process: that main takes
// it is the process case at the end of this file, and that such a line reaches stderr alone is startup.test.ts's.
describe("the data folder at start", () => {
  it("stops with one clear line naming the folder when DATA_DIR cannot be written", () => {
    const file = join(mkdtempSync(join(tmpdir(), "storybot-")), "not-a-folder");
    writeFileSync(file, "");
    let failure: unknown = null;
    try {
      lockDataDir(join(file, "data"))();
    } catch (error) {
      failure = error;
    }
    const line = describeFailure(failure, () => null);
    expect(line).toMatch(/^DATA_DIR: storybot cannot write to the folder ".*not-a-folder\/data"/);
    expect(line).not.toContain("\n");
  });
});

describe("npm run report", () => {
  it("names a bad argument with the usage", async () => {
    const { code, stderr } = await runEntryPoint("src/cli/report.ts", {}, { args: ["--days", "soon"] }).exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/--days must be a whole number .*Usage: npm run report/);
  });

  it("exports the questions and votes as CSV", async () => {
    const dir = mkdtempSync(join(tmpdir(), "storybot-data-"));
    const store = new SqliteStore(openDatabase(dir), { retentionDays: 30 });
    void store.putAnswer({
      id: "1",
      command: "ask",
      question: "q?",
      mode: "extractive",
      docs: [],
      guildId: "g",
      channelId: "c",
      at: Date.now(),
      more: null,
    });
    void store.vote("1", "u", "up");
    void store.close();
    const out = join(dir, "export.csv");
    const { code } = await runEntryPoint("src/cli/report.ts", { DATA_DIR: dir }, { args: ["--export", out] }).exited;
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^record,at,.*\r\nvote,/);
  });
});

describe("a second bot on the same data folder", () => {
  it("refuses to start with one line naming the folder and the process that holds it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "storybot-data-"));
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    try {
      writeFileSync(join(dir, "storybot.pid"), `${other.pid}\n`);
      const { code, stderr } = await runEntryPoint("src/main.ts", {
        DISCORD_TOKEN: "test-token-restart",
        DISCORD_API_URL: "http://127.0.0.1:9/api",
        KNOWLEDGE_DIR: FIXTURE,
        DATA_DIR: dir,
      }).exited;
      expect(code).toBe(1);
      expect(stderr.trim().split("\n")).toEqual([
        `DATA_DIR "${dir}" is in use by another storybot (process ${other.pid}): run one bot per folder, or use Postgres to run several.`,
      ]);
    } finally {
      other.kill();
    }
  });
});
