import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import type { Engine } from "../../src/engine/engine.js";
import { silentLogger } from "../../src/log.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { cardsOf, pressablesOf, textDisplays, visibleText } from "../helpers/visibleText.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const EPHEMERAL = 64;
const UPDATE_MESSAGE = 7;
let discord: DiscordStandIn;
let bot: Bot;
let engine: Engine;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  const config = loadConfig({ DISCORD_TOKEN: "test-token", DISCORD_API_URL: discord.apiUrl, KNOWLEDGE_DIR: KNOWLEDGE });
  engine = await buildEngine(config, silentLogger);
  bot = await startBot({ commands, config, engine, log: silentLogger, handleSignals: false });
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
});

async function interact(input: Parameters<DiscordStandIn["sendInteraction"]>[0]): Promise<RecordedRequest> {
  const { id, token } = discord.sendInteraction(input);
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
  );
  return first!;
}

type Button = { custom_id: string; label: string; disabled?: boolean };
const buttons = (res: RecordedRequest): Button[] => pressablesOf(res.body.data) as Button[];
/** A page's text as the card sends it: what Discord's 4,000 characters are counted on. */
const pageText = (res: RecordedRequest) => textDisplays(res.body.data.components).join("\n");

/** A press of a button on the message a response made, as Discord sends it: the message with its flags (a card's). */
const pressOn = (res: RecordedRequest, customId: string, messageId: string) => ({
  ...buttonInteraction(customId, messageId),
  message: { id: messageId, flags: res.body.data.flags ?? 0, components: res.body.data.components },
});

/** /sources, then Next on each page until the last: every page as Discord was asked to show it. */
async function allPages(): Promise<RecordedRequest[]> {
  const pages = [await interact(chatInputInteraction("sources"))];
  for (;;) {
    const next = buttons(pages.at(-1)!).find((b) => b.label.startsWith("Next"));
    if (!next || next.disabled) return pages;
    pages.push(await interact(pressOn(pages.at(-1)!, next.custom_id, "1300000000000000777")));
  }
}

describe("/summary in Discord", () => {
  it("posts the story's summary in one message, every field named, pinging nobody", async () => {
    const res = await interact(chatInputInteraction("summary"));
    expect(res.body.type).toBe(4);
    const [card] = cardsOf(res.body.data);
    expect(card!.texts[0]).toBe("### Catching up on the story");
    expect(card!.texts.filter((t) => /^\*\*[^*]+\*\*$/.test(t)).map((t) => t.slice(2, -2))).toEqual([
      "What happened",
      "The market",
      "What the article gets wrong",
      "Disputed or opinion",
    ]);
    expect(JSON.stringify(card)).toMatch(/3\.12%[\s\S]*about 17%[\s\S]*\$589 billion/);
    expect(res.body.data.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("/help in Discord", () => {
  it("answers privately with Discord's syntax", async () => {
    const res = await interact(chatInputInteraction("help"));
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(res.body.data)).toMatch(/Set private to True/);
  });
});

describe("/sources in Discord", () => {
  it("answers privately with the first page and buttons to the next", async () => {
    const res = await interact(chatInputInteraction("sources"));
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(res.body.data).split("\n")[0]).toMatch(/^What I have read \(1 of \d+\)$/);
    expect(buttons(res).map((b) => [b.label, Boolean(b.disabled)])).toEqual([
      ["◀ Previous", true],
      ["Next ▶", false],
    ]);
  });

  it("shows the next page in place of the one the button is on", async () => {
    const first = await interact(chatInputInteraction("sources"));
    const next = buttons(first).find((b) => b.label.startsWith("Next"))!;
    const res = await interact(pressOn(first, next.custom_id, "1300000000000000778"));
    expect(res.body.type).toBe(UPDATE_MESSAGE);
    expect(visibleText(res.body.data).split("\n")[0]).toMatch(/^What I have read \(2 of \d+\)$/);
    expect(res.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("keeps every page within Discord's limits", async () => {
    for (const page of await allPages()) expect(pageText(page).replace(/\n/g, "").length).toBeLessThanOrEqual(4000);
  });

  it("lists every document across its pages, each once", async () => {
    const text = (await allPages()).map(pageText).join("\n");
    for (const s of engine.sources()) {
      const title = s.title.replace(/[\\*_~`|[\]]/g, "\\$&");
      expect(text.split(title).length - 1, s.id).toBeGreaterThanOrEqual(1);
      if (s.url) expect(text, s.id).toContain(s.url);
    }
    expect(text.match(/^• /gm)).toHaveLength(engine.sources().length);
  });
});
