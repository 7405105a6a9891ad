import { describe, expect, it } from "vitest";
import { commands, findCommand, isSlashCommand } from "../../commands/index.js";

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
  // Latin American Spanish gets Spain's words: without them those users would see English names and descriptions.
  const LOCALES = ["de", "fr", "es-ES", "es-419", "pt-BR", "ja"];
  const slash = commands.filter((c) => "description" in c.data.toJSON());

  it.each(slash.map((c) => c.data.name))(
    "describes /%s in German, French, both Spanish, Portuguese and Japanese, within 100 characters",
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

describe("command names in other languages", () => {
  // Discord's rule for slash command and option names; a message command's name is a menu label.
  const SLASH_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
  const LOCALES = ["de", "fr", "es-ES", "es-419", "pt-BR", "ja"];
  type Named = { name: string; name_localizations?: Record<string, string>; options?: Named[] };
  const json = (c: (typeof commands)[number]) => c.data.toJSON() as Named;

  it.each(commands.map((c) => [c.data.name, c] as const))("names %s in every language", (_, command) => {
    for (const named of [json(command), ...(json(command).options ?? [])])
      expect(Object.keys(named.name_localizations ?? {}).sort(), named.name).toEqual([...LOCALES].sort());
  });

  it.each(commands.filter(isSlashCommand).map((c) => [c.data.name, c] as const))(
    "gives /%s and its options names Discord accepts: letters and digits, lowercase, at most 32",
    (_, command) => {
      for (const named of [json(command), ...(json(command).options ?? [])])
        for (const name of Object.values(named.name_localizations ?? {})) {
          expect(name).toMatch(SLASH_NAME);
          expect(name).toBe(name.toLowerCase());
        }
    },
  );

  it("keeps the message command's names within Discord's 32 characters", () => {
    const menu = commands.find((c) => !isSlashCommand(c))!;
    for (const name of Object.values(json(menu).name_localizations ?? {}))
      expect([...name].length).toBeLessThanOrEqual(32);
  });

  it.each(LOCALES)("gives no two commands the same name in %s", (locale) => {
    const names = commands.map((c) => json(c).name_localizations?.[locale] ?? c.data.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(commands.map((c) => [c.data.name, c] as const))(
    "gives no two options of %s the same name in any language",
    (_, command) => {
      for (const locale of LOCALES) {
        const names = (json(command).options ?? []).map((o) => o.name_localizations?.[locale] ?? o.name);
        expect(new Set(names).size).toBe(names.length);
      }
    },
  );

  it("routes by the English name Discord sends, not by a localised one", () => {
    expect(findCommand("ask")).toBeDefined();
    expect(findCommand("fragen")).toBeUndefined();
  });
});
