import { ask } from "../../commands/ask.js";
import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import { replyToText } from "../console/text.js";
import { recordOptions } from "../discord/command.js";
import { runMain } from "../runMain.js";
import { parseAskArgs, USAGE } from "./askArgs.js";

/** npm run ask -- "<question>" [--json]: one answer through the same pipeline, then exit. */
async function main(argv: string[]): Promise<void> {
  // Read before the knowledge is loaded: --help and a missing question need none of it, and answer at once.
  const args = parseAskArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { question, json } = args;
  loadDotEnv();
  const engine = await buildEngine(loadConfig());
  if (json) {
    process.stdout.write(`${JSON.stringify(await engine.answer(question), null, 2)}\n`);
  } else {
    // One answer and exit: nothing to type next, so no hints about /more or /sources.
    const reply = await ask.execute({ engine, surface: "console", options: recordOptions({ question }) });
    process.stdout.write(`${replyToText(reply, { hints: false })}\n`);
  }
}

void runMain(() => main(process.argv.slice(2)));
