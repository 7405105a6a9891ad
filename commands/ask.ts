import { SlashCommandBuilder } from "discord.js";
import { type Command, everywhere, MIN_TEXT_CHARS, renderContext } from "../src/discord/command.js";
import { described, named } from "../src/discord/localisations.js";
import { recordAnswer } from "../src/discord/recorded.js";
import { renderAnswer, renderPartial } from "../src/discord/renderAnswer.js";
import { withoutCitations } from "../src/engine/citations.js";
import { turnOf } from "../src/engine/followUp.js";
import { MAX_QUESTION_CHARS } from "../src/engine/input.js";
import { say } from "../src/messages/say.js";

export const ask = {
  data: everywhere(new SlashCommandBuilder())
    .setName("ask")
    .setNameLocalizations(named("ask"))
    .setDescription("Ask a question about the story; the answer quotes its sources word for word.")
    .setDescriptionLocalizations(described("ask"))
    .addStringOption((o) =>
      o
        .setName("question")
        .setNameLocalizations(named("question"))
        .setDescription("Your question")
        .setDescriptionLocalizations(described("question"))
        .setRequired(true)
        .setMinLength(MIN_TEXT_CHARS)
        .setMaxLength(MAX_QUESTION_CHARS),
    )
    .addBooleanOption((o) =>
      o
        .setName("private")
        .setNameLocalizations(named("private"))
        .setDescription("Only you see the answer")
        .setDescriptionLocalizations(described("private")),
    ),
  cooldown: true,
  slow: ({ engine }) => engine.usesModel,
  followsUp: true,
  async execute({ engine, options, onProgress, locale, followUp, strayThread }) {
    const question = options.getString("question") ?? "";
    const onPartial = onProgress
      ? (prose: string) => onProgress(renderPartial(question, withoutCitations(prose), locale))
      : undefined;
    const answer = await engine.answer(question, {
      ...(onPartial ? { onPartial } : {}),
      earlier: followUp?.earlier ?? [],
    });
    const ephemeral = (options.getBoolean("private") ?? false) || strayThread === true;
    const rendered = renderAnswer(answer, renderContext({ engine, locale }), ephemeral);
    const reply = {
      ...rendered,
      ...(strayThread
        ? { content: [say(locale ?? "en", "followup.stray_thread"), rendered.content].filter(Boolean).join("\n\n") }
        : {}),
      record: recordAnswer(answer),
    };
    if (answer.declined) return { ...reply, unanswered: true };
    return { ...reply, turn: turnOf(answer), followUp: !ephemeral && followUp?.in !== "thread" };
  },
} satisfies Command;
