import { SlashCommandBuilder } from "discord.js";
import { type Command, everywhere, MIN_TEXT_CHARS } from "../src/discord/command.js";
import { described } from "../src/discord/localisations.js";
import { recordAnswer } from "../src/discord/recorded.js";
import { renderAnswer, renderPartial } from "../src/discord/render.js";
import { withoutCitations } from "../src/engine/citations.js";
import { turnOf } from "../src/engine/followUp.js";
import { MAX_QUESTION_CHARS } from "../src/engine/input.js";

/** Said above an answer asked in a thread the bot did not open (it reads no messages, so it has no context there). */
const STRAY_THREAD =
  "I didn't open this thread, so I can't see what was asked in it: here is an answer to your question on its own, just for you. To follow up on an answer, press **Ask a follow-up** under it.";

export const ask = {
  data: everywhere(new SlashCommandBuilder())
    .setName("ask")
    .setDescription("Ask a question about the story; the answer quotes its sources word for word.")
    .setDescriptionLocalizations(described("ask"))
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("Your question")
        .setDescriptionLocalizations(described("question"))
        .setRequired(true)
        .setMinLength(MIN_TEXT_CHARS)
        .setMaxLength(MAX_QUESTION_CHARS),
    )
    .addBooleanOption((o) =>
      o.setName("private").setDescription("Only you see the answer").setDescriptionLocalizations(described("private")),
    ),
  slow: ({ engine }) => engine.usesModel,
  followsUp: true,
  async execute({ engine, options, onProgress, followUp, strayThread }) {
    const question = options.getString("question") ?? "";
    const onPartial = onProgress
      ? (prose: string) => onProgress(renderPartial(question, withoutCitations(prose)))
      : undefined;
    const answer = await engine.answer(question, {
      ...(onPartial ? { onPartial } : {}),
      earlier: followUp?.earlier ?? [],
    });
    const ephemeral = (options.getBoolean("private") ?? false) || strayThread === true;
    const rendered = renderAnswer(answer, { sources: engine.sources(), asOf: engine.asOf }, ephemeral);
    const reply = {
      ...rendered,
      ...(strayThread ? { content: [STRAY_THREAD, rendered.content].filter(Boolean).join("\n\n") } : {}),
      record: recordAnswer(answer),
    };
    if (answer.declined) return { ...reply, unanswered: true };
    return { ...reply, turn: turnOf(answer), followUp: !ephemeral && followUp?.in !== "thread" };
  },
} satisfies Command;
