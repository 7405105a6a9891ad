import type { Database } from "better-sqlite3";

const DAY_MS = 86_400_000;
/** Rows per batch at most; fewer when batches take longer than TARGET_MS. */
const BATCH = 200;
/** Pages given back per step of the incremental vacuum (4 KiB each), at most. */
const VACUUM_PAGES = 256;
/**
 * What one batch aims to take. A batch holds the database's write lock, and a vote pressed meanwhile waits for it to
 * end; a batch's time varies with the disk, the rows and the other core's load, so it aims well under the 50 ms a
 * wait may take, and its size follows the last batch's time.
 */
const TARGET_MS = 8;

/** What a purge needs to know: the same whichever thread runs it. */
export interface PurgeWindow {
  now: number;
  retentionDays: number;
  buttonLifeMs: number;
  /** Rows per batch at most (default BATCH). */
  batch?: number;
}

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

export interface PurgeOptions extends PurgeWindow {
  /** Told each batch's time in ms (the bench's figures). */
  onBatch?: (ms: number) => void;
  /** Runs one batch (so it waits for a lock rather than failing); false: dropped, and the purge stops there. */
  write: (work: () => void) => Promise<boolean>;
  /** Waited for between batches, so other work gets the database (and the thread) meanwhile. */
  pause: () => Promise<void>;
}

/**
 * Removes what is past its retention, one small batch per transaction, with a pause between them. Answers stay at
 * least a day so their buttons work, and a conversation as long after its last question; past that day an answer
 * keeps only what the log needs (its "More excerpts" reply and follow-up context are dropped). Space freed is given
 * back when the file allows it (auto_vacuum incremental). The bot runs it on a thread of its own (purgeThread.ts).
 */
export function purgeInBatches(db: Database, options: PurgeOptions): Promise<PurgeCounts> {
  const cutoff = options.now - options.retentionDays * DAY_MS;
  const buttons = options.now - options.buttonLifeMs;
  const kept = Math.min(cutoff, buttons);
  const size = options.batch ?? BATCH;
  return purge(db, options, { cutoff, buttons, kept, size }, options.pause);
}

async function purge(
  db: Database,
  options: PurgeOptions,
  { cutoff, buttons, kept, size }: { cutoff: number; buttons: number; kept: number; size: number },
  pause: () => Promise<void>,
): Promise<PurgeCounts> {
  const oldConversations = db.prepare("SELECT id FROM conversations WHERE at < ? LIMIT ?").pluck();
  const dropTurns = db.prepare("DELETE FROM turns WHERE conversation_id = ?");
  const dropConversation = db.prepare("DELETE FROM conversations WHERE id = ?");
  const batches = (n: number, one: (n: number) => number) => runBatches(options, n, one, pause);
  const conversations = await batches(size, (n) =>
    db
      .transaction(() => {
        const ids = oldConversations.all(kept, n) as string[];
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
    return batches(size, (n) => statement.run(before, n).changes);
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
    counts.pages = await batches(VACUUM_PAGES, (n) => {
      const before = free();
      // exec, not a prepared statement: each step of the pragma frees one page, and exec runs them all.
      db.exec(`PRAGMA incremental_vacuum(${n})`);
      return before - free();
    });
  }
  return counts;
}

/**
 * Runs `one` until it does less than a full batch (or a write is dropped); the total it did. A batch's size is its
 * predecessor's, halved when that took over TARGET_MS and grown (up to `max`) when it took under half of it.
 */
async function runBatches(
  options: PurgeOptions,
  max: number,
  one: (n: number) => number,
  pause: () => Promise<void>,
): Promise<number> {
  let total = 0;
  let size = max;
  for (;;) {
    let done = 0;
    let took = 0;
    const asked = size;
    const written = await options.write(() => {
      const started = performance.now();
      done = one(asked);
      took = performance.now() - started;
    });
    options.onBatch?.(took);
    total += done;
    // A pause after every batch, the last of a table too: what waited for the lock gets it before the next table's.
    await pause();
    if (!written || done < asked) return total;
    if (took > TARGET_MS) size = Math.max(1, Math.floor(size / 2));
    else if (took < TARGET_MS / 2) size = Math.min(max, Math.ceil(size * 1.5));
  }
}
