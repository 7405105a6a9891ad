import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ConfigError } from "../../src/errors.js";

const KEY = "a".repeat(64);
const TOKEN = { DISCORD_TOKEN: "token" };

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error(`expected loadConfig to refuse ${JSON.stringify(Object.keys(env))}`);
};

describe("HTTP interactions configuration", () => {
  it("leaves HTTP interactions off unless INTERACTIONS_PORT is set", () => {
    expect(loadConfig(TOKEN).interactions).toBeNull();
  });

  it("serves HTTP interactions on all addresses when the port and public key are set", () => {
    expect(
      loadConfig({ ...TOKEN, INTERACTIONS_PORT: "8080", DISCORD_PUBLIC_KEY: KEY.toUpperCase() }).interactions,
    ).toEqual({ port: 8080, host: "0.0.0.0", publicKey: KEY });
  });

  it("listens on INTERACTIONS_HOST when it is set", () => {
    const env = { ...TOKEN, INTERACTIONS_PORT: "8080", DISCORD_PUBLIC_KEY: KEY, INTERACTIONS_HOST: "127.0.0.1" };
    expect(loadConfig(env).interactions?.host).toBe("127.0.0.1");
  });

  it.each([
    ["short", "abc"],
    ["not hexadecimal", "g".repeat(64)],
    ["too long", "a".repeat(66)],
  ])("refuses a DISCORD_PUBLIC_KEY that is %s, by name", (_, key) => {
    expect(problems({ ...TOKEN, INTERACTIONS_PORT: "8080", DISCORD_PUBLIC_KEY: key })).toEqual([
      `DISCORD_PUBLIC_KEY must be 64 hexadecimal characters, the Public Key from your application's General Information page (got ${key.length} characters)`,
    ]);
  });

  it.each(["-1", "65536", "http"])("refuses INTERACTIONS_PORT=%s by name", (port) => {
    expect(problems({ ...TOKEN, INTERACTIONS_PORT: port, DISCORD_PUBLIC_KEY: KEY })).toEqual([
      `INTERACTIONS_PORT must be a whole number from 0 to 65535 (got "${port}")`,
    ]);
  });

  it("refuses INTERACTIONS_PORT without a public key, saying where to find it", () => {
    expect(problems({ ...TOKEN, INTERACTIONS_PORT: "8080" })).toEqual([
      "INTERACTIONS_PORT is set but DISCORD_PUBLIC_KEY is not: copy the Public Key from your application's General Information page",
    ]);
  });

  it("refuses a public key without INTERACTIONS_PORT", () => {
    expect(problems({ ...TOKEN, DISCORD_PUBLIC_KEY: KEY })).toEqual([
      "DISCORD_PUBLIC_KEY is set but INTERACTIONS_PORT is not: set the port to serve HTTP interactions",
    ]);
  });

  it("refuses HTTP interactions without DISCORD_TOKEN, which replies need", () => {
    expect(problems({ INTERACTIONS_PORT: "8080", DISCORD_PUBLIC_KEY: KEY })).toEqual([
      "INTERACTIONS_PORT needs DISCORD_TOKEN as well: replies and follow-ups go through Discord's API",
    ]);
  });

  it("refuses INTERACTIONS_HOST on its own", () => {
    expect(problems({ ...TOKEN, INTERACTIONS_HOST: "127.0.0.1" })).toEqual([
      "INTERACTIONS_HOST is set but INTERACTIONS_PORT is not (set both to serve HTTP interactions)",
    ]);
  });
});
