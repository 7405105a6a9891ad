import { chatInputInteraction, startDiscordStandIn } from "../tests/helpers/discordStandIn.js";

/**
 * The loopback Discord in a process of its own, for the memory bench: what it records about every interaction
 * grows with them, and must not be counted as the bot's. Driven by the parent over IPC, one batch at a time.
 */
const send = (message: unknown) => process.send!(message);
const discord = await startDiscordStandIn();
send({ type: "ready", apiUrl: discord.apiUrl });

process.on("message", async (msg: { type: "batch"; questions: string[]; firstUser: number } | { type: "close" }) => {
  if (msg.type === "close") {
    await discord.close();
    process.exit(0);
  }
  const sent = msg.questions.map((q, i) =>
    discord.sendInteraction({
      userId: String(msg.firstUser + i),
      ...chatInputInteraction("ask", [{ name: "question", type: 3, value: q }]),
    }),
  );
  const paths = new Set(sent.map((s) => `/v10/interactions/${s.id}/${s.token}/callback`));
  await discord.waitForRequests((r) => paths.has(r.path), sent.length, 60_000);
  discord.requests.length = 0;
  send({ type: "batch" });
});
