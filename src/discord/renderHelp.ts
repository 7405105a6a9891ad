import type { CheckResult } from "../claims/types.js";
import type { Locale } from "../messages/locale.js";
import { localName, say } from "../messages/say.js";
import { inert } from "./neutralise.js";
import { notice, type Reply } from "./reply.js";
import { VERDICT_MARK, VERDICTS } from "./verdictMarks.js";

/** Questions the help offers as examples: each is answered from the knowledge (a test holds them to that). */
export const HELP_EXAMPLES = [
  "how far did NVIDIA fall?",
  "what did DeepSeek-R1 cost to train?",
  "which chips did DeepSeek use?",
] as const;

/** Help for Discord: what to ask, what the verdict marks mean, what private does, and the pace. */
export function renderHelp(topic: string, locale: Locale = "en"): Reply {
  // German capitalises its nouns, so its labels keep their case inside a line.
  const inLine = (label: string) => (locale === "de" ? label : label.toLocaleLowerCase(locale));
  const verdicts = VERDICTS.map((v) => `${VERDICT_MARK[v]} ${inLine(verdictLabel(v, locale))}`);
  const names = { menu: localName("Check with sources", locale), private: localName("private", locale) };
  return notice(
    [
      say(locale, "help.intro", { topic: inert(topic) }),
      "",
      say(locale, "help.commands"),
      say(locale, "help.ask", { examples: HELP_EXAMPLES.map((q) => `“${q}”`).join(", ") }),
      say(locale, "help.summary"),
      say(locale, "help.check", names),
      say(locale, "help.stats"),
      say(locale, "help.votes"),
      "",
      say(locale, "help.verdicts"),
      verdicts.join(" · "),
      "",
      say(locale, "help.private_heading"),
      say(locale, "help.private", names),
      "",
      say(locale, "help.pace_heading"),
      say(locale, "help.pace"),
    ].join("\n"),
    true,
  );
}

/** A verdict's name in the reader's language: "Supported", "Belegt". */
function verdictLabel(verdict: CheckResult["verdict"], locale: Locale): string {
  return say(locale, `verdict.${verdict}`);
}
