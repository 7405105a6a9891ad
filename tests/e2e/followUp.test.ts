import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine, openRecords } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { createLogger } from "../../src/log.js";
import type { Store } from "../../src/store/index.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  modalSubmitInteraction,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { pressablesOf, visibleText } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const STRING = 3;
const BOOLEAN = 5;
const EPHEMERAL = 64;
const MODAL = 9;
const UPDATE = 7;
const DEFERRED = 5;

let discord: DiscordStandIn;
let bot: Bot;
let records: Store;
let nextUser = 500_000_000_000_000_000n;
const newUser = () => String(nextUser++);
let nextMessage = 600_000_000_000_000_000n;
/** The id of a message the bot posted; a thread opened on it takes the same id. */
const newMessage = () => String(nextMessage++);

beforeAll(async () => {
  discord = await startDiscordStandIn();
  const config = loadConfig({
    DISCORD_TOKEN: "test-token-follow-up",
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    DATA_DIR: mkdtempSync(join(tmpdir(), "storybot-data-")),
    ASK_COOLDOWN_PER_MINUTE: "0",
    BUTTON_CLICKS_PER_MINUTE: "0",
  });
  const log = createLogger({ level: "silent" });
  records = await openRecords(config, log);
  bot = await startBot({
    commands,
    config,
    engine: await buildEngine(config, log),
    log,
    records,
    handleSignals: false,
  });
});

afterAll(async () => {
  await bot?.stop();
  await records?.close();
  await discord?.close();
});

/** Sends an interaction and waits for its first response. */
async function interact(input: InteractionInput, userId = newUser()) {
  const { id, token } = discord.sendInteraction({ userId, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
  );
  return { first: first!, id, token };
}

const ask = (question: string, extra: Partial<InteractionInput> = {}) =>
  interact(chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }], extra));

const customIds = (res: RecordedRequest): string[] => pressablesOf(res.body.data).map((c) => c.custom_id as string);

/** Asks in the channel, then presses the answer's "Ask a follow-up": the press's first response and the answer. */
async function followUp(question: string, extra: Partial<InteractionInput> = {}) {
  const answer = await ask(question, extra);
  const button = customIds(answer.first).find((id) => id.startsWith("followup:"));
  if (!button) throw new Error(`no follow-up button under the answer to "${question}"`);
  const messageId = newMessage();
  const press = await interact(buttonInteraction(button, messageId, extra));
  // A press that opens a thread is acknowledged first; the private word on where to ask follows as an edit.
  const where = press.first.body.type === DEFERRED ? await editOf(press.token) : null;
  return { answer, press, where, messageId, button };
}

/** The edit of a deferred first response: what it finally says. */
async function editOf(token: string): Promise<RecordedRequest> {
  const [edit] = await discord.waitForRequests(
    (r) => r.method === "PATCH" && r.path === `/v10/webhooks/${discord.applicationId}/${token}/messages/@original`,
  );
  return edit!;
}

describe("following up an answer", () => {
  it("offers 'Ask a follow-up' under a public answer", async () => {
    const { first, id } = await ask("what is the h800?");
    expect(customIds(first)).toContain(`followup:${id}`);
  });

  it("offers no follow-up under a private answer", async () => {
    const { first } = await interact(
      chatInputInteraction("ask", [
        { name: "question", type: STRING, value: "what is the h800?" },
        { name: "private", type: BOOLEAN, value: true },
      ]),
    );
    expect(customIds(first).some((id) => id.startsWith("followup:"))).toBe(false);
  });

  it("opens a thread on the answer's message, named for the question, and says privately where to ask", async () => {
    const { press, where, messageId } = await followUp("what is the h800?");
    const [opened] = await discord.waitForRequests(
      (r) => r.method === "POST" && r.path === `/v10/channels/${discord.channelId}/messages/${messageId}/threads`,
    );
    expect(opened!.body.name).toBe("what is the h800?");
    expect(press.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(where!.body.content).toContain(`<#${messageId}>`);
  });

  it("acknowledges a press at once while Discord rate-limits thread creation, and says where to ask after", async () => {
    let limited = 0;
    discord.respondWith((req) =>
      req.method === "POST" && req.path.endsWith("/threads") && limited++ === 0
        ? {
            status: 429,
            body: { message: "You are being rate limited.", retry_after: 1, global: false },
            headers: { "retry-after": "1" },
          }
        : undefined,
    );
    try {
      const { press, where, messageId } = await followUp("what is the h800?");
      const threads = discord.requests.filter((r) => r.path.endsWith(`/messages/${messageId}/threads`));
      expect(press.first.body.type).toBe(DEFERRED);
      // The acknowledgement went out before the refused request for the thread, not after the rate limit.
      expect(press.first.at).toBeLessThanOrEqual(threads[0]!.at);
      expect(threads).toHaveLength(2);
      expect(where!.body.content).toContain(`<#${messageId}>`);
    } finally {
      discord.respondWith(null);
    }
  });

  it("says where to ask in the presser's language", async () => {
    const { where, messageId } = await followUp("what is the h800?", { locale: "de" });
    expect(where!.body.content).toBe(
      `Stell deine Nachfrage in <#${messageId}> mit /fragen: Dort lese ich jede Frage zusammen mit den vorherigen.`,
    );
  });

  it("sends a second press to the thread the first one opened", async () => {
    const { button, messageId } = await followUp("what is the h800?");
    const again = await interact(buttonInteraction(button, messageId));
    expect((await editOf(again.token)).body.content).toContain(`<#${messageId}>`);
  });

  it("answers /ask in that thread with the earlier question's subject when the question names none", async () => {
    const { messageId } = await followUp("what is the h800?");
    const { first } = await ask("how many were used?", { threadId: messageId });
    const text = visibleText(first.body.data);
    expect(text).toContain("2,048 H800 GPUs");
    expect(text).toContain("Read as a follow-up about h800, from the question before.");
  });

  it("keeps each question asked in the thread for the ones after it", async () => {
    const { messageId } = await followUp("what is the h800?");
    await ask("where is it sold?", { threadId: messageId });
    await bot.idle();
    expect((await records.conversation(messageId))?.map((t) => t.question)).toEqual([
      "what is the h800?",
      "where is it sold?",
    ]);
  });

  it("reads the same question asked outside the thread on its own", async () => {
    const { first } = await ask("how many were used?");
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(first.body.data.content).not.toContain("2,048");
  });

  it("offers no follow-up button inside the thread, where /ask already follows up", async () => {
    const { messageId } = await followUp("what is the h800?");
    const { first } = await ask("where is it sold?", { threadId: messageId });
    expect(customIds(first).some((id) => id.startsWith("followup:"))).toBe(false);
  });

  it("answers /ask in a thread it did not open privately, and says why", async () => {
    const { first } = await ask("what is the h800?", { threadId: newMessage() });
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(first.body.data)).toMatch(/^I didn't open this thread/);
    expect(visibleText(first.body.data)).toContain("The H800 is a cut-down chip sold in China.");
  });

  it("opens the follow-up modal in a DM, where there are no threads", async () => {
    const { press, button } = await followUp("what is the h800?", { dm: true });
    expect(press.first.body.type).toBe(MODAL);
    expect(press.first.body.data.custom_id).toBe(button);
  });

  it("opens the follow-up modal where it may not open threads", async () => {
    const { press } = await followUp("what is the h800?", { app_permissions: "2048" });
    expect(press.first.body.type).toBe(MODAL);
  });

  it("answers the modal's question with the answer it follows up, publicly", async () => {
    const { button } = await followUp("what is the h800?", { dm: true });
    const answerId = button.split(":")[1]!;
    const { first } = await interact(
      modalSubmitInteraction(`followup:${answerId}`, { question: "how many were used?" }, { dm: true }),
    );
    expect(first.body.data.flags & EPHEMERAL).toBe(0);
    expect(visibleText(first.body.data)).toContain("2,048 H800 GPUs");
  });

  it("says a follow-up button whose answer is gone has expired, and disables it", async () => {
    const gone = "followup:1234567890123456789";
    const button = { type: 2, style: 2, label: "Ask a follow-up", custom_id: gone };
    const press = await interact({
      ...buttonInteraction(gone),
      message: { id: newMessage(), components: [{ type: 1, components: [button] }] },
    });
    expect(press.first.body.type).toBe(UPDATE);
    expect(pressablesOf(press.first.body.data)[0]).toMatchObject({ custom_id: gone, disabled: true });
    const [note] = await discord.waitForRequests(
      (r) => r.method === "POST" && r.path === `/v10/webhooks/${discord.applicationId}/${press.token}`,
    );
    expect(note!.body.content).toMatch(/expired/);
  });
});
