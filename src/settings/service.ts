import { isIP } from "node:net";

/*
 * The settings of running the bot as a service: HTTP interactions, the shared database and metrics. Each parser is
 * handed the environment reader and the list of problems by src/config.ts, which reports them all at once.
 */

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export interface InteractionsConfig {
  /** INTERACTIONS_PORT; 0 picks a free port (the tests' choice), logged at start. */
  port: number;
  /** INTERACTIONS_HOST: the address to listen on (all of them by default). */
  host: string;
  /** DISCORD_PUBLIC_KEY: the application's Ed25519 public key, 64 hex characters, that signs every request. */
  publicKey: string;
}

export interface MetricsConfig {
  /** 0 takes any free port (the log's metrics_ready line says which). */
  port: number;
  host: string;
}

/** DATABASE_URL: Postgres holds what several instances share; absent, the SQLite file in DATA_DIR does. */
export interface DatabaseConfig {
  url: string;
  /** DATABASE_POOL_SIZE: connections each instance may open. */
  poolSize: number;
}

/**
 * INTERACTIONS_PORT and DISCORD_PUBLIC_KEY turn on HTTP interactions together: one without the other is a mistake
 * worth naming, and so is either without DISCORD_TOKEN, which replies and follow-ups still need.
 */
export function interactionsConfig(
  text: (name: string) => string | null,
  int: (name: string, fallback: number, min: number, max: number) => number,
  hasToken: boolean,
  problems: string[],
): InteractionsConfig | null {
  const portText = text("INTERACTIONS_PORT");
  const publicKey = text("DISCORD_PUBLIC_KEY");
  const host = text("INTERACTIONS_HOST");
  if (portText === null && publicKey === null) {
    if (host !== null)
      problems.push("INTERACTIONS_HOST is set but INTERACTIONS_PORT is not (set both to serve HTTP interactions)");
    return null;
  }
  const port = int("INTERACTIONS_PORT", 0, 0, 65_535);
  if (portText === null)
    problems.push("DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not: set the port to serve HTTP interactions");
  if (publicKey === null)
    problems.push(
      "INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not: copy the Public Key from your application's General Information page",
    );
  else if (!/^[0-9a-f]{64}$/i.test(publicKey))
    problems.push(
      `DISCORD_PUBLIC_KEY must be 64 hexadecimal characters, the Public Key from your application's General Information page (got ${publicKey.length} characters)`,
    );
  if (host !== null && /\s/.test(host))
    problems.push(`INTERACTIONS_HOST must be an address to listen on (got "${host}")`);
  if (!hasToken)
    problems.push("INTERACTIONS_PORT needs DISCORD_TOKEN as well: replies and follow-ups go through Discord's API");
  return { port, host: host ?? "0.0.0.0", publicKey: (publicKey ?? "").toLowerCase() };
}

/**
 * A postgres:// URL with a host. The value is never repeated in a message: it usually holds a password.
 */
export function databaseConfig(url: string | null, poolSize: number, problems: string[]): DatabaseConfig | null {
  if (url === null) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // Reported below, without the value.
  }
  if (!parsed || (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") || !parsed.hostname) {
    problems.push(
      "DATABASE_URL must be a Postgres URL such as postgres://user:password@host:5432/storybot (its value is not shown: it may hold a password)",
    );
    return null;
  }
  return { url, poolSize };
}

/** METRICS_PORT and METRICS_HOST: where /metrics and /healthz are served; null serves nothing. */
export function metricsConfig(
  text: (name: string) => string | null,
  int: (name: string, fallback: number, min: number, max: number) => number,
  problems: string[],
): MetricsConfig | null {
  const metricsHost = text("METRICS_HOST");
  if (metricsHost !== null && isIP(metricsHost) === 0 && !HOST_NAME.test(metricsHost))
    problems.push(
      `METRICS_HOST must be an IP address or a host name, such as 127.0.0.1 or 0.0.0.0 (got "${metricsHost}")`,
    );
  if (metricsHost !== null && text("METRICS_PORT") === null)
    problems.push("METRICS_HOST is set but METRICS_PORT is not: set METRICS_PORT (e.g. 9464) to serve metrics");
  const metricsPort = text("METRICS_PORT") === null ? null : int("METRICS_PORT", 0, 0, 65_535);
  // Loopback unless told otherwise: the figures and the health page are for the operator, not the internet.
  return metricsPort === null ? null : { port: metricsPort, host: metricsHost ?? "127.0.0.1" };
}
