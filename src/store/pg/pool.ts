import pg from "pg";

/** DATABASE_URL and DATABASE_POOL_SIZE, validated in config.ts. */
export interface PostgresSettings {
  url: string;
  poolSize: number;
}

/** Waiting for a connection on a reply's path gives up after this: a server that is away must not hold replies. */
const CONNECT_TIMEOUT_MS = 1_000;
/** A query on a reply's path gives up after this; the reply goes out from memory, or says "not recorded". */
const QUERY_TIMEOUT_MS = 2_000;

const INT8 = 20;
const NUMERIC = 1700;

/**
 * A pool for the bot's reads and writes. Counts (int8) and sums (numeric) come back as numbers, not strings: every
 * one the store reads is a count or a time in milliseconds, far inside a double's exact range.
 */
export function createPool(settings: PostgresSettings, onIdleError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({
    connectionString: settings.url,
    max: settings.poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8 || oid === NUMERIC
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops (a restart) is an event, not an exception: without a listener it would end
  // the process. The pool makes a new connection for the next query.
  pool.on("error", onIdleError);
  return pool;
}

/** A single connection with no query timeout: migrations may wait for another instance's lock. */
export function createMigrationClient(settings: PostgresSettings): pg.Client {
  return new pg.Client({ connectionString: settings.url, connectionTimeoutMillis: 10_000 });
}

/** Where the database is, for a message: host, port and database, never the user's password. */
export function describeServer(url: string): string {
  try {
    const u = new URL(url);
    const database = u.pathname.replace(/^\//, "") || "(default database)";
    return `${u.hostname || "localhost"}:${u.port || "5432"}/${database}`;
  } catch {
    return "the server in DATABASE_URL";
  }
}

/**
 * Worth trying again later: the server is away, restarting, overloaded, or the transaction lost a race. An error
 * with no SQLSTATE is the connection's (refused, reset, timed out); a SQL error (a constraint, a bad query) is not.
 */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return /^(08|53|57)/.test(code) || code === "40001" || code === "40P01" || code === "55P03";
}

/**
 * Turns `@name` parameters into Postgres' `$n`: the same readable SQL as the SQLite statements, and one value per
 * name however often it appears.
 */
export function named(sql: string, args: Record<string, unknown>): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/@(\w+)/g, (_, name: string) => {
    if (!(name in args)) throw new Error(`no value for @${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, values: order.map((n) => args[n]) };
}
