import { type ChildProcess, spawn } from "node:child_process";

const ROOT = new URL("../..", import.meta.url).pathname;

/** Another process holding a database's write lock, as an operator's sqlite3 session or a second bot would. */
export interface LockHolder {
  child: ChildProcess;
  /** Commits and exits; resolves once the process has gone. */
  release(): Promise<void>;
}

/**
 * Starts a child process that opens `file` with better-sqlite3, runs BEGIN IMMEDIATE (taking the write lock), and
 * holds it until told to let go on stdin. Resolves once the lock is taken.
 */
export async function holdWriteLock(file: string): Promise<LockHolder> {
  const code = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    process.stdin.once("data", () => { db.exec("COMMIT"); db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ["-e", code], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`the lock holder exited (${code}) before taking the lock`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    release: async () => {
      child.stdin!.write("go\n");
      await exited;
    },
  };
}
