import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FALLBACK_NOTE, LATE_NOTE, NOT_COVERED_NOTE } from "../../src/engine/llmStep.js";
import { EN, type MessageKey } from "../../src/messages/en.js";
import { LOCALES, localeOf } from "../../src/messages/locale.js";
import { CATALOGUES, localDate, localName, PLACEHOLDER, say } from "../../src/messages/say.js";

const KEYS = Object.keys(EN) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).sort();

describe("the message catalogue", () => {
  it.each(LOCALES)("has every message in %s, none of them blank", (locale) => {
    for (const key of KEYS) expect(say(locale, key).trim(), key).not.toBe("");
  });

  it.each(LOCALES)("gives every %s message exactly the {placeholders} and {/commands} of the English one", (locale) => {
    for (const key of KEYS) expect(placeholders(CATALOGUES[locale][key]), key).toEqual(placeholders(EN[key]));
  });

  it("names a command as the reader's client shows it", () => {
    expect(localName("ask", "de")).toBe("fragen");
    expect(say("de", "error.foreign_button")).toContain("/fragen");
    expect(say("ja", "check.try_ask")).toContain("/質問");
    expect(say("en", "error.foreign_button")).toContain("/ask");
  });

  it("fills in values", () => {
    expect(say("fr", "error.cooldown", { seconds: 12 })).toBe(
      "Vous posez vos questions très vite. Réessayez dans 12 s.",
    );
  });
});

describe("the reader's language", () => {
  it.each([
    ["de", "de"],
    ["fr", "fr"],
    ["es-ES", "es-ES"],
    ["es-419", "es-ES"],
    ["pt-BR", "pt-BR"],
    ["ja", "ja"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["ko", "en"],
    ["zh-CN", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("reads Discord's %s as %s", (discord, expected) => {
    expect(localeOf(discord)).toBe(expected);
  });

  it.each([
    ["en", "2025-01-27", "27 Jan 2025"],
    ["de", "2025-01-27", "27. Jan. 2025"],
    ["ja", "2025-01-27", "2025年1月27日"],
    ["fr", "2023-03", "mars 2023"],
    ["pt-BR", "2023", "2023"],
  ] as const)("writes %s dates the way their readers do: %s as %s", (locale, iso, expected) => {
    expect(localDate(iso, locale)).toBe(expected);
  });
});

describe("fixed wording from below the Discord layer", () => {
  it("covers every explanation the claims checker writes itself", () => {
    // The checker writes these sentences as literals after `explanation:`; each must be one the catalogue translates.
    const own = new Set(KEYS.filter((k) => k.startsWith("explanation.")).map((k) => EN[k] as string));
    const claims = new URL("../../src/claims/", import.meta.url);
    const written = readdirSync(claims).flatMap((file) => {
      const source = readFileSync(new URL(file, claims), "utf8");
      return [...source.matchAll(/explanation:([\s\S]{0,300}?)(?:,\n\s*\w+:|\n\s*\};?\n)/g)].flatMap((m) =>
        [...m[1]!.matchAll(/"([A-Z][^"]+\.)"/g)].map((s) => s[1]!),
      );
    });
    for (const sentence of written) expect(own).toContain(sentence);
  });

  it("has no explanation the claims checker never writes", () => {
    // Written as the sentence itself, or named by its key ("explanation.same_figure", or a reason such as
    // "bound_elsewhere" that the checker turns into its key).
    const claims = new URL("../../src/claims/", import.meta.url);
    const sources = readdirSync(claims)
      .map((file) => readFileSync(new URL(file, claims), "utf8"))
      .join("\n");
    const unused = KEYS.filter((k) => k.startsWith("explanation.")).filter((k) => {
      const name = k.slice("explanation.".length);
      return !sources.includes(EN[k] as string) && !sources.includes(k) && !sources.includes(`"${name}"`);
    });
    expect(unused).toEqual([]);
  });

  it("has a message for every note a model answer can carry", () => {
    for (const note of [FALLBACK_NOTE, LATE_NOTE, NOT_COVERED_NOTE]) expect(KEYS).toContain(note);
  });
});
