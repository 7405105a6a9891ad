import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { ConfigError } from "../src/errors.js";

/** The problems loadConfig names for `env`; fails the test when it accepts `env` instead of refusing it. */
const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error(`expected loadConfig to refuse ${JSON.stringify(Object.keys(env))}`);
};

describe("configuration", () => {
  it("selects the console and extractive answers when nothing is set", () => {
    expect(loadConfig({})).toMatchObject({ discord: null, llm: null, cooldownPerMinute: 5 });
  });

  it("turns on the language model with a key, with defaults for the rest", () => {
    expect(loadConfig({ OPENAI_API_KEY: "k" }).llm).toMatchObject({
      model: "gpt-4o-mini",
      maxRetries: 2,
      promptTokenBudget: 1500,
      baseUrl: null,
    });
  });

  it("keeps data in ./data for 30 days unless told otherwise", () => {
    expect(loadConfig({})).toMatchObject({ dataDir: "data", logRetentionDays: 30 });
    expect(loadConfig({ DATA_DIR: "/var/lib/storybot", LOG_RETENTION_DAYS: "0" })).toMatchObject({
      dataDir: "/var/lib/storybot",
      logRetentionDays: 0,
    });
  });

  it("uses SQLite unless DATABASE_URL names a Postgres server, with a pool of 10 by default", () => {
    expect(loadConfig({}).database).toBeNull();
    expect(loadConfig({ DATABASE_URL: "postgres://bot:pw@db.internal:5432/storybot" }).database).toEqual({
      url: "postgres://bot:pw@db.internal:5432/storybot",
      poolSize: 10,
    });
    expect(loadConfig({ DATABASE_URL: "postgresql://db/x", DATABASE_POOL_SIZE: "3" }).database?.poolSize).toBe(3);
  });

  it.each(["mysql://u:secret@h/db", "not a url secret", "postgres:///nohost-secret"])(
    "refuses DATABASE_URL=%s without repeating it (it may hold a password)",
    (value) => {
      const said = problems({ DATABASE_URL: value });
      expect(said).toEqual([expect.stringMatching(/^DATABASE_URL must be a Postgres URL/)]);
      expect(said.join()).not.toContain("secret");
    },
  );

  it("refuses DATABASE_POOL_SIZE outside 1 to 100, and without DATABASE_URL", () => {
    expect(problems({ DATABASE_URL: "postgres://h/db", DATABASE_POOL_SIZE: "0" })).toEqual([
      'DATABASE_POOL_SIZE must be a whole number from 1 to 100 (got "0")',
    ]);
    expect(problems({ DATABASE_POOL_SIZE: "5" })).toEqual(["DATABASE_POOL_SIZE is set but DATABASE_URL is not"]);
  });

  it.each(["-1", "thirty", "1.5"])("refuses LOG_RETENTION_DAYS=%s by name", (value) => {
    expect(problems({ LOG_RETENTION_DAYS: value })).toEqual([
      `LOG_RETENTION_DAYS must be a whole number from 0 to 3650 (got "${value}")`,
    ]);
  });

  it("names every bad value, each on its own", () => {
    const found = problems({
      DISCORD_TOKEN: "t",
      DISCORD_GUILD_ID: "abc",
      DISCORD_API_URL: "ftp://x",
      ASK_COOLDOWN_PER_MINUTE: "-1",
    });
    expect(found).toHaveLength(3);
    expect(found.join("\n")).toMatch(/DISCORD_GUILD_ID[\s\S]*DISCORD_API_URL[\s\S]*ASK_COOLDOWN_PER_MINUTE/);
  });

  it("bounds a model answer by a deadline that leaves room to answer within 15 s", () => {
    const llm = loadConfig({ OPENAI_API_KEY: "k" }).llm!;
    expect(llm).toMatchObject({ answerDeadlineMs: 12_000, streamIdleMs: 5_000, maxOutputTokens: 700 });
    expect(llm.answerDeadlineMs).toBeLessThan(15_000);
  });

  it("refuses a stall limit as long as the deadline, naming both", () => {
    expect(problems({ OPENAI_API_KEY: "k", ANSWER_DEADLINE_MS: "3000", LLM_STREAM_IDLE_MS: "3000" })).toEqual([
      expect.stringMatching(/LLM_STREAM_IDLE_MS.*ANSWER_DEADLINE_MS/),
    ]);
  });

  it("names each bad model and button limit", () => {
    const found = problems({
      OPENAI_API_KEY: "k",
      ANSWER_DEADLINE_MS: "soon",
      LLM_MAX_OUTPUT_TOKENS: "5",
      BUTTON_CLICKS_PER_MINUTE: "-2",
      MORE_EXCERPTS_STORE_MB: "0",
    });
    expect(found.map((p) => p.split(" ")[0])).toEqual([
      "ANSWER_DEADLINE_MS",
      "LLM_MAX_OUTPUT_TOKENS",
      "BUTTON_CLICKS_PER_MINUTE",
      "MORE_EXCERPTS_STORE_MB",
    ]);
  });

  it("asks for a key when only a base URL is given", () => {
    expect(problems({ OPENAI_BASE_URL: "http://127.0.0.1:1/v1" })[0]).toMatch(/OPENAI_API_KEY/);
  });

  it("never repeats the token in a message", () => {
    expect(problems({ DISCORD_TOKEN: "secret token", DISCORD_GUILD_ID: "x" }).join("\n")).not.toContain("secret");
  });

  it("serves no metrics unless METRICS_PORT is set, and then on the loopback address", () => {
    expect(loadConfig({}).metrics).toBeNull();
    expect(loadConfig({ METRICS_PORT: "9464" }).metrics).toEqual({ port: 9464, host: "127.0.0.1" });
    expect(loadConfig({ METRICS_PORT: "9464", METRICS_HOST: "0.0.0.0" }).metrics).toEqual({
      port: 9464,
      host: "0.0.0.0",
    });
  });

  it.each(["http", "70000", "-1", "94.64"])("refuses METRICS_PORT=%s by name, with the ports it takes", (value) => {
    expect(problems({ METRICS_PORT: value })).toEqual([
      `METRICS_PORT must be a whole number from 0 to 65535 (got "${value}")`,
    ]);
  });

  it("refuses a METRICS_HOST that is neither an address nor a host name", () => {
    expect(problems({ METRICS_PORT: "9464", METRICS_HOST: "http://0.0.0.0" })).toEqual([
      expect.stringMatching(/^METRICS_HOST must be an IP address or a host name.*"http:\/\/0\.0\.0\.0"/),
    ]);
  });

  it("refuses a METRICS_HOST with no METRICS_PORT to serve on", () => {
    expect(problems({ METRICS_HOST: "0.0.0.0" })).toEqual([
      expect.stringMatching(/METRICS_HOST is set but METRICS_PORT/),
    ]);
  });

  it("returns a frozen object", () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
