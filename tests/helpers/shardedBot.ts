import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { built } from "./built.js";

const ROOT = new URL("../..", import.meta.url).pathname;

/** One log line of the manager or of a shard (they share its stderr): pino's JSON, `event` naming it. */
export type LogLine = Record<string, unknown> & { event: string };

export interface ShardedBot {
  child: ChildProcess;
  dataDir: string;
  /** Every log line so far, in order. */
  lines: LogLine[];
  /** The first line so far or to come with this event whose fields match (rejects after the timeout or on exit). */
  waitFor(event: string, match?: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Resolves when the manager exits. */
  exited: Promise<{ code: number | null; signal: string | null }>;
  /** All output so far, for failure messages. */
  output(): string;
}

/**
 * Starts `npm run start:sharded`'s entry point from the run's build (tests/globalSetup.ts), as that script does (plain
 * node on the built manager), with only the given variables on top of a clean environment and a fresh data folder
 * unless one is given.
 */
export function startShardedBot(env: Record<string, string>, opts: { ownProcessGroup?: boolean } = {}): ShardedBot {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(DISCORD_|OPENAI_|LOG_LEVEL|KNOWLEDGE_|CACHE_DIR|DATA_DIR|LOG_RETENTION_DAYS|ASK_|SHUTDOWN_|ANSWER_|LLM_|SHARD|STORYBOT_)/.test(
          k,
        ),
    ),
  );
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "storybot-shards-"));
  const child = spawn(process.execPath, [built("src/shard/main.ts")], {
    cwd: ROOT,
    env: { ...clean, LOG_LEVEL: "info", ...env, DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
    // Leader of a group of its own, with its shards, so a test can signal the group as a supervisor does.
    detached: opts.ownProcessGroup === true,
  });
  const lines: LogLine[] = [];
  let text = "";
  let partial = "";
  const listeners = new Set<() => void>();
  const read = (chunk: Buffer) => {
    text += chunk.toString();
    const parts = (partial + chunk.toString()).split("\n");
    partial = parts.pop() ?? "";
    for (const part of parts) {
      try {
        const line = JSON.parse(part) as LogLine;
        if (typeof line.event === "string") lines.push(line);
      } catch {
        // Not a log line (a one-line failure message, say): kept in output() only.
      }
    }
    for (const l of listeners) l();
  };
  child.stdout!.on("data", read);
  child.stderr!.on("data", read);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    dataDir,
    lines,
    output: () => text,
    exited,
    waitFor(event, match = () => true, timeoutMs = 30_000) {
      return new Promise<LogLine>((resolve, reject) => {
        const check = () => {
          const found = lines.find((l) => l.event === event && match(l));
          if (found) done(() => resolve(found));
        };
        const timer = setTimeout(
          () => done(() => reject(new Error(`never logged ${event}; output:\n${text.slice(-4000)}`))),
          timeoutMs,
        );
        const onExit = () =>
          done(() => reject(new Error(`exited before logging ${event}; output:\n${text.slice(-4000)}`)));
        const done = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off("exit", onExit);
          settle();
        };
        listeners.add(check);
        child.once("exit", onExit);
        check();
      });
    },
  };
}
