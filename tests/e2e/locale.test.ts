import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { createLogger } from "../../src/log.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { pressablesOf, visibleText } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
const EPHEMERAL = 64;

let discord: DiscordStandIn;
let bot: Bot;
let nextUser = 7000;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  const config = loadConfig({
    DISCORD_TOKEN: "test-token-locale",
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
  });
  const log = createLogger({ level: "error", destination: { write: () => {} } });
  bot = await startBot({ commands, config, engine: await buildEngine(config, log), log, handleSignals: false });
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
});

/** Sends an interaction from a fresh user whose Discord client is in `locale`, and waits for the first response. */
async function from(locale: string, input: Parameters<DiscordStandIn["sendInteraction"]>[0]): Promise<RecordedRequest> {
  const { id, token } = discord.sendInteraction({ userId: String(nextUser++), locale, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
  );
  return first!;
}

// Discord sends the command's English name ("ask") whatever the user's language, as the stand-in does here.
const ask = (question: string) => chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }]);
const labels = (res: RecordedRequest): string[] => pressablesOf(res.body.data).map((b) => b.label as string);

describe("the bot in its reader's language", () => {
  it("declines a German user's question privately, in German", async () => {
    const res = await from("de", ask("best ramen in berlin?"));
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.content).toMatch(
      /^Darauf geben die Dokumente der Geschichte keine Antwort\. Ich beantworte Fragen zu/,
    );
    expect(res.body.data.content).toContain("Du könntest fragen:");
  });

  it("labels an answer's buttons in French for a French user", async () => {
    const res = await from("fr", ask("how many H800 GPUs were used?"));
    expect(visibleText(res.body.data)).toContain("2,048 H800");
    expect(labels(res)).toEqual(["Plus d'extraits", "Sources"]);
    expect(visibleText(res.body.data)).toMatch(/Repris mot pour mot des documents/);
  });

  it("answers a user whose language it does not speak in English", async () => {
    const res = await from("ko", ask("how many H800 GPUs were used?"));
    expect(labels(res)).toEqual(["More excerpts", "Sources"]);
    expect(visibleText(res.body.data)).toMatch(/Taken from the documents word for word/);
  });

  it("reads a Latin American Spanish client as Spanish", async () => {
    const res = await from("es-419", ask("how many H800 GPUs were used?"));
    expect(labels(res)).toEqual(["Más extractos", "Fuentes"]);
  });

  it("answers a button press in the presser's language", async () => {
    const res = await from("ja", buttonInteraction("sources"));
    expect(visibleText(res.body.data).split("\n")[0]).toBe("読んだ資料");
  });
});
