import { ask } from "../../commands/ask.js";
import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import { replyToText } from "../console/text.js";
import { recordOptions } from "../discord/command.js";
import { runMain } from "../runMain.js";

/** npm run ask -- "<question>" [--json]: one answer through the same pipeline, then exit. */
async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const question = argv.filter((a) => a !== "--json").join(" ");
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
