import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig, loadDotEnv } from "../config.js";
import { StorybotError } from "../errors.js";
import { runMain } from "../runMain.js";
import { DB_FILE, exportCsv, openDatabase, Store } from "../store/index.js";
import { statsToText } from "../store/statsText.js";

const USAGE = "Usage: npm run report [-- --days N] [--json] | npm run report -- --export FILE.csv";

/** What the command line asks for; a mistake is named with the usage, never a stack trace. */
function parseReportArgs(argv: readonly string[]): { days: number; json: boolean; exportTo: string | null } {
  const out = { days: 7, json: false, exportTo: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") out.json = true;
    else if (arg === "--days") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 3_650)
        throw new StorybotError(
          "usage",
          `--days must be a whole number from 1 to 3650 (got "${argv[i] ?? ""}"). ${USAGE}`,
        );
      out.days = n;
    } else if (arg === "--export") {
      const file = argv[++i];
      if (!file) throw new StorybotError("usage", `--export needs a file name. ${USAGE}`);
      out.exportTo = file;
    } else throw new StorybotError("usage", `Unknown argument "${arg}". ${USAGE}`);
  }
  return out;
}

/** npm run report: every server's figures, the same function /stats reads; or every question and vote as CSV. */
async function main(argv: string[]): Promise<void> {
  const args = parseReportArgs(argv);
  loadDotEnv();
  const config = loadConfig();
  if (!existsSync(join(config.dataDir, DB_FILE)))
    throw new StorybotError(
      "storage",
      `There is no database in DATA_DIR ("${resolve(config.dataDir)}") yet: start the bot with npm start first, or set DATA_DIR to where it keeps one.`,
    );
  const store = new Store(openDatabase(config.dataDir), { retentionDays: config.logRetentionDays });
  try {
    if (args.exportTo) {
      writeFileSync(args.exportTo, exportCsv(store.db));
      process.stdout.write(`Exported every question and vote kept to ${args.exportTo}\n`);
      return;
    }
    const stats = store.stats({ guildId: null, days: args.days });
    process.stdout.write(`${args.json ? JSON.stringify(stats, null, 2) : statsToText(stats)}\n`);
  } finally {
    store.close();
  }
}

void runMain(() => main(process.argv.slice(2)));
