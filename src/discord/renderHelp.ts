import type { CheckResult } from "../claims/types.js";
import type { Locale } from "../messages/locale.js";
import { localName, say } from "../messages/say.js";
import type { Block } from "./card.js";
import type { Reply } from "./reply.js";
import { VERDICT_MARK, VERDICTS } from "./verdictMarks.js";

/** Questions the help offers as examples: each is answered from the knowledge (a test holds them to that). */
export const HELP_EXAMPLES = [
  "how far did NVIDIA fall?",
  "what did DeepSeek-R1 cost to train?",
  "which chips did DeepSeek use?",
] as const;

/** Help for Discord, as a card: what to ask, what the verdict marks mean, what private does, and the pace. */
export function renderHelp(topic: string, locale: Locale = "en"): Reply {
  // German capitalises its nouns, so its labels keep their case inside a line.
  const inLine = (label: string) => (locale === "de" ? label : label.toLocaleLowerCase(locale));
  const verdicts = VERDICTS.map((v) => `${VERDICT_MARK[v]} ${inLine(verdictLabel(v, locale))}`);
  const names = { menu: localName("Check with sources", locale), private: localName("private", locale) };
  const text = (line: string): Block => ({ type: "text", pieces: [line] });
  const blocks: Block[] = [
    text(say(locale, "help.intro", { topic })),
    { type: "heading", text: say(locale, "help.heading_commands") },
    {
      type: "list",
      items: [
        say(locale, "help.item_ask", { examples: HELP_EXAMPLES.map((q) => `“${q}”`).join(", ") }),
        say(locale, "help.item_summary"),
        say(locale, "help.item_check", names),
        say(locale, "help.item_stats"),
        say(locale, "help.item_votes"),
      ].map((line) => [line]),
    },
    { type: "heading", text: say(locale, "help.heading_verdicts") },
    text(verdicts.join(" · ")),
    { type: "heading", text: say(locale, "help.heading_private") },
    text(say(locale, "help.private_text", names)),
    { type: "heading", text: say(locale, "help.heading_pace") },
    text(say(locale, "help.pace")),
  ];
  return { ephemeral: true, embeds: [], cards: [{ tone: "answer", blocks }], locale };
}

/** A verdict's name in the reader's language: "Supported", "Belegt". */
function verdictLabel(verdict: CheckResult["verdict"], locale: Locale): string {
  return say(locale, `verdict.${verdict}`);
}
