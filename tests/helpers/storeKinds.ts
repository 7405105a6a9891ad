import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { openDatabase, openPostgresStore, SqliteStore, type Store, type StoreOptions } from "../../src/store/index.js";
import { type PostgresServer, startPostgres } from "./postgresServer.js";

/** One database the store tests open stores on, again and again (a restart), and count rows in. */
export interface Place {
  open(options?: Partial<StoreOptions>): Promise<Store>;
  /** Rows in a table, read straight from the database. */
  count(table: string): Promise<number>;
  /** The first column of a query's rows. */
  column(sql: string): Promise<unknown[]>;
}

export interface StoreKind {
  name: "SQLite" | "Postgres";
  /** A new, empty database. */
  place(): Promise<Place>;
}

const withDefaults = (options: Partial<StoreOptions>): StoreOptions => ({ retentionDays: 30, ...options });

const sqlite: StoreKind = {
  name: "SQLite",
  async place() {
    const dir = mkdtempSync(join(tmpdir(), "storybot-data-"));
    const opened: SqliteStore[] = [];
    const read = () => opened.at(-1)?.db ?? openDatabase(dir);
    return {
      open: async (options = {}) => {
        const store = new SqliteStore(openDatabase(dir), withDefaults(options));
        opened.push(store);
        return store;
      },
      count: async (table) => (read().prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
      column: async (sql) => read().prepare(sql).pluck().all(),
    };
  },
};

/**
 * Both stores, for describe.each. The Postgres server is started once for the test file that calls this (in its
 * beforeAll) and each place is a fresh schema on it, which the store sees as a database of its own.
 */
export function storeKinds(): StoreKind[] {
  let server: PostgresServer | null = null;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });
  const postgres: StoreKind = {
    name: "Postgres",
    async place() {
      if (!server) throw new Error("the Postgres server did not start");
      const url = await server.freshSchema();
      const query = async (sql: string) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query({ text: sql, rowMode: "array" })).rows as unknown[][];
        } finally {
          await client.end();
        }
      };
      return {
        open: (options = {}) => openPostgresStore({ url, poolSize: 4 }, withDefaults(options)),
        count: async (table) => Number((await query(`SELECT COUNT(*) FROM ${table}`))[0]?.[0]),
        column: async (sql) => (await query(sql)).map((r) => r[0]),
      };
    },
  };
  return [sqlite, postgres];
}
