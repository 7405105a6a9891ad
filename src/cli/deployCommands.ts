import { commands } from "../../commands/index.js";
import { loadConfig, loadDotEnv } from "../config.js";
import { deployCommands, describeRegistered } from "../discord/deploy.js";
import { explainDiscordFailure } from "../discord/failures.js";
import { ConfigError } from "../errors.js";
import { runMain } from "../runMain.js";

let target: { apiUrl: string | null; guildId: string | null } = { apiUrl: null, guildId: null };

/** npm run deploy-commands: registers every command in commands/index.ts and prints what was registered. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const discord = config.discord;
  const missing = [
    !discord && "DISCORD_TOKEN is required to register commands",
    !discord?.applicationId && "DISCORD_APPLICATION_ID is required to register commands",
  ].filter((x): x is string => typeof x === "string");
  if (!discord?.applicationId) throw new ConfigError(missing);
  target = discord;
  const registered = await deployCommands({ ...discord, applicationId: discord.applicationId }, commands);
  process.stdout.write(`${describeRegistered(registered, discord.guildId)}\n`);
}

// Errors from the REST client carry the request, never the Authorization header, and only their status is read.
void runMain(main, (error) => explainDiscordFailure(error, { during: "register", ...target }));
