import { loadDotEnv } from "../config.js";
import { knowledgeRefresh } from "../ingest/refresh.js";
import { runMain } from "../runMain.js";

/** npm run knowledge:refresh -- [id…] [--write] [--allow-private] */
void runMain(() => {
  loadDotEnv();
  return knowledgeRefresh(process.argv.slice(2), { stdout: process.stdout, env: process.env });
});
