import type pg from "pg";
import { MIGRATIONS } from "../migrations.js";

/** Any fixed number: every storybot on the database asks for the same lock. */
const MIGRATION_LOCK = 2_271_022;

/** The tables the bot needs on Postgres; one missing is a storage problem named at start. */
const PG_TABLES = [
  "meta",
  "answers",
  "votes",
  "questions",
  "conversations",
  "turns",
  "question_days",
  "rate_windows",
  "schema_migrations",
] as const;

/**
 * Brings the database up to the newest schema, each step in its own transaction, recorded in schema_migrations.
 * Several instances may start at once (a rolling deploy, a scaled service): an advisory lock lets one migrate while
 * the others wait for it, then find nothing left to do. Returns how many steps this one applied.
 */
export async function migratePostgres(client: pg.Client): Promise<number> {
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  try {
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
    );
    const { rows } = await client.query<{ version: number | null }>(
      "SELECT MAX(version) AS version FROM schema_migrations",
    );
    const from = rows[0]?.version ?? 0;
    if (from > MIGRATIONS.length)
      throw new Error(`the database is from a newer storybot (schema ${from}, this one knows ${MIGRATIONS.length})`);
    let applied = 0;
    for (const step of MIGRATIONS.slice(from)) {
      await client.query("BEGIN");
      try {
        await client.query(step.postgres);
        await client.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [
          step.version,
          Date.now(),
        ]);
        await client.query("COMMIT");
        applied++;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
  }
}

/** Names the tables that should be there and are not (dropped by hand, or a database that is not storybot's). */
export async function missingTables(client: pg.Client | pg.Pool): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()",
  );
  const present = new Set(rows.map((r) => r.name));
  return PG_TABLES.filter((t) => !present.has(t));
}
