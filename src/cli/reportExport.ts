import { statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { StorageError } from "../errors.js";

// npm run report's file handling, in a module of its own so the tests can check each path problem's words without
// starting a process (report.ts runs its main when imported).

/** Writes the export, never over an existing file unless --force says so; a path problem is said in words. */
export function writeExport(path: string, csv: string, force: boolean): void {
  try {
    // "wx" on a folder says EEXIST: name the folder as such rather than suggest --force.
    if (exists(path, "folder")) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    writeFileSync(path, csv, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const why: Record<string, string> = {
      EEXIST: "it already exists; add --force to overwrite it, or choose another name",
      EISDIR: "it is a folder; give a file name inside it",
      ENOENT: "its folder does not exist; create it first",
      ENOTDIR: "part of the path is a file, not a folder",
      EACCES: "this user may not write there",
      EPERM: "this user may not write there",
      EROFS: "the file system is read-only",
      ENOSPC: "the disk is full",
      EDQUOT: "the disk quota is used up",
    };
    throw new StorageError(
      `Cannot export to "${resolve(path)}": ${why[code] ?? (error instanceof Error ? error.message : String(error))}.`,
      error,
    );
  }
}

export function exists(path: string, kind: "file" | "folder" = "file"): boolean {
  try {
    const stat = statSync(path);
    return kind === "file" ? stat.isFile() : stat.isDirectory();
  } catch {
    return false;
  }
}
