import { StorybotError } from "../errors.js";

/** Written for the shell it is typed in: the console's "/ask" syntax does not work here. */
export const USAGE = [
  'Usage: npm run ask -- "your question" [--json]',
  "",
  "Answers one question about the story, as the bot does in Discord, and exits.",
  '  --json      the engine\'s whole answer as JSON, e.g. npm run -s ask -- --json "your question" | jq .excerpts',
  "  -h, --help  this text",
  "",
  "For a conversation with follow-ups and the other commands, run npm start without DISCORD_TOKEN (the console).",
].join("\n");

export type AskArgs = { help: true } | { help: false; question: string; json: boolean };

/** What the command line asks for; no question, or an option it does not know, is a mistake named with the usage. */
export function parseAskArgs(argv: readonly string[]): AskArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { help: true };
  // Option-shaped words only: a question may well start with "-" ("-5% in a day?").
  const unknown = argv.find((a) => /^--?[a-z][\w-]*$/i.test(a) && a !== "--json");
  if (unknown) throw new StorybotError("usage", `Unknown option "${unknown}".\n\n${USAGE}`);
  const question = argv
    .filter((a) => a !== "--json")
    .join(" ")
    .trim();
  if (!question) throw new StorybotError("usage", `Type the question after "npm run ask --".\n\n${USAGE}`);
  return { help: false, question, json: argv.includes("--json") };
}
