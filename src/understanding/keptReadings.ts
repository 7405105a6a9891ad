import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { TermGroup } from "./types.js";
import type { Understander } from "./understand.js";

/*
 * Readings of the knowledge's own texts (its asked: questions, its claims), kept on disk between starts: reading the
 * asked: lists is about half of a start's CPU, and every bot, shard, console and `npm run ask` starts by doing it. A
 * file holds the readings of one version of the knowledge and of the code that reads it, named by a hash of both,
 * so an edit to either is read afresh; a file that cannot be read or written only costs the reading again.
 */

const PREFIX = "readings-";
/**
 * Files kept, newest first: a machine may run more than one version side by side (a build and its sources, a test
 * story and the real one), and each must not wipe out the other's. About 1.4 MB each for this story.
 */
const FILES_KEPT = 4;

/** The readings kept for one version of the knowledge and the code: looked up by text, added to, saved once. */
export interface KeptReadings {
  get(text: string): TermGroup[] | undefined;
  set(text: string, groups: TermGroup[]): void;
  /** Writes the file when readings were added since it was read; keeps the newest few versions' files. */
  save(): void;
}

/**
 * The kept readings for the knowledge in `knowledgeDir`, read by the code in `codeDir` (the folder of the running
 * sources or build), from `cacheDir`.
 */
export function openKeptReadings(cacheDir: string, knowledgeDir: string, codeDir: string): KeptReadings {
  const hash = createHash("sha256");
  for (const dir of [knowledgeDir, codeDir])
    for (const file of filesIn(dir)) hash.update(relative(dir, file)).update(readFileSync(file));
  const name = `${PREFIX}${hash.digest("hex").slice(0, 24)}.json`;
  const file = join(cacheDir, name);
  const kept = new Map<string, TermGroup[]>(readOrNothing(file));
  let added = 0;
  return {
    get: (text) => kept.get(text),
    set(text, groups) {
      kept.set(text, groups);
      added++;
    },
    save() {
      if (added === 0) return;
      added = 0;
      try {
        mkdirSync(cacheDir, { recursive: true });
        // Written then renamed, so a process starting meanwhile reads a whole file or none.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify([...kept]));
        renameSync(temporary, file);
        const files = readdirSync(cacheDir)
          .filter((f) => f.startsWith(PREFIX) && f.endsWith(".json"))
          .map((f) => ({ f, at: statSync(join(cacheDir, f)).mtimeMs }))
          .sort((a, b) => b.at - a.at);
        for (const { f } of files.slice(FILES_KEPT)) rmSync(join(cacheDir, f), { force: true });
      } catch {
        // A read-only or full disk: the next start reads the texts again, as it did before there was a cache.
      }
    },
  };
}

/** An understander whose `groupsOf` answers from the kept readings, and keeps what it reads anew. */
export function keepingReadings(understander: Understander, kept: KeptReadings): Understander {
  return {
    understand: (question) => understander.understand(question),
    groupsOf(question) {
      const known = kept.get(question);
      if (known) return known;
      const groups = understander.groupsOf(question);
      kept.set(question, groups);
      return groups;
    },
  };
}

function readOrNothing(file: string): Array<[string, TermGroup[]]> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    return Array.isArray(parsed) ? (parsed as Array<[string, TermGroup[]]>) : [];
  } catch {
    return [];
  }
}

/** Every file under `dir`, sorted, source maps aside (they change with nothing the code does). */
function filesIn(dir: string): string[] {
  // parentPath from Node 20.12; path before it.
  let entries: Array<{ name: string; parentPath?: string; path?: string; isFile(): boolean }>;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true }) as typeof entries;
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith(".map"))
    .map((e) => join(e.parentPath ?? e.path ?? dir, e.name))
    .sort();
}
