import { ApplicationCommandType, ContextMenuCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.js";
import { renderCheck } from "../src/discord/render.js";
import { notice } from "../src/discord/reply.js";
import { checkQuestion } from "../src/engine/input.js";

/** The message context-menu command: right-click any message, Apps, "Check with sources". Private by default. */
export const checkMessage = {
  data: new ContextMenuCommandBuilder().setName("Check with sources").setType(ApplicationCommandType.Message),
  async execute({ engine, targetMessage }) {
    const text = targetMessage?.content ?? "";
    const input = checkQuestion(text.slice(0, 2000));
    if (!input.ok) {
      const what = targetMessage?.attachmentCount ? "only attachments" : text.trim() ? "no words I can check (only links, mentions or emoji)" : "no text";
      return notice(`That message has ${what}. I can check messages that state something in words.`);
    }
    return renderCheck(engine.check(input.text), { sources: engine.sources(), asOf: engine.asOf }, true);
  },
} satisfies Command;
