import { loadDotEnv } from "../config.js";
import { knowledgeAdd } from "../ingest/add.js";
import { runMain } from "../runMain.js";

/** npm run knowledge:add -- <url> [--id ID] [--force] [--allow-private] */
void runMain(() => {
  loadDotEnv();
  return knowledgeAdd(process.argv.slice(2), { stdout: process.stdout, env: process.env });
});
