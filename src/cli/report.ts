import { join, resolve } from "node:path";
import { loadConfig, loadDotEnv } from "../config.js";
import { StorybotError } from "../errors.js";
import { runMain } from "../runMain.js";
import { DB_FILE, exportCsv, openDatabaseReadOnly, type PostgresSettings } from "../store/index.js";
import { openPostgresReport } from "../store/pg/report.js";
import { readStats } from "../store/stats.js";
import { statsToText } from "../store/statsText.js";
import { vacuumDataDir } from "../store/vacuum.js";
import { parseReportArgs, type ReportArgs } from "./reportArgs.js";
import { exists, writeExport } from "./reportExport.js";

/**
 * npm run report: every server's figures, the same function /stats reads; or every question and vote as CSV. The
 * database is opened read-only (a backup in a read-only folder can be read, and a running bot is not disturbed);
 * only --vacuum writes, and it refuses while a bot holds the folder.
 */
async function main(argv: string[]): Promise<void> {
  const args = parseReportArgs(argv);
  loadDotEnv();
  const config = loadConfig();
  if (config.database) {
    await reportFromPostgres(config.database, args);
    return;
  }
  const file = join(resolve(config.dataDir), DB_FILE);
  if (!exists(file)) throw new StorybotError("storage", noDatabase(resolve(config.dataDir)));
  if (args.vacuum) {
    const { before, after } = vacuumDataDir(config.dataDir);
    process.stdout.write(`Vacuumed ${file}: ${mb(before)} -> ${mb(after)}\n`);
    return;
  }
  const db = openDatabaseReadOnly(config.dataDir);
  try {
    if (args.exportTo) {
      writeExport(args.exportTo, exportCsv(db), args.force);
      process.stdout.write(`Exported every question and vote kept to ${args.exportTo}\n`);
      return;
    }
    const stats = readStats(db, { guildId: null, days: args.days, now: Date.now() });
    process.stdout.write(`${args.json ? JSON.stringify(stats, null, 2) : statsToText(stats)}\n`);
  } finally {
    db.close();
  }
}

/** The same report from the shared database (DATABASE_URL): every instance's questions and votes. */
async function reportFromPostgres(settings: PostgresSettings, args: ReportArgs): Promise<void> {
  if (args.vacuum)
    throw new StorybotError(
      "storage",
      "--vacuum compacts the SQLite file in DATA_DIR; Postgres gives space back by itself (autovacuum). Unset DATABASE_URL to vacuum a SQLite database.",
    );
  const report = await openPostgresReport(settings);
  try {
    if (args.exportTo) {
      writeExport(args.exportTo, await report.exportCsv(), args.force);
      process.stdout.write(`Exported every question and vote kept to ${args.exportTo}\n`);
      return;
    }
    const stats = await report.stats(args.days);
    process.stdout.write(`${args.json ? JSON.stringify(stats, null, 2) : statsToText(stats)}\n`);
  } finally {
    await report.close();
  }
}

/**
 * Where the figures come from, for someone who ran only the console: it keeps nothing, so starting it again would not
 * help. Only a bot connected to Discord records questions and votes, in its own DATA_DIR.
 */
function noDatabase(dataDir: string): string {
  return [
    `There is no database in DATA_DIR ("${dataDir}").`,
    "The console (npm start without DISCORD_TOKEN) and npm run ask keep nothing: only the bot running in Discord, with DISCORD_TOKEN set, records questions and votes, in its DATA_DIR.",
    "Set DATA_DIR to that bot's data folder (or a copy of it) and run npm run report again.",
  ].join("\n");
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

void runMain(() => main(process.argv.slice(2)));
