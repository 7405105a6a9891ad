import { randomBytes } from "node:crypto";
import { StorageError } from "../../errors.js";
import type { StoreOptions } from "../store.js";
import { migratePostgres, missingTables } from "./migrate.js";
import { createMigrationClient, describeServer, type PostgresSettings } from "./pool.js";
import { PostgresStore } from "./store.js";

/**
 * Opens the Postgres store: connects, migrates (one instance at a time), and checks the tables. Anything that stops
 * it is a StorageError naming the server (host, port, database; never the password).
 */
export async function openPostgresStore(settings: PostgresSettings, options: StoreOptions): Promise<PostgresStore> {
  const where = describeServer(settings.url);
  const client = createMigrationClient(settings);
  try {
    await client.connect();
    await migratePostgres(client);
    const missing = await missingTables(client);
    if (missing.length > 0) throw new Error(`missing table${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
    await client.query("INSERT INTO meta (key, value) VALUES ('user_salt', $1) ON CONFLICT (key) DO NOTHING", [
      randomBytes(32).toString("hex"),
    ]);
    const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'user_salt'");
    return new PostgresStore(settings, rows[0]!.value, options);
  } catch (error) {
    throw new StorageError(
      `DATABASE_URL: Postgres at ${where} could not be used (${reasonOf(error, settings.url)}). Check that the server is running and reachable, and the user, password and database are right.`,
      error,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** The driver's reason, with the password taken out should it ever appear in it. */
function reasonOf(error: unknown, url: string): string {
  const code = (error as { code?: unknown })?.code;
  let text = error instanceof Error ? error.message || String(code ?? "") : String(error);
  if (typeof code === "string" && !text.includes(code)) text = `${code}: ${text}`;
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) text = text.split(password).join("***");
  } catch {
    // Not a URL: config.ts refuses those before this runs.
  }
  return text;
}
