import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stats } from "../../commands/stats.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { recordOptions } from "../../src/discord/command.js";
import type { Engine } from "../../src/engine/engine.js";
import { knowledgeAdd } from "../../src/ingest/add.js";
import type { Logger } from "../../src/log.js";
import { reloadable } from "../../src/reload/reloader.js";
import { openDatabase, SqliteStore } from "../../src/store/index.js";
import { type FixtureSite, startFixtureSite } from "../helpers/fixtureSite.js";
import { knowledgeCopy, runCommand } from "../ingest/run.js";

const LANTERN = "what did DeepSeek's engineers call the Hangzhou warehouse with the spare boards?";
let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

/** A running engine on its own copy of the knowledge, reloadable from that folder, and what it logs. */
async function running(wrap: (engine: Engine) => Engine = (e) => e) {
  const dir = knowledgeCopy();
  const lines: Array<{ event: string; fields?: Record<string, unknown> }> = [];
  const log: Logger = (event, fields) => void lines.push({ event, fields });
  const build = () => buildEngine(loadConfig({ KNOWLEDGE_DIR: dir }), log);
  const live = reloadable(wrap(await build()), build, log);
  const addLantern = () =>
    runCommand(knowledgeAdd, [site.url("/article"), "--allow-private", "--id", "lantern"], {
      env: { KNOWLEDGE_DIR: dir },
    });
  return { ...live, dir, lines, addLantern };
}

const fromLantern = (answer: Awaited<ReturnType<Engine["answer"]>>) =>
  answer.excerpts.some((e) => e.docId === "lantern");

describe("reloading the knowledge of a running engine", () => {
  it("lets an answer in flight finish on the knowledge it started with", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const bot = await running((engine) => ({
      ...engine,
      answer: async (q, o) => {
        await gate;
        return engine.answer(q, o);
      },
    }));
    const inFlight = bot.engine.answer(LANTERN);
    await bot.addLantern();
    expect(await bot.reload("test")).toBe("reloaded");
    release();
    expect(fromLantern(await inFlight)).toBe(false);
    expect(fromLantern(await bot.engine.answer(LANTERN))).toBe(true);
  });

  it("empties the answer cache on a swap: a question answered before is answered afresh", async () => {
    const bot = await running();
    expect(fromLantern(await bot.engine.answer(LANTERN))).toBe(false);
    await bot.addLantern();
    await bot.reload("test");
    expect(fromLantern(await bot.engine.answer(LANTERN))).toBe(true);
  });

  it("keeps answering from the running knowledge when the folder is broken, and logs the file and line", async () => {
    const bot = await running();
    writeFileSync(join(bot.dir, "notes", "broken.md"), "---\nid: broken\ntitle: [unclosed\n---\nText.\n");
    expect(await bot.reload("test")).toBe("kept");
    expect(bot.lines.find((l) => l.event === "knowledge_reload_failed")?.fields).toMatchObject({
      file: expect.stringMatching(/notes\/broken\.md$/),
      line: 3,
    });
    expect((await bot.engine.answer("how many H800 GPUs were used?")).answer).toContain("2,048 H800 GPUs");
  });

  it("keeps a source edited by hand out of a reload, naming its content_hash line", async () => {
    const bot = await running();
    await bot.addLantern();
    const file = join(bot.dir, "sources", "lantern.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("312 spare", "400 spare"));
    expect(await bot.reload("test")).toBe("kept");
    expect(bot.lines.find((l) => l.event === "knowledge_reload_failed")?.fields).toMatchObject({
      file: expect.stringMatching(/sources\/lantern\.md$/),
      line: 11,
      problem: expect.stringMatching(/no longer matches what was fetched/),
    });
  });

  it("says in /stats that the last reload failed, naming the file and line", async () => {
    const bot = await running();
    writeFileSync(join(bot.dir, "notes", "broken.md"), "---\nid: broken\ntitle: [unclosed\n---\nText.\n");
    await bot.reload("test");
    const store = new SqliteStore(openDatabase(mkdtempSync(join(tmpdir(), "storybot-data-"))), { retentionDays: 30 });
    const reply = await stats.execute({
      engine: bot.engine,
      stats: store,
      guildId: "1",
      viewer: { channelId: "1", managesServer: true },
      options: recordOptions({}),
    });
    expect(reply.content).toMatch(/last reload of knowledge\/ failed \(1 problems; the first in .*broken\.md:3\)/);
  });

  it("clears the /stats notice once a reload succeeds again", async () => {
    const bot = await running();
    const broken = join(bot.dir, "notes", "broken.md");
    writeFileSync(broken, "---\nid: broken\ntitle: [unclosed\n---\nText.\n");
    await bot.reload("test");
    writeFileSync(
      broken,
      "---\nid: broken\ntitle: Fixed\nauthors: Us\npublished: 2025\nas_of: 2026-01-01\nurl: https://example.org/x\nkind: note\n---\nText.\n",
    );
    expect(await bot.reload("test")).toBe("reloaded");
    expect(bot.engine.staleKnowledge).toBeNull();
  });
});
