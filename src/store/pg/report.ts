import pg from "pg";
import { StorageError } from "../../errors.js";
import { csvOf, EXPORT_QUERIES } from "../exportCsv.js";
import type { Stats } from "../stats.js";
import { missingTables } from "./migrate.js";
import { describeServer, type PostgresSettings } from "./pool.js";
import { readStatsPg } from "./stats.js";

/** What `npm run report` reads from Postgres: every server's figures, or the export. */
export interface PostgresReport {
  stats(days: number): Promise<Stats>;
  exportCsv(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens the shared database for `npm run report`, read-only (the session refuses every write), without migrating:
 * the report never changes what running bots use. A StorageError names the server when it cannot be read.
 */
export async function openPostgresReport(settings: PostgresSettings): Promise<PostgresReport> {
  const client = new pg.Client({
    connectionString: settings.url,
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === 20 || oid === 1700
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  try {
    await client.connect();
    await client.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    const missing = await missingTables(client);
    if (missing.length > 0) throw new Error(`missing table${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  } catch (error) {
    await client.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new StorageError(
      `DATABASE_URL: Postgres at ${describeServer(settings.url)} could not be read (${reason}). Check that the server is running and that a storybot has started on this database.`,
      error,
    );
  }
  return {
    stats: (days) => readStatsPg(client, { guildId: null, days, now: Date.now() }),
    async exportCsv() {
      const questions = await client.query(EXPORT_QUERIES.questions);
      const votes = await client.query(EXPORT_QUERIES.votes);
      return csvOf([...questions.rows, ...votes.rows]);
    },
    close: () => client.end(),
  };
}
