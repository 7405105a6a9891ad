import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";

describe("the command registry", () => {
  it("has unique command names", () => {
    const names = commands.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("serialises every command for registration", () => {
    for (const c of commands) expect(c.data.toJSON()).toMatchObject({ name: c.data.name });
  });

  it("lets Discord enforce the 500-character question limit", () => {
    const ask = commands.find((c) => c.data.name === "ask")!.data.toJSON() as {
      options: Array<{ name: string; max_length?: number; required?: boolean }>;
    };
    expect(ask.options.find((o) => o.name === "question")).toMatchObject({ max_length: 500, required: true });
  });
});
