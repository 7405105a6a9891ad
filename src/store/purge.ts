import type { Database } from "better-sqlite3";

const DAY_MS = 86_400_000;
/** Rows per batch: a few milliseconds of work at most, so the event loop is never held for long. */
const BATCH = 200;
/** Pages given back per step of the incremental vacuum (4 KiB each). */
const VACUUM_PAGES = 256;

export interface PurgeCounts {
  questions: number;
  votes: number;
  answers: number;
  conversations: number;
  /** "More excerpts" replies and follow-up context dropped from answers past their buttons' day. */
  excerpts: number;
  /** Pages given back to the file system. */
  pages: number;
}

interface PurgeOptions {
  now: number;
  retentionDays: number;
  buttonLifeMs: number;
  batch?: number;
  /** Runs one batch through the store's write queue (so it waits for a lock rather than failing); false: dropped. */
  write: (work: () => void) => Promise<boolean>;
}

/**
 * Removes what is past its retention, one small batch per transaction, yielding to the event loop between them:
 * interactions are served while it runs. Answers stay at least a day so their buttons work, and a conversation as
 * long after its last question; past that day an answer keeps only what the log needs (its "More excerpts" reply
 * and follow-up context are dropped). Space freed is given back when the file allows it (auto_vacuum incremental).
 */
export async function purgeInBatches(db: Database, options: PurgeOptions): Promise<PurgeCounts> {
  const cutoff = options.now - options.retentionDays * DAY_MS;
  const buttons = options.now - options.buttonLifeMs;
  const kept = Math.min(cutoff, buttons);
  const size = options.batch ?? BATCH;
  const oldConversations = db.prepare("SELECT id FROM conversations WHERE at < ? LIMIT ?").pluck();
  const dropTurns = db.prepare("DELETE FROM turns WHERE conversation_id = ?");
  const dropConversation = db.prepare("DELETE FROM conversations WHERE id = ?");
  const batches = (n: number, one: () => number) => runBatches(options, n, one);
  const conversations = await batches(size, () =>
    db
      .transaction(() => {
        const ids = oldConversations.all(kept, size) as string[];
        for (const id of ids) {
          dropTurns.run(id);
          dropConversation.run(id);
        }
        return ids.length;
      })
      .immediate(),
  );
  const by = (sql: string, before: number) => {
    const statement = db.prepare(sql);
    return batches(size, () => statement.run(before, size).changes);
  };
  const counts: PurgeCounts = {
    conversations,
    questions: await by("DELETE FROM questions WHERE id IN (SELECT id FROM questions WHERE at < ? LIMIT ?)", cutoff),
    votes: await by("DELETE FROM votes WHERE rowid IN (SELECT rowid FROM votes WHERE at < ? LIMIT ?)", cutoff),
    answers: await by("DELETE FROM answers WHERE rowid IN (SELECT rowid FROM answers WHERE at < ? LIMIT ?)", kept),
    excerpts: await by(
      `UPDATE answers SET more = NULL, turn = NULL WHERE rowid IN
         (SELECT rowid FROM answers WHERE at < ? AND (more IS NOT NULL OR turn IS NOT NULL) LIMIT ?)`,
      buttons,
    ),
    pages: 0,
  };
  if (db.pragma("auto_vacuum", { simple: true }) === 2) {
    const free = () => db.pragma("freelist_count", { simple: true }) as number;
    counts.pages = await batches(VACUUM_PAGES, () => {
      const before = free();
      // exec, not a prepared statement: each step of the pragma frees one page, and exec runs them all.
      db.exec(`PRAGMA incremental_vacuum(${VACUUM_PAGES})`);
      return before - free();
    });
  }
  return counts;
}

/** Runs `one` until it does less than a full batch (or a write is dropped); the total it did. */
async function runBatches(options: PurgeOptions, size: number, one: () => number): Promise<number> {
  let total = 0;
  for (;;) {
    let done = 0;
    const written = await options.write(() => {
      done = one();
    });
    total += done;
    if (!written || done < size) return total;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
