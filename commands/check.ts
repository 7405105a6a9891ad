import { SlashCommandBuilder } from "discord.js";
import { type Command, everywhere, MIN_TEXT_CHARS, renderContext } from "../src/discord/command.js";
import { described, named } from "../src/discord/localisations.js";
import { recordCheck } from "../src/discord/recorded.js";
import { renderCheck } from "../src/discord/renderCheck.js";
import { notice } from "../src/discord/reply.js";
import { checkQuestion, MAX_QUESTION_CHARS } from "../src/engine/input.js";
import type { DeclineReason } from "../src/engine/types.js";
import type { MessageKey } from "../src/messages/en.js";
import { say } from "../src/messages/say.js";

/** What a claim that cannot be checked gets told, by the reason the input was refused. */
const INPUT_PROBLEM: Partial<Record<DeclineReason, MessageKey>> = {
  empty: "check.empty",
  too_long: "decline.too_long",
  no_words: "check.no_words",
  language: "decline.language",
};

export const check = {
  data: everywhere(new SlashCommandBuilder())
    .setName("check")
    .setNameLocalizations(named("check"))
    .setDescription("Check a claim about the story against its sources.")
    .setDescriptionLocalizations(described("check"))
    .addStringOption((o) =>
      o
        .setName("claim")
        .setNameLocalizations(named("claim"))
        .setDescription("The claim to check")
        .setDescriptionLocalizations(described("claim"))
        .setRequired(true)
        .setMinLength(MIN_TEXT_CHARS)
        .setMaxLength(MAX_QUESTION_CHARS),
    )
    .addBooleanOption((o) =>
      o
        .setName("private")
        .setNameLocalizations(named("private"))
        .setDescription("Only you see the verdict")
        .setDescriptionLocalizations(described("private")),
    ),
  cooldown: true,
  async execute({ engine, options, locale = "en" }) {
    const claim = options.getString("claim") ?? "";
    const input = checkQuestion(claim);
    if (!input.ok) {
      const text = say(locale, INPUT_PROBLEM[input.reason] ?? "decline.language", {
        max: MAX_QUESTION_CHARS,
        length: claim.length,
      });
      return { ...notice(text), unanswered: true, record: recordCheck("check", claim, null, input.reason) };
    }
    const report = engine.check(input.text);
    const reply = {
      ...renderCheck(report, renderContext({ engine, locale }), options.getBoolean("private") ?? false),
      record: recordCheck("check", input.text, report),
    };
    return report.results.length ? reply : { ...reply, unanswered: true };
  },
} satisfies Command;
