import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { knowledgeAdd } from "../../src/ingest/add.js";
import { knowledgeRefresh } from "../../src/ingest/refresh.js";
import { createLogger } from "../../src/log.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { type FixtureSite, LANTERN_FACT, startFixtureSite } from "../helpers/fixtureSite.js";
import { pressablesOf } from "../helpers/visibleText.js";
import { knowledgeCopy, runCommand } from "../ingest/run.js";

const STRING = 3;
let discord: DiscordStandIn;
let site: FixtureSite;
let bot: Bot;
let dir: string;

beforeAll(async () => {
  [discord, site] = await Promise.all([startDiscordStandIn(), startFixtureSite()]);
  dir = knowledgeCopy();
  await runCommand(knowledgeAdd, [site.url("/changing"), "--allow-private", "--id", "lantern"], {
    env: { KNOWLEDGE_DIR: dir },
  });
  const config = loadConfig({ DISCORD_TOKEN: "test-token-stale", DISCORD_API_URL: discord.apiUrl, KNOWLEDGE_DIR: dir });
  const log = createLogger({ level: "warn", destination: { write: () => true } });
  bot = await startBot({ commands, config, engine: await buildEngine(config, log), log, handleSignals: false });
});

afterAll(async () => {
  await bot?.stop();
  await Promise.all([discord?.close(), site?.close()]);
});

async function interact(input: Parameters<DiscordStandIn["sendInteraction"]>[0]) {
  const { id, token } = discord.sendInteraction({ userId: "4242", ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
  );
  return first!.body.data;
}

describe("a More excerpts reply kept from before its source changed", () => {
  it("says the source changed instead of showing the words that are no longer in the file", async () => {
    const answer = await interact(
      chatInputInteraction("ask", [
        { name: "question", type: STRING, value: "were the boards bought before the export rules?" },
      ]),
    );
    const moreId = pressablesOf(answer)[0]!.custom_id as string;
    // The page changes; knowledge:refresh --write brings the file up to date. The reply behind the button is older.
    const refreshed = await runCommand(knowledgeRefresh, ["--allow-private", "--write"], {
      env: { KNOWLEDGE_DIR: dir },
    });
    expect(refreshed.stdout).toContain(`- ${LANTERN_FACT}`);
    const more = JSON.stringify(await interact(buttonInteraction(moreId)));
    expect(more).not.toContain("312 spare H800 boards");
    expect(more).toContain("The source has changed since this answer");
  });

  it("shows a kept quote as before while its words are still in the file", async () => {
    const answer = await interact(
      chatInputInteraction("ask", [
        { name: "question", type: STRING, value: "what did the chip market analysts say?" },
      ]),
    );
    const moreId = pressablesOf(answer)[0]!.custom_id as string;
    const more = JSON.stringify(await interact(buttonInteraction(moreId)));
    expect(more).toContain("Shares of the chip maker fell 3.12% in a single day.");
    expect(more).not.toContain("The source has changed");
  });
});
