import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { createLogger } from "../../src/log.js";
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  messageContextInteraction,
  type RecordedRequest,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { buttonsOf, cardsOf, sectionsOf, textDisplays, visibleText } from "../helpers/visibleText.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const TOKEN = "test-token-do-not-log";
const STRING = 3;
const BOOLEAN = 5;
const EPHEMERAL = 64;
const COMPONENTS_V2 = 1 << 15;

let discord: DiscordStandIn;
let bot: Bot;
const logs: string[] = [];
let nextUser = 1000;
/** A fresh user per test, so the per-user cooldown of one test never affects another. */
let user = "";

async function startWith(knowledgeDir: string, server: DiscordStandIn = discord): Promise<Bot> {
  const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: server.apiUrl, KNOWLEDGE_DIR: knowledgeDir });
  const log = createLogger({
    level: "debug",
    secrets: [TOKEN],
    destination: { write: (line: string) => logs.push(line) },
  });
  return startBot({ commands, config, engine: await buildEngine(config, log), log, handleSignals: false });
}

beforeAll(async () => {
  discord = await startDiscordStandIn();
  bot = await startWith(FIXTURE);
});

afterAll(async () => {
  await bot?.stop();
  await discord?.close();
});

beforeEach(() => {
  user = String(nextUser++);
});

/** Sends an interaction and waits for the bot's first response to it. */
async function interact(input: Parameters<DiscordStandIn["sendInteraction"]>[0]): Promise<RecordedRequest> {
  const { id, token } = discord.sendInteraction({ userId: user, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
  );
  return first!;
}

const ask = (question: string, extra: Array<{ name: string; type: number; value: unknown }> = []) =>
  interact(chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }, ...extra]));

describe("the bot in a server", () => {
  it("answers /ask in one response: an evidence card leading with the answer, its linked source, buttons, pinging nobody", async () => {
    const res = await ask("how many H800 GPUs were used?");
    expect(res.body.type).toBe(4);
    const data = res.body.data;
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.flags).toBe(COMPONENTS_V2);
    expect(data.content).toBeUndefined();
    expect(data.embeds).toBeUndefined();
    const [card] = cardsOf(data);
    expect(card!.texts[0]).toBe("### how many H800 GPUs were used?");
    expect(card!.texts[1]).toMatch(/^\*\*\\\[1\\\] From our notes\*\*\nThe lab trained the model on 2,048 H800 GPUs\./);
    expect(sectionsOf(data)[0]!.accessory).toMatchObject({ style: 5, url: "https://example.org/cost-report" });
    expect(buttonsOf(data).map((b) => b.label)).toEqual(["Open", "More excerpts", "Sources"]);
  });

  it("shows one section per excerpt of the engine's answer, in order, each naming whose words or notes it shows", async () => {
    const question = "how many H800 GPUs were used?";
    const config = loadConfig({ KNOWLEDGE_DIR: FIXTURE });
    const answer = await (await buildEngine(config, () => {})).answer(question);
    const res = await ask(question);
    const sections = sectionsOf(res.body.data).map((s) => textDisplays(s.components)[0]!);
    expect(sections).toHaveLength(Math.min(3, answer.excerpts.length));
    sections.forEach((text, i) => {
      const e = answer.excerpts[i]!;
      const kind = e.kind === "note" ? "From our notes" : e.kind === "article" ? "The article says" : "The source says";
      expect(text.split("\n")[0]).toBe(`**\\[${i + 1}\\] ${kind}**`);
      expect(visibleText({ components: [{ type: 10, content: text }] })).toContain(e.text);
      expect(text).toContain(`✓ Checked word for word against ${e.path}`);
    });
  });

  it("keeps the answer to the asker when private is set", async () => {
    const res = await ask("how many H800 GPUs were used?", [{ name: "private", type: BOOLEAN, value: true }]);
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it("answers a blank question privately with what to do", async () => {
    const res = await ask("   ");
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.content).toMatch(/Please type a question/);
  });

  it("counts only answered questions against the cooldown, not blank input or declines", async () => {
    for (const blank of ["   ", "", "\u200b"]) await ask(blank);
    for (const offTopic of ["who won the football world cup?", "best ramen in berlin?", "what's the weather tomorrow?"])
      await ask(offTopic);
    await interact(chatInputInteraction("check", [{ name: "claim", type: STRING, value: "lol 🔥" }]));
    for (let i = 0; i < 5; i++)
      expect(visibleText((await ask("how many H800 GPUs were used?")).body.data)).toContain("2,048 H800");
    expect((await ask("how many H800 GPUs were used?")).body.data.content).toMatch(/You're asking quickly/);
  });

  it("treats a question option of the wrong type as missing, with a friendly private reply", async () => {
    const res = await interact(chatInputInteraction("ask", [{ name: "question", type: 4, value: 42 }]));
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.content).toMatch(/Please type a question/);
  });

  it("answers through zero-width characters and Markdown tricks", async () => {
    const res = await ask("how\u200b many **H800** GPUs||were used||?");
    expect(visibleText(res.body.data)).toContain("2,048 H800");
  });

  it("pings nobody when the question carries @everyone, @here, a user and a role", async () => {
    const res = await ask("@everyone @here <@123> <@&456> how many H800 GPUs?");
    const body = JSON.stringify(res.body.data.components);
    expect(body).toContain("H800");
    expect(res.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body).not.toMatch(/@everyone|@here|<@123>|<@&456>/);
  });

  it("declines an unrelated question privately, with no quotes", async () => {
    const res = await ask("who won the football world cup?");
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.embeds ?? []).toEqual([]);
  });

  it("posts the summary as one card", async () => {
    const res = await interact(chatInputInteraction("summary"));
    expect(res.body.data.flags & COMPONENTS_V2).toBe(COMPONENTS_V2);
    expect(cardsOf(res.body.data).map((c) => c.texts[0])).toEqual(["### Catching up on the story"]);
    expect(res.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it("sends the summary as an embed with the same words when Discord refuses its card", async () => {
    const card = visibleText((await interact(chatInputInteraction("summary"))).body.data);
    discord.respondWith((req) =>
      req.path.endsWith("/callback") && (req.body?.data?.flags ?? 0) & COMPONENTS_V2
        ? { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: {} } }
        : undefined,
    );
    try {
      const res = await interact(chatInputInteraction("summary"));
      const [done] = await discord.waitForRequests(
        (r) => r.path === res.path && r.body?.type === 4 && !((r.body?.data?.flags ?? 0) & COMPONENTS_V2),
      );
      expect(done!.body.data.embeds).toHaveLength(1);
      expect(done!.body.data.allowed_mentions).toEqual({ parse: [] });
      // The card's small print is subtext; an embed shows it in italics.
      expect(visibleText(done!.body.data).replace(/^\*(.+)\*$/gm, "$1")).toBe(card);
    } finally {
      discord.respondWith(null);
    }
  });

  it("lists the sources privately", async () => {
    const res = await interact(chatInputInteraction("sources"));
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.flags & COMPONENTS_V2).toBe(COMPONENTS_V2);
    expect(textDisplays(res.body.data.components).join("\n")).toContain("https://example.org/market");
  });

  it("checks a claim with /check, quoting both sides", async () => {
    const res = await interact(
      chatInputInteraction("check", [{ name: "claim", type: STRING, value: "they needed no pricey chips" }]),
    );
    const [card] = cardsOf(res.body.data);
    expect(card!.texts[0]).toMatch(/Contradicted/);
    expect(card!.texts.join("\n")).toMatch(/without any pricey chips[\s\S]*2,048 H800/);
  });

  it("checks a message through Check with sources, privately", async () => {
    const res = await interact(
      messageContextInteraction("Check with sources", {
        id: "900",
        content: "The chip maker's stock dropped 3.12% in a single day.",
      }),
    );
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(cardsOf(res.body.data)[0]!.texts[0]).toMatch(/Supported/);
  });

  it("checks the first three statements of a 2,000-character message and says the rest were not checked", async () => {
    const content = Array.from({ length: 30 }, (_, i) => `The lab trained the model on ${i + 2} H800 GPUs.`)
      .join(" ")
      .padEnd(2000, " x")
      .slice(0, 2000);
    const res = await interact(messageContextInteraction("Check with sources", { id: "902", content }));
    const cards = cardsOf(res.body.data);
    expect(cards).toHaveLength(3);
    expect(cards[2]!.texts.at(-1)).toMatch(/more were not checked/);
  });

  it("says there is nothing to check in chat noise, privately", async () => {
    const res = await interact(
      messageContextInteraction("Check with sources", { id: "903", content: "lol nice 🔥 https://example.com" }),
    );
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.content).toMatch(/^Nothing to check here/);
  });

  it.each([
    ["only a code block", "```\nconst x = 1;\n```", /no words I can check/],
    ["only an embed", "", /only an embed/],
    ["another language", "模型的训练成本是多少", /only check messages in English/],
  ])("explains when a checked message has %s", async (_, content, reply) => {
    const embeds = content === "" ? [{ title: "A link preview", type: "rich" }] : [];
    const res = await interact(
      messageContextInteraction("Check with sources", { id: `9${10 + content.length}`, content, embeds }),
    );
    expect(res.body.data.content).toMatch(reply);
  });

  it("explains when a checked message has only an attachment", async () => {
    const res = await interact(
      messageContextInteraction("Check with sources", {
        id: "901",
        content: "",
        attachments: [
          {
            id: "1",
            filename: "a.png",
            size: 1,
            url: "https://cdn.example/a.png",
            proxy_url: "https://cdn.example/a.png",
          },
        ],
      }),
    );
    expect(res.body.data.content).toMatch(/only attachments/);
  });

  it("tells the user about an unknown command, privately, listing the real ones", async () => {
    const res = await interact(chatInputInteraction("dance"));
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.content).toBe(
      "I don't know that command. Try /ask, /summary, /sources, /check, /help or /stats.",
    );
  });

  it("answers autocomplete requests with an empty list", async () => {
    const res = await interact(
      autocompleteInteraction("ask", [{ name: "question", type: STRING, value: "nvi", focused: true }]),
    );
    expect(res.body).toEqual({ type: 8, data: { choices: [] } });
  });

  it("slows a user down after five questions in a minute, privately", async () => {
    for (let i = 0; i < 5; i++)
      expect((await ask(`how many H800 GPUs ${i}?`)).body.data.content ?? "").not.toMatch(/try again/);
    const res = await ask("how many H800 GPUs again?");
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(res.body.data.content).toMatch(/try again in \d+ s/);
  });
});

describe("buttons under an answer", () => {
  it("shows more excerpts privately when More excerpts is pressed", async () => {
    const answer = await ask("what did training cost and what does it leave out?");
    const moreId = buttonsOf(answer.body.data).find((b) => b.label === "More excerpts")!.custom_id as string;
    const res = await interact(buttonInteraction(moreId));
    expect(res.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(visibleText(res.body.data).split("\n")[0]).toBe("More excerpts");
  });

  it("lists the sources when Sources is pressed", async () => {
    const res = await interact(buttonInteraction("sources"));
    expect(visibleText(res.body.data).split("\n")[0]).toBe("What I have read");
  });

  it("disables an expired More excerpts button on its message, and says privately that it expired", async () => {
    const rows = [
      {
        type: 1,
        components: [
          { type: 2, style: 2, custom_id: "more:1234567890123456789", label: "More excerpts" },
          { type: 2, style: 2, custom_id: "sources", label: "Sources" },
        ],
      },
    ];
    const { id, token } = discord.sendInteraction({
      userId: user,
      ...buttonInteraction("more:1234567890123456789", undefined, { message: { components: rows } }),
    });
    const [update] = await discord.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
    expect(update!.body.type).toBe(7);
    expect(update!.body.data.components[0].components).toEqual([
      expect.objectContaining({ custom_id: "more:1234567890123456789", disabled: true }),
      expect.not.objectContaining({ disabled: true }),
    ]);
    const [note] = await discord.waitForRequests(
      (r) => r.method === "POST" && r.path === `/v10/webhooks/${discord.applicationId}/${token}`,
    );
    expect(note!.body.content).toMatch(/expired/);
    expect(note!.body.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it("answers a burst of button presses from one user only up to the limit, with one private word past it", async () => {
    const presses = Array.from({ length: 40 }, () =>
      discord.sendInteraction({ userId: user, ...buttonInteraction("sources") }),
    );
    await discord.waitForRequests(
      (r) => presses.some((p) => r.path === `/v10/interactions/${p.id}/${p.token}/callback`),
      21,
      5_000,
    );
    // The rest go unanswered. Someone else's command, sent after the burst, is answered after every press was handled.
    const after = discord.sendInteraction({ userId: String(nextUser++), ...chatInputInteraction("help") });
    await discord.waitForRequests((r) => r.path === `/v10/interactions/${after.id}/${after.token}/callback`);
    const answered = presses.flatMap((p) => discord.repliesFor(p.id, p.token));
    expect(answered).toHaveLength(21);
    expect(answered.filter((r) => /quickly/.test(r.body?.data?.content ?? ""))).toHaveLength(1);
  });

  it("says a button is not ours when its id is foreign", async () => {
    const res = await interact(buttonInteraction("some-other-bot:xyz"));
    expect(res.body.data.content).toMatch(/someone else's/);
  });
});

describe("under load and in trouble", () => {
  it("answers 100 concurrent /ask interactions exactly once each", async () => {
    const sent = Array.from({ length: 100 }, (_, i) =>
      discord.sendInteraction({
        userId: String(50_000 + i),
        ...chatInputInteraction("ask", [{ name: "question", type: STRING, value: "how many H800 GPUs?" }]),
      }),
    );
    await discord.waitForRequests(
      (r) => r.method === "POST" && sent.some((s) => r.path === `/v10/interactions/${s.id}/${s.token}/callback`),
      100,
      15_000,
    );
    await bot.idle();
    for (const s of sent) expect(discord.repliesFor(s.id, s.token)).toHaveLength(1);
  });

  it("keeps serving after Discord rejects a reply, and never logs the token", async () => {
    let failNext = true;
    discord.respondWith((req) => {
      if (failNext && req.path.endsWith("/callback")) {
        failNext = false;
        return { status: 500, body: { message: "Internal Server Error", code: 0 } };
      }
      return undefined;
    });
    await ask("how many H800 GPUs?").catch(() => undefined);
    discord.respondWith(() => undefined);
    const res = await ask("how many H800 GPUs were used?");
    expect(res.body.type).toBe(4);
    expect(logs.join("\n")).not.toContain(TOKEN);
  });

  it("sends the same answer as embeds when Discord refuses its card", async () => {
    const question = "how many H800 GPUs were used?";
    const card = visibleText((await ask(question)).body.data);
    discord.respondWith((req) =>
      req.path.endsWith("/callback") && (req.body?.data?.flags ?? 0) & COMPONENTS_V2
        ? { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: {} } }
        : undefined,
    );
    try {
      user = String(nextUser++);
      const res = await interact(chatInputInteraction("ask", [{ name: "question", type: STRING, value: question }]));
      const [done] = await discord.waitForRequests(
        (r) => r.path === res.path && r.body?.type === 4 && !((r.body?.data?.flags ?? 0) & COMPONENTS_V2),
      );
      const data = done!.body.data;
      expect(data.allowed_mentions).toEqual({ parse: [] });
      const embeds = visibleText(data);
      for (const line of card.split("\n").filter((l) => /H800|From our notes|Checked word for word/.test(l)))
        expect(embeds).toContain(line.replace(/ · ✓.*$/, ""));
      expect(buttonsOf(data).map((b) => b.label)).toEqual(["More excerpts", "Sources"]);
    } finally {
      discord.respondWith(null);
    }
  });

  it("pings nobody when a document's words carry @everyone or a user's mention", async () => {
    const dir = await mkdtemp(join(tmpdir(), "storybot-mentions-"));
    await mkdir(join(dir, "refs"));
    await writeFile(
      join(dir, "article.md"),
      "---\nid: article\ntitle: T\npublisher: P\npublished: 2025-01-27\nkind: article\nas_of: 2025-01-27\n---\nA story about H800 GPUs.\n",
    );
    await writeFile(
      join(dir, "refs", "loud.md"),
      "---\nid: loud\ntitle: L\npublisher: P\npublished: 2025-01-27\nurl: https://example.org/l\nkind: note\nas_of: 2025-01-27\n---\nThe lab told @everyone and <@123> it trained on 2,048 H800 GPUs.\n",
    );
    const server = await startDiscordStandIn();
    const second = await startWith(dir, server);
    try {
      const { id, token } = server.sendInteraction({
        userId: user,
        ...chatInputInteraction("ask", [
          { name: "question", type: STRING, value: "how many H800 GPUs did the lab use?" },
        ]),
      });
      const [res] = await server.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
      const data = res!.body.data;
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(visibleText(data)).toContain("2,048 H800 GPUs");
      expect(JSON.stringify(data.components)).not.toMatch(/@everyone|<@123>/);
    } finally {
      await second.stop();
      await server.close();
    }
  });

  it("trims an answer whose excerpts exceed Discord's limits instead of having it rejected", async () => {
    const dir = await mkdtemp(join(tmpdir(), "storybot-long-"));
    await mkdir(join(dir, "refs"));
    const long = `The giant report says ${"very ".repeat(700)}long things about H800 GPUs.`;
    await writeFile(
      join(dir, "article.md"),
      "---\nid: article\ntitle: T\npublisher: P\npublished: 2025-01-27\nkind: article\nas_of: 2025-01-27\n---\nA story about H800 GPUs.\n",
    );
    await writeFile(
      join(dir, "refs", "long.md"),
      `---\nid: long\ntitle: L\npublisher: P\npublished: 2025-01-27\nurl: https://example.org/l\nkind: note\nas_of: 2025-01-27\n---\n${long}\n\n${long}\n`,
    );
    const server = await startDiscordStandIn();
    const second = await startWith(dir, server);
    try {
      const { id, token } = server.sendInteraction({
        userId: user,
        ...chatInputInteraction("ask", [{ name: "question", type: STRING, value: "what about H800 GPUs?" }]),
      });
      const [res] = await server.waitForRequests((r) => r.path === `/v10/interactions/${id}/${token}/callback`);
      expect(res!.body.type).toBe(4);
      expect(textDisplays(res!.body.data.components).join("").length).toBeLessThanOrEqual(4000);
      expect(visibleText(res!.body.data)).toContain("long things about H800 GPUs");
    } finally {
      await second.stop();
      await server.close();
    }
  });
});

describe("npm run deploy-commands", () => {
  it("registers every command in the guild when a guild id is set", async () => {
    const registered = await deployCommands(
      { token: TOKEN, applicationId: discord.applicationId, guildId: discord.guildId, apiUrl: discord.apiUrl },
      commands,
    );
    expect(registered.map((c) => c.name)).toEqual(commands.map((c) => c.data.name));
    const [put] = await discord.waitForRequests(
      (r) =>
        r.method === "PUT" &&
        r.path === `/v10/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`,
    );
    expect(put!.body.find((c: { name: string }) => c.name === "ask").options[0]).toMatchObject({
      name: "question",
      required: true,
      max_length: 500,
    });
  });

  it("registers globally without a guild id", async () => {
    await deployCommands(
      { token: TOKEN, applicationId: discord.applicationId, guildId: null, apiUrl: discord.apiUrl },
      commands,
    );
    const [put] = await discord.waitForRequests(
      (r) => r.method === "PUT" && r.path === `/v10/applications/${discord.applicationId}/commands`,
    );
    expect(put!.path).not.toContain("/guilds/");
  });
});
