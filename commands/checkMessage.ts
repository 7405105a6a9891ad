import { ApplicationCommandType, ContextMenuCommandBuilder } from "discord.js";
import { type Command, everywhere } from "../src/discord/command.js";
import { named } from "../src/discord/localisations.js";
import { recordCheck } from "../src/discord/recorded.js";
import { renderCheck } from "../src/discord/render.js";
import { notice } from "../src/discord/reply.js";
import { checkQuestion, MAX_MESSAGE_CHARS } from "../src/engine/input.js";

/** The message context-menu command: right-click any message, Apps, "Check with sources". Private by default. */
export const checkMessage = {
  data: everywhere(new ContextMenuCommandBuilder())
    .setName("Check with sources")
    .setNameLocalizations(named("Check with sources"))
    .setType(ApplicationCommandType.Message),
  async execute({ engine, targetMessage }) {
    const text = targetMessage?.content ?? "";
    const input = checkQuestion(text.slice(0, MAX_MESSAGE_CHARS), MAX_MESSAGE_CHARS);
    if (input.ok) {
      const report = engine.check(input.text);
      const reply = {
        ...renderCheck(report, { sources: engine.sources(), asOf: engine.asOf }, true),
        record: recordCheck("Check with sources", input.text, report),
      };
      return report.results.length ? reply : { ...reply, unanswered: true };
    }
    if (input.reason === "language")
      return {
        ...notice("I can only check messages in English: the story and its sources are in English."),
        unanswered: true,
      };
    const what = text.trim()
      ? "no words I can check (only code, links, mentions or emoji)"
      : targetMessage?.attachmentCount
        ? "only attachments"
        : targetMessage?.embedCount
          ? "only an embed"
          : "no text";
    return {
      ...notice(`That message has ${what}. I can check messages that state something in words.`),
      unanswered: true,
    };
  },
} satisfies Command;
