import { buildEngine } from "./app.js";
import { loadConfig, loadDotEnv } from "./config.js";
import { runConsole } from "./console/repl.js";
import { StorybotError } from "./errors.js";
import { createLogger } from "./log.js";

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  // In the console, log lines share the terminal with answers: only warnings and errors, unless LOG_LEVEL says otherwise.
  const log = createLogger({ level: config.logLevel ?? (config.discord ? "info" : "warn"), secrets: [config.discord?.token, config.llm?.apiKey] });
  const engine = await buildEngine(config, log);
  if (config.discord) {
    const { startBot } = await import("./discord/bot.js");
    await startBot({ config, engine, log });
    return;
  }
  await runConsole({ engine, input: process.stdin, output: process.stdout, log });
}

main().catch((error: unknown) => {
  // Known problems (configuration, knowledge files) already say what to fix; anything else gets its stack.
  process.stderr.write(error instanceof StorybotError ? `${error.message}\n` : `${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
