import { StorybotError } from "../errors.js";

export const USAGE =
  "Usage: npm run report [-- --days N] [--json] | npm run report -- --export FILE.csv [--force] | npm run report -- --vacuum";

export interface ReportArgs {
  days: number;
  json: boolean;
  exportTo: string | null;
  /** Overwrite an existing export file. */
  force: boolean;
  /** Give the space freed by purges back to the file system (stop the bot first). */
  vacuum: boolean;
}

/** What the command line asks for; a mistake is named with the usage, never a stack trace. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const out: ReportArgs = { days: 7, json: false, exportTo: null, force: false, vacuum: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") out.json = true;
    else if (arg === "--force") out.force = true;
    else if (arg === "--vacuum") out.vacuum = true;
    else if (arg === "--days") {
      const raw = argv[++i] ?? "";
      // Decimal digits only: Number() would read "0x10" as 16, "1e3" as 1000 and " 7 " as 7.
      const n = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : Number.NaN;
      if (!(n >= 1 && n <= 3_650))
        throw new StorybotError("usage", `--days must be a whole number from 1 to 3650 (got "${raw}"). ${USAGE}`);
      out.days = n;
    } else if (arg === "--export") {
      const file = argv[++i];
      if (!file) throw new StorybotError("usage", `--export needs a file name. ${USAGE}`);
      // "-" and "--json" are slips (stdout, a forgotten name), not files anyone means to create.
      if (file.startsWith("-"))
        throw new StorybotError(
          "usage",
          `--export needs a file name, not "${file}" (names starting with "-" read as options; write ./${file} if you mean it). ${USAGE}`,
        );
      out.exportTo = file;
    } else throw new StorybotError("usage", `Unknown argument "${arg}". ${USAGE}`);
  }
  return out;
}
