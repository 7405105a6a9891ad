import { statSync } from "node:fs";

/**
 * A check that the database file is still the one opened. SQLite keeps writing to a deleted file (or the old one
 * after a restore put a new file in its place), and everything written is lost at the next start: recording must
 * stop, and say so. One stat per write: microseconds, off the reply path.
 */
export function watchFile(path: string): () => boolean {
  const first = identity(path);
  if (first === null) return () => false;
  let changed = false;
  return () => {
    if (!changed) changed = identity(path) !== first;
    return changed;
  };
}

function identity(path: string): string | null {
  if (!path || path === ":memory:") return null;
  try {
    const stat = statSync(path);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return "missing";
  }
}
