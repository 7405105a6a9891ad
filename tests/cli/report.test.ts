import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseReportArgs } from "../../src/cli/reportArgs.js";
import { writeExport } from "../../src/cli/reportExport.js";
import { openDatabase, SqliteStore } from "../../src/store/index.js";
import { runEntryPoint } from "../helpers/entryPoint.js";

let dataDir: string;

/** A data folder with one answer, one vote and a question whose text would be a formula, written by a store. */
function dataWithOneVote(): string {
  const dir = mkdtempSync(join(tmpdir(), "storybot-data-"));
  const store = new SqliteStore(openDatabase(dir), { retentionDays: 30 });
  const at = Date.now();
  void store.putAnswer({
    id: "1",
    command: "ask",
    question: "q?",
    mode: "extractive",
    docs: [],
    guildId: "g",
    channelId: "c",
    at,
    more: null,
  });
  void store.vote("1", "u", "up");
  const common = {
    answerId: null,
    command: "ask",
    declined: false,
    declineReason: null,
    mode: "extractive",
    latencyMs: 5,
  };
  store.logQuestion({ ...common, text: "\t=HYPERLINK(1)", docs: [], guildId: "g", channelId: "c", at });
  void store.close();
  return dir;
}

const report = (args: string[], dir = dataDir) =>
  runEntryPoint("src/cli/report.ts", { DATA_DIR: dir }, { args }).exited;

beforeAll(() => {
  dataDir = dataWithOneVote();
});

describe("npm run report --export", () => {
  it("refuses to overwrite an existing file without --force, and leaves it as it was", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "storybot-out-")), "export.csv");
    writeFileSync(out, "keep me");
    const { code, stderr } = await report(["--export", out]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/already exists; add --force/);
    expect(readFileSync(out, "utf8")).toBe("keep me");
  });
});

// The other path problems, in the words the process above prints for one of them (writeExport's error is what
// reaches stderr): checked on writeExport itself, without a process each.
describe("the export file of npm run report", () => {
  const outDir = () => mkdtempSync(join(tmpdir(), "storybot-out-"));
  const refusal = (path: string) => {
    try {
      writeExport(path, "record,at\r\n", false);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`writeExport wrote ${path}`);
  };

  it("overwrites an existing file with --force", () => {
    const out = join(outDir(), "export.csv");
    writeFileSync(out, "old");
    writeExport(out, "record,at\r\n", true);
    expect(readFileSync(out, "utf8")).toBe("record,at\r\n");
  });

  it("says in words that the path is a folder", () => {
    const message = refusal(outDir());
    expect(message).toMatch(/it is a folder/);
    expect(message).not.toMatch(/EISDIR/);
  });

  it("says in words that the folder does not exist", () => {
    expect(refusal(join(tmpdir(), "no-such-folder-23", "x.csv"))).toMatch(/its folder does not exist/);
  });
});

// A bad --days or --export value is refused by parseReportArgs before anything is read or written; the process
// printing such a refusal with the usage and exiting 1 is checked in tests/e2e/restart.test.ts.
describe("npm run report's arguments", () => {
  it.each([["0x10"], ["1e3"], ["7.0"]])("refuses %s for --days: decimal whole numbers only", (days) => {
    expect(() => parseReportArgs(["--days", days])).toThrow(/--days must be a whole number/);
  });

  it.each([["-"], ["--json"]])("refuses %s as an export file name", (name) => {
    expect(() => parseReportArgs(["--export", name])).toThrow(/--export needs a file name, not/);
  });
});

describe("npm run report on a backup", () => {
  it("reads a database in a folder it may not write to", async () => {
    const dir = dataWithOneVote();
    const copy = join(mkdtempSync(join(tmpdir(), "storybot-backup-")), "data");
    mkdirSync(copy);
    writeFileSync(join(copy, "storybot.db"), readFileSync(join(dir, "storybot.db")));
    chmodSync(join(copy, "storybot.db"), 0o444);
    chmodSync(copy, 0o555);
    try {
      const { code, stdout, stderr } = await report(["--json"], copy);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ up: 1 });
      // Nothing was written beside it, not even the WAL's index.
      expect(existsSync(join(copy, "storybot.db-shm"))).toBe(false);
    } finally {
      chmodSync(copy, 0o755);
    }
  });
});

/** npm run report on an empty data folder, run once and read by the cases below. */
let empty: ReturnType<typeof report> | undefined;
const withoutDatabase = () => (empty ??= report([], mkdtempSync(join(tmpdir(), "storybot-empty-"))));

describe("npm run report without a database", () => {
  it("says the console keeps nothing, rather than sending the reader to start it", async () => {
    const { code, stderr } = await withoutDatabase();
    expect(code).toBe(1);
    expect(stderr).toMatch(/The console \(npm start without DISCORD_TOKEN\) and npm run ask keep nothing/);
    expect(stderr).not.toMatch(/start the bot with npm start/);
  });

  it("says where the figures come from: a bot run with DISCORD_TOKEN keeps them in its DATA_DIR", async () => {
    const { stderr } = await withoutDatabase();
    expect(stderr).toMatch(
      /only the bot running in Discord, with DISCORD_TOKEN set, records questions and votes, in its DATA_DIR/,
    );
  });
});
