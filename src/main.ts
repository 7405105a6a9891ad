import { buildEngine, stderrLog } from "./app.js";
import { loadConfig, loadDotEnv } from "./config.js";
import { runConsole } from "./console/repl.js";
import { StorybotError } from "./errors.js";

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const engine = await buildEngine(config);
  if (config.discord) {
    const { startBot } = await import("./discord/bot.js");
    await startBot({ config, engine, log: stderrLog });
    return;
  }
  await runConsole({ engine, input: process.stdin, output: process.stdout, log: stderrLog });
}

main().catch((error: unknown) => {
  // Known problems (configuration, knowledge files) already say what to fix; anything else gets its stack.
  process.stderr.write(error instanceof StorybotError ? `${error.message}\n` : `${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
