import { loadConfig, loadDotEnv } from "../config.js";
import { checkKnowledge } from "../knowledge/check.js";
import { runMain } from "../runMain.js";

/** npm run knowledge:check: validates KNOWLEDGE_DIR as the bot would load it, without starting the bot. */
void runMain(() => {
  loadDotEnv();
  return checkKnowledge(loadConfig().knowledgeDir, process.stdout);
});
