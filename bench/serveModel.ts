import { cooperativeAnswer } from "../tests/helpers/cooperativeModel.js";
import { startOpenAIStandIn } from "../tests/helpers/openaiStandIn.js";

/**
 * Serves the loopback OpenAI-compatible stand-in with the cooperative model until interrupted, for trying the
 * language-model mode without a key:
 *   node dist/bench/serveModel.js   (after npm run build), then in another shell
 *   OPENAI_API_KEY=local OPENAI_BASE_URL=<printed url> npm run eval -- questions.jsonl --mode llm
 */
const standIn = await startOpenAIStandIn();
standIn.setDefaultChat({ kind: "reply", content: cooperativeAnswer });
process.stdout.write(`${standIn.baseUrl}\n`);
process.once("SIGINT", () => void standIn.close().then(() => process.exit(0)));
process.once("SIGTERM", () => void standIn.close().then(() => process.exit(0)));
