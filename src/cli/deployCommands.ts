import { commands } from "../../commands/index.js";
import { loadConfig, loadDotEnv } from "../config.js";
import { deployCommands } from "../discord/deploy.js";
import { ConfigError, StorybotError } from "../errors.js";

/** npm run deploy-commands: registers every command in commands/index.ts and prints what was registered. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const discord = config.discord;
  const missing = [!discord && "DISCORD_TOKEN is required to register commands", !discord?.applicationId && "DISCORD_APPLICATION_ID is required to register commands"].filter(
    (x): x is string => typeof x === "string",
  );
  if (!discord || !discord.applicationId) throw new ConfigError(missing);
  const registered = await deployCommands({ ...discord, applicationId: discord.applicationId }, commands);
  const where = discord.guildId ? `in guild ${discord.guildId}` : "globally (may take up to an hour to appear)";
  process.stdout.write(`Registered ${registered.length} commands ${where}: ${registered.map((c) => `/${c.name}`).join(", ")}\n`);
}

main().catch((error: unknown) => {
  // Never print the token: errors from the REST client carry the request, not the Authorization header.
  process.stderr.write(error instanceof StorybotError ? `${error.message}\n` : `Registering commands failed: ${(error as Error).message}\n`);
  process.exit(1);
});
