import { parentPort } from "node:worker_threads";
import { chatInputInteraction, startDiscordStandIn } from "../tests/helpers/discordStandIn.js";

/**
 * The loopback Discord in a thread of its own, as the real one is on other machines: its work does not compete
 * with the bot's for the bot's core. Latencies are measured here, on one clock: from dispatching each
 * INTERACTION_CREATE to the arrival of the bot's REST calls for it.
 */
const port = parentPort!;
const discord = await startDiscordStandIn();
port.postMessage({ type: "ready", apiUrl: discord.apiUrl });

port.on("message", async (msg: { type: "batch"; questions: string[]; firstUser: number } | { type: "close" }) => {
  if (msg.type === "close") {
    await discord.close();
    port.postMessage({ type: "closed" });
    return;
  }
  const sent = msg.questions.map((q, i) =>
    discord.sendInteraction({
      userId: String(msg.firstUser + i),
      ...chatInputInteraction("ask", [{ name: "question", type: 3, value: q }]),
    }),
  );
  const paths = new Set(sent.map((s) => `/v10/interactions/${s.id}/${s.token}/callback`));
  await discord.waitForRequests((r) => paths.has(r.path), sent.length, 30_000);
  const first: number[] = [];
  const final: number[] = [];
  let deferred = 0;
  for (const s of sent) {
    const replies = discord.repliesFor(s.id, s.token);
    if (replies[0]!.body?.type === 5) deferred++;
    first.push(replies[0]!.at - s.sentAt);
    final.push(replies.at(-1)!.at - s.sentAt);
  }
  discord.requests.length = 0; // keep the record small between batches
  port.postMessage({ type: "batch", first, final, deferred });
});
