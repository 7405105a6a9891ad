import { ApplicationCommandType, ContextMenuCommandBuilder } from "discord.js";
import { type Command, everywhere, renderContext } from "../src/discord/command.js";
import { named } from "../src/discord/localisations.js";
import { recordCheck } from "../src/discord/recorded.js";
import { renderCheck } from "../src/discord/renderCheck.js";
import { notice } from "../src/discord/reply.js";
import { checkQuestion, MAX_MESSAGE_CHARS } from "../src/engine/input.js";
import { say } from "../src/messages/say.js";

/** The message context-menu command: right-click any message, Apps, "Check with sources". Private by default. */
export const checkMessage = {
  data: everywhere(new ContextMenuCommandBuilder())
    .setName("Check with sources")
    .setNameLocalizations(named("Check with sources"))
    .setType(ApplicationCommandType.Message),
  cooldown: true,
  async execute({ engine, targetMessage, locale = "en" }) {
    const text = targetMessage?.content ?? "";
    const input = checkQuestion(text.slice(0, MAX_MESSAGE_CHARS), MAX_MESSAGE_CHARS);
    if (input.ok) {
      const report = engine.check(input.text);
      const reply = {
        ...renderCheck(report, renderContext({ engine, locale }), true),
        record: recordCheck("Check with sources", input.text, report),
      };
      return report.results.length ? reply : { ...reply, unanswered: true };
    }
    const problem =
      input.reason === "language"
        ? "check.message_language"
        : text.trim()
          ? "check.message_no_words"
          : targetMessage?.attachmentCount
            ? "check.message_attachments"
            : targetMessage?.embedCount
              ? "check.message_embed"
              : "check.message_empty";
    return { ...notice(say(locale, problem)), unanswered: true };
  },
} satisfies Command;
