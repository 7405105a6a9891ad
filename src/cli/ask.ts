import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import { recordOptions } from "../discord/command.js";
import { StorybotError } from "../errors.js";
import { replyToText } from "../console/text.js";
import { ask } from "../../commands/ask.js";

/** npm run ask -- "<question>" [--json]: one answer through the same pipeline, then exit. */
async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const question = argv.filter((a) => a !== "--json").join(" ");
  loadDotEnv();
  const engine = await buildEngine(loadConfig());
  if (json) {
    process.stdout.write(`${JSON.stringify(await engine.answer(question), null, 2)}\n`);
  } else {
    process.stdout.write(`${replyToText(await ask.execute({ engine, options: recordOptions({ question }) }))}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(error instanceof StorybotError ? `${error.message}\n` : `${String(error)}\n`);
  process.exit(1);
});
