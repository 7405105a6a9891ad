import { describe, expect, it } from "vitest";
import { LIMITS, truncate } from "../../src/discord/limits.js";
import { embedLength, fitEmbed, inert, titleOf } from "../../src/discord/neutralise.js";
import { stripUnsafe } from "../../src/text/unsafeChars.js";

describe("text made inert before Discord shows it", () => {
  it.each([
    ["bold", "**bold**", "\\*\\*bold\\*\\*"],
    ["underline and italics", "__u__ _i_", "\\_\\_u\\_\\_ \\_i\\_"],
    ["strike-through", "~~gone~~", "\\~\\~gone\\~\\~"],
    ["inline code", "`code`", "\\`code\\`"],
    ["a spoiler", "||secret||", "\\|\\|secret\\|\\|"],
    ["a masked link", "[click](https://evil.example)", "\\[click\\](https://evil.example)"],
    ["a backslash that would escape the next escape", "\\*", "\\\\\\*"],
  ])("escapes %s", (_, raw, shown) => {
    expect(inert(raw)).toBe(shown);
  });

  it.each([
    ["a block quote", "> quoted", "\\> quoted"],
    ["a heading", "# Big", "\\# Big"],
    ["a smaller heading", "### Small", "\\### Small"],
    ["subtext", "-# small print", "\\-# small print"],
    ["a multi-line quote", ">>> all of it", "\\>>> all of it"],
    ["a list item", "- item", "\\- item"],
    ["a numbered item", "1. first", "\\1. first"],
    ["a numbered item past nine", "10. tenth", "\\10. tenth"],
    ["an indented heading on a later line", "text\n  ## Sub", "text\n  \\## Sub"],
  ])("escapes the line-start mark of %s", (_, raw, shown) => {
    expect(inert(raw)).toBe(shown);
  });

  it("leaves those marks alone in the middle of a line", () => {
    expect(inert("a - b > c # d 1. e")).toBe("a - b > c # d 1. e");
  });

  it.each([
    ["@everyone", "@\u200beveryone"],
    ["@here", "@\u200bhere"],
    ["<@123456789012345678>", "<\u200b@123456789012345678>"],
    ["<@!123456789012345678>", "<\u200b@!123456789012345678>"],
    ["<@&123456789012345678>", "<\u200b@&123456789012345678>"],
    ["<#123456789012345678>", "<\u200b#123456789012345678>"],
  ])("breaks the mention %s so it cannot resolve", (raw, shown) => {
    expect(inert(raw)).toBe(shown);
  });

  it("removes zero-width and invisible marks someone could hide a mention behind", () => {
    expect(inert("@\u200deveryone")).toBe("@\u200beveryone");
    expect(inert("a\u2060b\ufeffc\u200fd")).toBe("abcd");
  });

  it("strips bidirectional overrides and isolates, and the replacement character", () => {
    expect(inert("abc\u202edef\u2066g\u2069\ufffd")).toBe("abcdefg");
  });

  it("keeps tabs, line breaks and emoji made of surrogate pairs", () => {
    expect(stripUnsafe("a\tb\nc 🔥")).toBe("a\tb\nc 🔥");
  });

  it("drops half of a surrogate pair on its own", () => {
    expect(stripUnsafe("a\ud83db")).toBe("ab");
    expect(stripUnsafe("a\udd25b")).toBe("ab");
  });
});

describe("a question shown as a title", () => {
  it("is one line", () => {
    expect(titleOf("how much\ndid it\tcost?")).not.toMatch(/[\n\t]/);
  });

  it("shows runs of spaces and line breaks as one space", () => {
    expect(titleOf("how  much\n\ndid it cost?")).toBe("how much did it cost?");
  });

  it("has no spaces at either end", () => {
    expect(titleOf("  what did r1 cost?  ")).toBe("what did r1 cost?");
  });

  it("shows a run of mentions once", () => {
    const title = titleOf(`${"@everyone ".repeat(45)}what did r1 cost?`);
    expect(title.match(/everyone/g)).toHaveLength(1);
    expect(title).toContain("what did r1 cost?");
  });

  it("never ends up able to ping", () => {
    expect(titleOf("@everyone <@123456789012345678> hi")).not.toMatch(/@everyone|<@\d/);
  });
});

describe("cutting text to Discord's limits", () => {
  it("leaves text within the limit alone", () => {
    expect(truncate("short", 5)).toBe("short");
  });

  it("cuts at a word and marks the cut, within the limit", () => {
    const cut = truncate("the lab rented two thousand chips", 20);
    expect(cut).toBe("the lab rented two…");
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it("cuts inside a word when the last word boundary is too early", () => {
    const cut = truncate(`a ${"x".repeat(40)}`, 20);
    expect(cut).toBe(`a ${"x".repeat(17)}…`);
    expect(cut.length).toBe(20);
  });

  it("fits every part of an embed to its own limit", () => {
    const long = "word ".repeat(3_000);
    const fitted = fitEmbed({
      title: long,
      description: long,
      footer: { text: long },
      fields: [{ name: long, value: long }],
    });
    expect(fitted.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(fitted.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(fitted.footer!.text.length).toBeLessThanOrEqual(LIMITS.footer);
    expect(embedLength(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("cuts a description over its own limit even when the whole embed is within the total", () => {
    const fitted = fitEmbed({ description: "word ".repeat(1_000) });
    expect(fitted.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
  });

  it("keeps an embed of exactly the total length whole", () => {
    const fields = [1, 2].map((i) => ({ name: `${i}`, value: "v".repeat(1_000) }));
    const embed = { title: "t".repeat(200), description: "d".repeat(3_798), fields };
    expect(embedLength(embed)).toBe(LIMITS.embedTotal);
    const fitted = fitEmbed(embed);
    expect(fitted.fields).toHaveLength(2);
    expect(fitted.description).toBe(embed.description);
  });

  it("shortens the description only by what is over the total once no fields are left", () => {
    const fitted = fitEmbed({
      title: "t".repeat(LIMITS.embedTitle),
      description: "word ".repeat(819),
      footer: { text: "f".repeat(LIMITS.footer) },
    });
    expect(embedLength(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(fitted.description!.length).toBeGreaterThan(LIMITS.embedTotal - LIMITS.embedTitle - LIMITS.footer - 20);
  });

  it("keeps at most 25 fields, each with a name and a value", () => {
    const fitted = fitEmbed({ fields: Array.from({ length: 30 }, () => ({ name: "", value: "" })) });
    expect(fitted.fields).toHaveLength(LIMITS.fields);
    for (const f of fitted.fields!) expect(f.name.length > 0 && f.value.length > 0).toBe(true);
  });

  it("drops whole fields from the end before it shortens the description", () => {
    const fields = Array.from({ length: 10 }, (_, i) => ({ name: `field ${i}`, value: "v".repeat(1_000) }));
    const fitted = fitEmbed({ description: "the answer", fields });
    expect(fitted.description).toBe("the answer");
    expect(fitted.fields!.map((f) => f.name)).toEqual(fields.slice(0, fitted.fields!.length).map((f) => f.name));
    expect(embedLength(fitted)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("counts every visible part of an embed in its length", () => {
    expect(
      embedLength({
        title: "ab",
        description: "cde",
        footer: { text: "f" },
        author: { name: "gh" },
        fields: [{ name: "i", value: "jk" }],
      }),
    ).toBe(11);
  });
});
