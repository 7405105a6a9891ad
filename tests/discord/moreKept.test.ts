import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import { more } from "../../src/discord/buttons/more.js";
import type { Card } from "../../src/discord/card.js";
import { recheckCardQuotes } from "../../src/discord/cardQuotes.js";
import { toReplyOptions } from "../../src/discord/payload.js";
import type { Reply } from "../../src/discord/reply.js";
import { ReplyStore } from "../../src/discord/replyStore.js";
import { visibleText } from "../helpers/visibleText.js";

/** A sentence knowledge/article.md holds word for word. */
const STANDS = "In recent days, the AI community has been abuzz with the emergence of China's DeepSeek";
const GONE = "DeepSeek bought every GPU on the moon.";

/** A "More excerpts" reply as the bot kept it before cards: one embed, its quotes named by field. */
const OLD_SHAPE: Reply = {
  ephemeral: true,
  embeds: [
    {
      color: 0x5865f2,
      title: "More excerpts",
      description: "Further passages I retrieved for this question.",
      fields: [
        { name: "[4] The article says", value: `> ${STANDS}\n— the article, 27 Jan 2025` },
        { name: "[5] The article says", value: `> ${GONE}\n— the article, 27 Jan 2025` },
      ],
    },
  ],
  quotes: [
    { field: 0, path: "knowledge/article.md", text: STANDS },
    { field: 1, path: "knowledge/article.md", text: GONE },
  ],
};

/** Presses "More excerpts" on an answer whose reply only the database still holds (a restart since). */
async function press(kept: Reply): Promise<Reply | "expired"> {
  let shown: Reply | "expired" = "expired";
  await more.run({
    interaction: { guildId: "1", channelId: "2", locale: "en-US" },
    parsed: { answerId: "42" },
    deps: { store: new ReplyStore(), records: { more: async () => JSON.stringify(kept) } },
    send: async (reply: Reply) => {
      shown = reply;
    },
    refuse: async () => undefined,
  } as unknown as Parameters<typeof more.run>[0]);
  return shown;
}

describe("a More excerpts reply kept before replies were cards", () => {
  it("is still shown, as the embed it was, privately", async () => {
    const shown = await press(OLD_SHAPE);
    expect(shown).not.toBe("expired");
    const message = toReplyOptions(shown as Reply, null);
    expect((message.flags ?? 0) & (1 << 15)).toBe(0);
    expect(message.flags! & (1 << 6)).toBeTruthy();
    expect(visibleText({ embeds: message.embeds as APIEmbed[] })).toContain(`[4] The article says\n${STANDS}`);
  });

  it("is still checked against the file: words no longer in it are not quoted", async () => {
    const shown = (await press(OLD_SHAPE)) as Reply;
    const text = visibleText({ embeds: shown.embeds });
    expect(text).not.toContain(GONE);
    expect(text).toContain("The source has changed since this answer");
  });
});

describe("a More excerpts card shown again later", () => {
  const card = (text: string): Reply => ({
    ephemeral: true,
    embeds: [],
    cards: [
      {
        tone: "answer",
        blocks: [
          { type: "title", text: "More excerpts" },
          {
            type: "excerpt",
            says: "[4] The article says",
            quoted: true,
            text,
            credit: [{ text: "the article, 27 Jan 2025", url: "https://example.org/a" }],
            checked: "✓ Checked word for word against knowledge/article.md",
            url: "https://example.org/a",
          },
        ],
      },
    ],
    quotes: [{ field: 1, path: "knowledge/article.md", text }],
  });
  const excerptOf = (reply: Reply) => (reply.cards as Card[])[0]!.blocks[1]!;

  it("is shown unchanged while its quotes still stand in their files", async () => {
    const kept = card(STANDS);
    expect(await recheckCardQuotes(kept, "en", async () => `Intro. ${STANDS}, and more.`)).toBe(kept);
  });

  it("no longer quotes, or marks as checked, words gone from their file, and keeps their credit and link", async () => {
    const excerpt = excerptOf(await recheckCardQuotes(card(GONE), "en", async () => "Something else entirely."));
    expect(excerpt).toMatchObject({
      type: "excerpt",
      quoted: false,
      checked: "",
      url: "https://example.org/a",
      credit: [{ text: "the article, 27 Jan 2025", url: "https://example.org/a" }],
    });
    expect(excerpt).toHaveProperty("text", expect.stringContaining("The source has changed since this answer"));
  });

  it("is checked when pressed, after a restart too", async () => {
    const shown = (await press(card(GONE))) as Reply;
    expect(excerptOf(shown)).toMatchObject({ quoted: false, checked: "" });
    expect(visibleText(JSON.parse(JSON.stringify(toReplyOptions(shown, null))))).not.toContain(GONE);
  });
});
