import { runMain } from "../runMain.js";
import { parseAskArgs, USAGE } from "./askArgs.js";

/** npm run ask -- "<question>" [--json]: one answer through the same pipeline, then exit. */
async function main(argv: string[]): Promise<void> {
  // Read before anything else is loaded: --help and a missing question need none of the engine, Discord's command
  // registry or the knowledge, and answer at once instead of after seconds of loading modules.
  const args = parseAskArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { question, json } = args;
  const [{ buildEngine }, { loadConfig, loadDotEnv }] = await Promise.all([
    import("../app.js"),
    import("../config.js"),
  ]);
  loadDotEnv();
  const engine = await buildEngine(loadConfig());
  if (json) {
    process.stdout.write(`${JSON.stringify(await engine.answer(question), null, 2)}\n`);
  } else {
    const [{ ask }, { replyToText }, { recordOptions }] = await Promise.all([
      import("../../commands/ask.js"),
      import("../console/text.js"),
      import("../discord/command.js"),
    ]);
    // One answer and exit: nothing to type next, so no hints about /more or /sources.
    const reply = await ask.execute({ engine, surface: "console", options: recordOptions({ question }) });
    process.stdout.write(`${replyToText(reply, { hints: false })}\n`);
  }
}

void runMain(() => main(process.argv.slice(2)));
