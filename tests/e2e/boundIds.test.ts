import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotWithStore, firstResponse, startBotWithStore } from "../helpers/botWithStore.js";
import {
  buttonInteraction,
  chatInputInteraction,
  type DiscordStandIn,
  type InteractionInput,
  MANAGER_PERMISSIONS,
  modalSubmitInteraction,
  startDiscordStandIn,
} from "../helpers/discordStandIn.js";
import { textDisplays } from "../helpers/visibleText.js";

const STRING = 3;
const BOOLEAN = 5;
const EPHEMERAL = 64;
const REPLY = 4;
const OTHER_GUILD = "900000000000000009";

let discord: DiscordStandIn;
let running: BotWithStore;
let nextUser = 800_000_000_000_000_000n;
const newUser = () => String(nextUser++);

beforeAll(async () => {
  discord = await startDiscordStandIn();
  running = await startBotWithStore(discord);
});

afterAll(async () => {
  await running?.stop();
  await discord?.close();
});

const interact = (input: InteractionInput) => firstResponse(discord, input, newUser());

const ask = (question: string, extra: Partial<InteractionInput> = {}, priv = false) =>
  interact(
    chatInputInteraction(
      "ask",
      [
        { name: "question", type: STRING, value: question },
        ...(priv ? [{ name: "private", type: BOOLEAN, value: true }] : []),
      ],
      extra,
    ),
  );

/** The same press, as if made from another server: its guild is not the answer's. */
const fromOtherServer = { guild_id: OTHER_GUILD, guild: { id: OTHER_GUILD, locale: "en-US", features: [] } };

const stats = async () =>
  (await interact(chatInputInteraction("stats", [], { memberPermissions: MANAGER_PERMISSIONS }))).first.body.data;

describe("button and modal ids bound to where they were made", () => {
  it("refuses a vote on another server's answer privately, and records nothing", async () => {
    const asked = await ask("how many H800 GPUs were used?");
    await running.bot.idle();
    const { first } = await interact({ ...buttonInteraction(`vote:${asked.id}:down`), ...fromOtherServer });
    expect(first.body.type).toBe(REPLY);
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(first.body.data.content).toBe("This button doesn't belong here, so it did nothing.");
    expect(running.records.db.prepare("SELECT COUNT(*) AS n FROM votes WHERE answer_id = ?").get(asked.id)).toEqual({
      n: 0,
    });
  });

  it("refuses a follow-up of an answer made in another channel, opening no thread", async () => {
    const asked = await ask("what is the h800?");
    await running.bot.idle();
    const before = discord.requests.filter((r) => r.path.endsWith("/threads")).length;
    const { first } = await interact(
      buttonInteraction(`followup:${asked.id}`, undefined, { threadId: "910000000000000001" }),
    );
    expect(first.body.data.content).toBe("This button doesn't belong here, so it did nothing.");
    expect(discord.requests.filter((r) => r.path.endsWith("/threads")).length).toBe(before);
  });

  it("refuses a 👎 note sent for another server's answer", async () => {
    const asked = await ask("how many H800 GPUs were used?");
    await running.bot.idle();
    const { first } = await interact({
      ...modalSubmitInteraction(`why:${asked.id}`, { reason: "planted note" }),
      ...fromOtherServer,
    });
    expect(first.body.data.content).toBe("This button doesn't belong here, so it did nothing.");
  });

  it.each([
    ["a huge id", `vote:${"9".repeat(40)}:up`],
    ["a bidi id", "vote:\u202e1234567890123456789:up"],
    ["an id that was never an answer", "vote:1300000000000000000123:up"],
  ])("leaves a message's buttons alone when %s is pressed on it", async (_, id) => {
    const { first } = await interact(buttonInteraction(id));
    expect(first.body.type).toBe(REPLY);
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it("leaves a message alone when a button id not on it is pressed", async () => {
    const asked = await ask("how many H800 GPUs were used?");
    const message = {
      components: [{ type: 1, components: [{ type: 2, style: 2, label: "x", custom_id: "vote:1:up" }] }],
    };
    const { first } = await interact(buttonInteraction(`vote:${asked.id}:up`, undefined, { message }));
    expect(first.body.type).toBe(REPLY);
    expect(first.body.data.content).toBe("This button doesn't belong here, so it did nothing.");
  });
});

describe("/stats privacy", () => {
  it("refuses a member without Manage Server, whatever the server's command settings", async () => {
    const { first } = await interact(chatInputInteraction("stats"));
    expect(first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(first.body.data.content).toMatch(/for server managers/);
  });

  it("counts a question asked privately but never lists it", async () => {
    const figures = (message: { components: Parameters<typeof textDisplays>[0] }) =>
      textDisplays(message.components).filter((t) => /^Questions:|^👍/.test(t));
    const before = figures(await stats());
    await ask("should I sell my nvidia shares before the merger I heard about at work?", {}, true);
    await running.bot.idle();
    const after = await stats();
    expect(figures(after)).not.toEqual(before);
    expect(JSON.stringify(after)).not.toContain("nvidia shares");
  });

  it("lists only questions asked in the channel it is used in", async () => {
    await ask("who won the football world cup in the other channel?", { threadId: "920000000000000002" });
    await ask("who won the football world cup here?");
    await running.bot.idle();
    const listed = JSON.stringify(await stats());
    expect(listed).toContain("world cup here");
    expect(listed).not.toContain("other channel");
  });
});
