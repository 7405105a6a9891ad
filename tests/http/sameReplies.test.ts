import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { type HttpBot, startHttpBot } from "../../src/http/httpBot.js";
import { createLogger } from "../../src/log.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { signedSender, signingKeys } from "../helpers/signedInteractions.js";
import { buttonsOf, visibleText } from "../helpers/visibleText.js";

// One Discord, two doors: a gateway bot and an HTTP-mode bot on the same stand-in and the same knowledge. A question
// asked through either gets the same reply.
type Body = RecordedRequest["body"];
const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const TOKEN = "test-token-do-not-log";

let discord: DiscordStandIn;
let gatewayBot: Bot;
let httpBot: HttpBot;
let sendSigned: ReturnType<typeof signedSender>["send"];
let nextUser = 3000;

beforeAll(async () => {
  discord = await startDiscordStandIn();
  const keys = signingKeys();
  const log = createLogger({ level: "silent" });
  const env = { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl, KNOWLEDGE_DIR: FIXTURE };
  const gatewayConfig = loadConfig(env);
  gatewayBot = await startBot({
    commands,
    config: gatewayConfig,
    engine: await buildEngine(gatewayConfig, log),
    log,
    handleSignals: false,
  });
  const httpConfig = loadConfig({
    ...env,
    INTERACTIONS_PORT: "0",
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
  });
  httpBot = await startHttpBot({
    commands,
    config: httpConfig,
    engine: await buildEngine(httpConfig, log),
    log,
    handleSignals: false,
  });
  sendSigned = signedSender(discord, `http://127.0.0.1:${httpBot.port}/`, keys).send;
});

afterAll(async () => {
  await httpBot?.stop();
  await gatewayBot?.stop();
  await discord?.close();
});

const firstResponse = async ({ id, token }: { id: string; token: string }): Promise<RecordedRequest> =>
  (await discord.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`))[0]!;

/** The bot's first response to `input` sent over the gateway, and to the same input sent over HTTP. */
async function bothWays(input: (user: string) => InteractionInput): Promise<[Body, Body]> {
  const overGateway = await firstResponse(discord.sendInteraction(input(String(nextUser++))));
  const sent = await sendSigned(input(String(nextUser++)));
  expect(sent.status).toBe(202);
  const overHttp = await firstResponse(sent);
  return [overGateway.body, overHttp.body];
}

/** An answer's buttons name the answer (`more:<id>`): the one part of two identical replies that differs. */
const withoutAnswerIds = (body: unknown) =>
  JSON.parse(JSON.stringify(body).replace(/"(more|vote|followup):[^":]+/g, '"$1:ANSWER'));

const ask = (question: string) => (userId: string) =>
  chatInputInteraction("ask", [{ name: "question", type: 3, value: question }], { userId });

describe("HTTP interactions give the gateway's replies", () => {
  it("answers /ask with the same reply", async () => {
    const [gateway, http] = await bothWays(ask("how many H800 GPUs were used?"));
    expect(visibleText(http.data)).toMatch(/2,048 H800 GPUs/);
    expect(withoutAnswerIds(http)).toEqual(withoutAnswerIds(gateway));
  });

  it("answers /help with the same reply", async () => {
    const [gateway, http] = await bothWays((userId) => chatInputInteraction("help", [], { userId }));
    expect(http.type).toBe(4);
    expect(http).toEqual(gateway);
  });

  it("answers a press of Sources with the same reply", async () => {
    const [gateway, http] = await bothWays((userId) => buttonInteraction("sources", undefined, { userId }));
    expect(visibleText(http.data).split("\n")[0]).toBe("What I have read");
    expect(http).toEqual(gateway);
  });

  it("answers a press of More excerpts under its own answer with the same reply", async () => {
    const question = "what did training cost and what does it leave out?";
    const [gatewayAnswer, httpAnswer] = await bothWays(ask(question));
    const press = (answer: Body) => (userId: string) =>
      buttonInteraction(
        buttonsOf(answer.data)
          .map((c) => c.custom_id as string)
          .find((id) => id?.startsWith("more:"))!,
        undefined,
        { userId },
      );
    const overGateway = await firstResponse(discord.sendInteraction(press(gatewayAnswer)(String(nextUser++))));
    const overHttp = await firstResponse(await sendSigned(press(httpAnswer)(String(nextUser++))));
    expect(visibleText(overHttp.body.data).split("\n")[0]).toBe("More excerpts");
    expect(withoutAnswerIds(overHttp.body)).toEqual(withoutAnswerIds(overGateway.body));
  });
});
