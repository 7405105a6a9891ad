import { createHash, randomBytes } from "node:crypto";
import type { Database } from "better-sqlite3";

/**
 * Turns a Discord user id into a salted hash, so a vote can be changed by its voter but the database never holds
 * who voted. The salt is made once, on first use, and kept in the database: without it, the hashes cannot be tied
 * back to ids by hashing every id.
 */
export function userHasher(db: Database): (userId: string) => string {
  const read = db.prepare("SELECT value FROM meta WHERE key = 'user_salt'");
  // Written only when missing: a shard starting beside others writing (busy_timeout 0) must not need the lock.
  if (!read.get())
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('user_salt', ?)").run(randomBytes(32).toString("hex"));
  const { value: salt } = read.get() as { value: string };
  return (userId) => createHash("sha256").update(salt).update(userId).digest("hex").slice(0, 32);
}
