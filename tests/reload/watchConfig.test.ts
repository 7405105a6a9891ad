import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ConfigError } from "../../src/errors.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

describe("KNOWLEDGE_WATCH", () => {
  it("is off unless set", () => {
    expect(loadConfig({ KNOWLEDGE_DIR: FIXTURE }).knowledgeWatch).toBe(false);
  });

  it("turns watching on with 1", () => {
    expect(loadConfig({ KNOWLEDGE_DIR: FIXTURE, KNOWLEDGE_WATCH: "1" }).knowledgeWatch).toBe(true);
  });

  it("is refused, by name, with any other value", () => {
    expect(() => loadConfig({ KNOWLEDGE_DIR: FIXTURE, KNOWLEDGE_WATCH: "yes" })).toThrow(ConfigError);
    expect(() => loadConfig({ KNOWLEDGE_DIR: FIXTURE, KNOWLEDGE_WATCH: "yes" })).toThrow(/KNOWLEDGE_WATCH must be 1/);
  });
});
