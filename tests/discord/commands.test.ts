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

describe("command metadata", () => {
  const json = (name: string) =>
    commands.find((c) => c.data.name === name)!.data.toJSON() as { options?: Array<{ name: string }> };

  it.each(["ask", "check", "summary", "sources", "help", "Check with sources"])(
    "offers %s in servers, the bot's DMs and private chats, installed to a server or a user",
    (name) => {
      expect(json(name)).toMatchObject({ contexts: [0, 1, 2], integration_types: [0, 1] });
    },
  );

  it("asks for at least 3 characters in the text options", () => {
    for (const [name, option] of [
      ["ask", "question"],
      ["check", "claim"],
    ] as const)
      expect(json(name).options?.find((o) => o.name === option)).toMatchObject({ min_length: 3 });
  });

  it("keeps /stats to server managers, in servers only", () => {
    expect(json("stats")).toMatchObject({ default_member_permissions: "32", contexts: [0], integration_types: [0] });
  });
});

describe("command localisations", () => {
  const LOCALES = ["de", "fr", "es-ES", "pt-BR", "ja"];
  const slash = commands.filter((c) => "description" in c.data.toJSON());

  it.each(slash.map((c) => c.data.name))(
    "describes /%s in German, French, Spanish, Portuguese and Japanese, within 100 characters",
    (name) => {
      const json = commands.find((c) => c.data.name === name)!.data.toJSON() as {
        description_localizations?: Record<string, string>;
        options?: Array<{ description_localizations?: Record<string, string> }>;
      };
      for (const map of [
        json.description_localizations,
        ...(json.options ?? []).map((o) => o.description_localizations),
      ]) {
        expect(Object.keys(map ?? {}).sort()).toEqual([...LOCALES].sort());
        for (const text of Object.values(map ?? {})) expect([...text].length).toBeLessThanOrEqual(100);
      }
    },
  );
});
