import { beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../commands/ask.js";
import { check } from "../../commands/check.js";
import { help } from "../../commands/help.js";
import { commands, isSlashCommand } from "../../commands/index.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { recordOptions } from "../../src/discord/command.js";
import { toReplyOptions } from "../../src/discord/payload.js";
import type { Reply } from "../../src/discord/reply.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import type { CommandName } from "../../src/messages/commandNames.js";
import { LOCALES } from "../../src/messages/locale.js";
import { localName, say } from "../../src/messages/say.js";
import { cardsOf, textDisplays, visibleText } from "../helpers/visibleText.js";

/** The message Discord is sent for a reply, as JSON. */
const sent = (reply: Reply) => JSON.parse(JSON.stringify(toReplyOptions(reply, null)));

// The real knowledge: help's length depends on the article's title.
const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(KNOWLEDGE, ROOT) });
});

describe("replies in the reader's language", () => {
  it("declines in German, naming the command as a German client shows it", async () => {
    const reply = await ask.execute({ engine, options: recordOptions({ question: "   " }), locale: "de" });
    expect(reply.content).toBe(
      "Bitte gib eine Frage ein (auf Englisch), zum Beispiel: /fragen what did DeepSeek-R1 cost to train?",
    );
  });

  it("introduces an answer's excerpts and its fact check in German, the quoted words as written", async () => {
    const question = "how much did nvidia fall?";
    const english = await engine.answer(question);
    const reply = await ask.execute({ engine, options: recordOptions({ question }), locale: "de" });
    expect(english.lines[0]).toMatchObject({ kind: "quote" });
    const text = visibleText(sent(reply));
    expect(text).toMatch(/\[1\] Der Artikel sagt\nConsequently, NVIDIA's stock price plummeted by 3\.12%/);
    expect(cardsOf(sent(reply))[1]?.texts[0]).toBe("### ✅ Faktencheck: Belegt");
  });

  it("introduces our notes on a source in French, with the source's name as written", async () => {
    const question = "how many h800 gpus did deepseek use?";
    const english = await engine.answer(question);
    expect(english.lines[0]).toMatchObject({ kind: "note" });
    const reply = await ask.execute({ engine, options: recordOptions({ question }), locale: "fr" });
    const text = visibleText(sent(reply));
    expect(text).toMatch(/\[1\] D'après nos notes\n/);
    expect(text).toMatch(/nos notes sur .+ : notre résumé, pas ses mots/);
  });

  it("says why an off-topic question is declined in French, and offers the suggestions as written", async () => {
    const reply = await ask.execute({
      engine,
      options: recordOptions({ question: "best ramen in berlin?" }),
      locale: "fr",
    });
    const declined = await engine.answer("best ramen in berlin?");
    expect(reply.content).toContain("Les documents de l'affaire ne répondent pas à cela.");
    for (const q of declined.suggestions) expect(reply.content).toContain(q);
  });

  it("gives a /check verdict's label and the checker's own explanation in Japanese, the statement as written", async () => {
    const statement = "taylor swift's eras tour grossed over 2 billion";
    const reply = await check.execute({ engine, options: recordOptions({ claim: statement }), locale: "ja" });
    const [card] = cardsOf(sent(reply));
    expect(card?.texts[0]).toBe(`### ➖ ${say("ja", "verdict.not_covered")}`);
    const text = card!.texts.join("\n");
    expect(text).toContain(statement);
    expect(text).toContain(say("ja", "explanation.not_covered"));
    expect(text).toContain("/質問");
  });

  it("keeps English for a reader whose language it does not speak", async () => {
    const reply = await ask.execute({ engine, options: recordOptions({ question: "   " }) });
    expect(reply.content).toBe("Please type a question, for example: /ask what did DeepSeek-R1 cost to train?");
  });
});

describe("help in every language", () => {
  it.each(LOCALES)("names every slash command in %s as that client shows it, within one message", async (locale) => {
    const message = sent(await help.execute({ engine, options: recordOptions({}), locale }));
    const text = visibleText(message);
    for (const c of commands.filter((c) => isSlashCommand(c) && c !== help))
      expect(text).toContain(`/${localName(c.data.name as CommandName, locale)}`);
    expect(text).toContain(localName("Check with sources", locale));
    expect(textDisplays(message.components).join("").length).toBeLessThanOrEqual(4000);
  });
});

describe("Discord's length limits in every language", () => {
  it.each(LOCALES)("keeps %s modal titles and field labels within 45 characters", (locale) => {
    for (const key of ["vote.down_title", "vote.down_changed_title", "vote.reason_label"] as const)
      expect([...say(locale, key)].length, key).toBeLessThanOrEqual(45);
  });

  it.each(LOCALES)("keeps %s button labels within 80 characters", (locale) => {
    for (const key of ["button.more", "button.sources", "button.previous", "button.next"] as const)
      expect([...say(locale, key)].length, key).toBeLessThanOrEqual(80);
  });
});
