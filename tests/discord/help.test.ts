import type { APIEmbed } from "discord.js";
import { beforeAll, describe, expect, it } from "vitest";
import { help } from "../../commands/help.js";
import { commands, isSlashCommand } from "../../commands/index.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { recordOptions } from "../../src/discord/command.js";
import { toReplyOptions } from "../../src/discord/payload.js";
import { HELP_EXAMPLES } from "../../src/discord/renderHelp.js";
import type { Reply } from "../../src/discord/reply.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { textDisplays, visibleText } from "../helpers/visibleText.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let engine: Engine;
let reply: Reply;
/** The card Discord is sent, as JSON. */
let message: { flags: number; allowedMentions: unknown; components: Parameters<typeof textDisplays>[0] };
let text: string;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(KNOWLEDGE, ROOT) });
  reply = await help.execute({ engine, options: recordOptions({}) });
  expect(reply.ephemeral).toBe(true);
  message = JSON.parse(JSON.stringify(toReplyOptions(reply, null)));
  text = visibleText(message);
});

describe("/help in Discord", () => {
  it("offers example questions, each one the bot answers", async () => {
    for (const q of HELP_EXAMPLES) {
      expect(text).toContain(q);
      expect((await engine.answer(q)).declined, q).toBe(false);
    }
  });

  it("says what each verdict mark means", () => {
    for (const line of [
      "✅ supported",
      "⚠️ needs nuance",
      "❌ contradicted by the sources",
      "❓ unverified",
      "💬 opinion, not a checkable fact",
      "➖ not covered by the sources",
    ]) {
      expect(text).toContain(line);
    }
  });

  it("says what private does", () => {
    expect(text).toMatch(/Set private to True .* only you see the reply/);
  });

  it("explains the cooldown", () => {
    expect(text).toMatch(/per-person limit each minute: go faster and I say how many seconds to wait/);
  });

  it("names every other slash command in the registry", () => {
    for (const c of commands.filter((c) => isSlashCommand(c) && c !== help)) expect(text).toContain(`/${c.data.name}`);
  });

  it("is a private card within Discord's limits, that pings nobody", () => {
    expect(message.flags & (1 << 15)).toBeTruthy();
    expect(message.flags & (1 << 6)).toBeTruthy();
    expect(textDisplays(message.components).join("").length).toBeLessThanOrEqual(4000);
    expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it("says the same in the embeds fallback", () => {
    const fallback = visibleText({ embeds: toReplyOptions(reply, null, false, "embeds").embeds as APIEmbed[] });
    expect(fallback).toBe(text);
  });
});
