import { parseAskArgs, USAGE } from "./askArgs.js";

export interface AskOutput {
  write(text: string): unknown;
}

/**
 * npm run ask -- "<question>" [--json]: one answer through the same pipeline, written to `out`. Configured from `env`
 * when given (the tests), else from the process's own variables with .env loaded, as every entry point is.
 */
export async function askOnce(argv: readonly string[], out: AskOutput, env?: NodeJS.ProcessEnv): Promise<void> {
  // Read before anything else is loaded: --help and a missing question need none of the engine, Discord's command
  // registry or the knowledge, and answer at once instead of after seconds of loading modules.
  const args = parseAskArgs(argv);
  if (args.help) {
    out.write(`${USAGE}\n`);
    return;
  }
  const { question, json } = args;
  const [{ buildEngine }, { loadConfig, loadDotEnv }] = await Promise.all([
    import("../app.js"),
    import("../config.js"),
  ]);
  if (!env) loadDotEnv();
  const engine = await buildEngine(loadConfig(env ?? process.env));
  if (json) {
    out.write(`${JSON.stringify(await engine.answer(question), null, 2)}\n`);
  } else {
    const [{ ask }, { replyToText }, { recordOptions }] = await Promise.all([
      import("../../commands/ask.js"),
      import("../console/text.js"),
      import("../discord/command.js"),
    ]);
    // One answer and exit: nothing to type next, so no hints about /more or /sources.
    const reply = await ask.execute({ engine, surface: "console", options: recordOptions({ question }) });
    out.write(`${replyToText(reply, { hints: false })}\n`);
  }
}
