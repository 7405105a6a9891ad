import type { PurgeCounts } from "../purge.js";

const DAY_MS = 86_400_000;
/** Rows per batch: each is one short transaction, so the write queue's other writes get in between. */
const BATCH = 500;
/** Allowances untouched for this long are gone from every window. */
const WINDOWS_KEPT_MS = 3_600_000;

interface PgPurgeOptions {
  now: number;
  retentionDays: number;
  buttonLifeMs: number;
  batch?: number;
  onBatch?: (ms: number) => void;
  /** Runs one batch through the store's write queue; resolves its row count, or null when it was dropped. */
  write: (sql: string, values: unknown[]) => Promise<number | null>;
}

/**
 * Postgres' purge: what purge.ts removes from SQLite, by the same rules, in small batches through the write queue.
 * Postgres gives space back itself (autovacuum), so no page counts.
 */
export async function purgePostgres(options: PgPurgeOptions): Promise<PurgeCounts> {
  const cutoff = options.now - options.retentionDays * DAY_MS;
  const buttons = options.now - options.buttonLifeMs;
  const kept = Math.min(cutoff, buttons);
  const size = options.batch ?? BATCH;
  const batches = async (sql: string, before: number): Promise<number> => {
    let total = 0;
    for (;;) {
      const started = performance.now();
      const done = await options.write(sql, [before, size]);
      options.onBatch?.(performance.now() - started);
      total += done ?? 0;
      if (done === null || done < size) return total;
    }
  };
  const conversations = await batches(
    `WITH gone AS (DELETE FROM conversations WHERE id IN (SELECT id FROM conversations WHERE at < $1 LIMIT $2)
                   RETURNING id),
          turns_gone AS (DELETE FROM turns WHERE conversation_id IN (SELECT id FROM gone))
     SELECT COUNT(*) AS n FROM gone`,
    kept,
  );
  const counts: PurgeCounts = {
    conversations,
    questions: await batches(
      "DELETE FROM questions WHERE id IN (SELECT id FROM questions WHERE at < $1 LIMIT $2)",
      cutoff,
    ),
    votes: await batches("DELETE FROM votes WHERE ctid IN (SELECT ctid FROM votes WHERE at < $1 LIMIT $2)", cutoff),
    answers: await batches("DELETE FROM answers WHERE id IN (SELECT id FROM answers WHERE at < $1 LIMIT $2)", kept),
    excerpts: await batches(
      `UPDATE answers SET more = NULL, turn = NULL WHERE id IN
         (SELECT id FROM answers WHERE at < $1 AND (more IS NOT NULL OR turn IS NOT NULL) LIMIT $2)`,
      buttons,
    ),
    pages: 0,
  };
  await batches(
    "DELETE FROM rate_windows WHERE ctid IN (SELECT ctid FROM rate_windows WHERE at < $1 LIMIT $2)",
    options.now - WINDOWS_KEPT_MS,
  );
  return counts;
}
