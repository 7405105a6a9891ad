import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { readStats, type StatsQuery } from "./stats.js";

/**
 * /stats's reader: a read-only connection of its own, so counting 100k questions holds this thread, not the bot's
 * event loop (WAL lets it read while the bot writes). In: { id, query }. Out: { id, stats } or { id, failed }.
 */
const db = new Database((workerData as { file: string }).file, { readonly: true, fileMustExist: true });
parentPort!.on("message", ({ id, query }: { id: number; query: StatsQuery & { now: number } }) => {
  try {
    parentPort!.postMessage({ id, stats: readStats(db, query) });
  } catch (error) {
    parentPort!.postMessage({ id, failed: String(error).slice(0, 300) });
  }
});
