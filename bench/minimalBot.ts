import { Client, Events, GatewayIntentBits } from "discord.js";

/**
 * The reference for the burst ratio: the least a discord.js bot can do for `/ask`, one fixed embed, no engine, no
 * store, no logs. Whatever storybot takes beyond this on the same stand-in is storybot's own.
 */
const [apiUrl] = process.argv.slice(2);
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiUrl! } });
const EMBED = { title: "Answer", description: "A fixed answer, the same for every question.", color: 0x5865f2 };

client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== "ask") return;
  void interaction.reply({ embeds: [EMBED], allowedMentions: { parse: [] } }).catch(() => undefined);
});
client.once(Events.ClientReady, () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => {
  void client.destroy().finally(() => process.exit(0));
});
await client.login("bench-token");
