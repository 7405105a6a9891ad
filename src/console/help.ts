import { VERDICT_LABEL } from "../claims/types.js";
import { notice, type Reply } from "../discord/reply.js";
import { VERDICT_MARK } from "../discord/verdictMarks.js";
import { consoleCommands } from "./commands.js";

/** Help for the terminal: what to type here and the keys that work, and nothing that only works in Discord. */
export function consoleHelp(topic: string): Reply {
  const commands = consoleCommands();
  const width = Math.max(...commands.map((c) => c.usage.length));
  const verdicts = Object.entries(VERDICT_LABEL).map(
    ([v, label]) => `${VERDICT_MARK[v as keyof typeof VERDICT_MARK]} ${label.toLowerCase()}`,
  );
  return notice(
    [
      `I answer questions about ${topic}, quoting the article and showing our notes on its sources, with links.`,
      "",
      "Type a question on its own line, e.g.  how far did NVIDIA fall?",
      'A question that names nothing ("who made it?", "and v3?") follows up the one before, as in a thread; /new starts over.',
      "",
      ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`),
      "",
      "Keys: Up and Down recall earlier lines; Left, Right, Home and End move in the line; Ctrl-C clears it; Ctrl-D leaves.",
      `Verdicts from /check: ${verdicts.join(" · ")}.`,
    ].join("\n"),
  );
}
