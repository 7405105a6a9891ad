import { MessageFlags, MessageFlagsBitField } from "discord.js";
import { describe, expect, it } from "vitest";
import { sources } from "../../commands/sources.js";
import { page } from "../../src/discord/buttons/page.js";
import { toEditOptions } from "../../src/discord/payload.js";
import type { Reply } from "../../src/discord/reply.js";
import type { SourceInfo } from "../../src/engine/types.js";

/** Enough documents for /sources to need pages. */
const SOURCES: SourceInfo[] = Array.from({ length: 40 }, (_, i) => ({
  id: `s${i}`,
  title: `Source ${i}`,
  publisher: "Publisher",
  published: "2025-01-27",
  url: `https://example.org/s${i}`,
  urlScope: "page",
  kind: "note",
  about: "word ".repeat(60).trim(),
}));

/** Presses "Next" on the first page of /sources, on a message with these flags; what the message becomes. */
async function pressNext(flags: number): Promise<Reply> {
  let shown: Reply | null = null;
  await page.run({
    interaction: { locale: "en-US", message: { flags: new MessageFlagsBitField(flags) } },
    parsed: { command: "sources", index: 1 },
    deps: { commands: [sources], engine: { sources: () => SOURCES, asOf: "2026-11-28", topic: "the story" } },
    update: async (reply: Reply) => {
      shown = reply;
    },
    send: async () => undefined,
  } as unknown as Parameters<typeof page.run>[0]);
  return shown!;
}

describe("a /sources page button", () => {
  it("shows the next page as a card on a card", async () => {
    const options = toEditOptions(await pressNext(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral), null);
    expect(options.flags).toBe(MessageFlags.IsComponentsV2);
    expect(JSON.stringify(options.components)).toContain("What I have read (2 of");
  });

  it("shows the next page as an embed on a message sent as embeds, which cannot become a card", async () => {
    const shown = await pressNext(MessageFlags.Ephemeral);
    expect(shown.cards).toBeUndefined();
    const options = toEditOptions(shown, null);
    expect(options.embeds?.[0]).toMatchObject({ title: expect.stringMatching(/^What I have read \(2 of \d+\)$/) });
    expect(JSON.stringify(options.components)).toContain('"custom_id":"page:sources:2"');
    expect(options.allowedMentions).toEqual({ parse: [] });
  });
});
