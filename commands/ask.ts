import { SlashCommandBuilder } from "discord.js";
import { type Command, everywhere, MIN_TEXT_CHARS, renderContext } from "../src/discord/command.js";
import { described, named } from "../src/discord/localisations.js";
import { recordAnswer } from "../src/discord/recorded.js";
import { renderAnswer, renderPartial } from "../src/discord/render.js";
import { withoutCitations } from "../src/engine/citations.js";
import { MAX_QUESTION_CHARS } from "../src/engine/input.js";

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
  slow: ({ engine }) => engine.usesModel,
  async execute({ engine, options, onProgress, locale }) {
    const question = options.getString("question") ?? "";
    const onPartial = onProgress
      ? (prose: string) => onProgress(renderPartial(question, withoutCitations(prose), locale))
      : undefined;
    const answer = await engine.answer(question, onPartial ? { onPartial } : {});
    const reply = {
      ...renderAnswer(answer, renderContext({ engine, locale }), options.getBoolean("private") ?? false),
      record: recordAnswer(answer),
    };
    return answer.declined ? { ...reply, unanswered: true } : reply;
  },
} satisfies Command;
