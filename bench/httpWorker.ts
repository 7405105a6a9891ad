import { parentPort } from "node:worker_threads";
import { chatInputInteraction, startDiscordStandIn } from "../tests/helpers/discordStandIn.js";
import { signedSender, signingKeys } from "../tests/helpers/signedInteractions.js";

/**
 * The loopback Discord in a thread of its own (as in discordWorker.ts), able to deliver a batch either way: over
 * the gateway, or as signed HTTP requests to an interactions endpoint. Latencies are measured here, on one clock:
 * from dispatching each interaction (sending INTERACTION_CREATE, or starting its POST) to the arrival of the bot's
 * first response to it.
 */
type Message =
  | { type: "batch"; via: "gateway" | "http"; questions: string[]; firstUser: number }
  | { type: "endpoint"; url: string }
  | { type: "close" };

const port = parentPort!;
const discord = await startDiscordStandIn();
const keys = signingKeys();
let send: ReturnType<typeof signedSender>["send"] | null = null;
port.postMessage({ type: "ready", apiUrl: discord.apiUrl, publicKey: keys.publicKeyHex });

port.on("message", async (msg: Message) => {
  if (msg.type === "close") {
    await discord.close();
    port.postMessage({ type: "closed" });
    return;
  }
  if (msg.type === "endpoint") {
    send = signedSender(discord, msg.url, keys).send;
    port.postMessage({ type: "endpoint" });
    return;
  }
  const inputs = msg.questions.map((q, i) => ({
    userId: String(msg.firstUser + i),
    ...chatInputInteraction("ask", [{ name: "question", type: 3, value: q }]),
  }));
  const sent =
    msg.via === "gateway"
      ? inputs.map((input) => discord.sendInteraction(input))
      : await Promise.all(inputs.map((input) => send!(input)));
  const paths = new Set(sent.map((s) => `/v10/interactions/${s.id}/${s.token}/callback`));
  await discord.waitForRequests((r) => paths.has(r.path), sent.length, 30_000);
  const first = sent.map((s) => discord.repliesFor(s.id, s.token)[0]!.at - s.sentAt);
  discord.requests.length = 0; // keep the record small between batches
  port.postMessage({ type: "batch", first });
});
