import type { Database } from "better-sqlite3";

/**
 * The schema, one step per version. A step is never edited once released: a later change is a new step, so a
 * database from any earlier version is brought up to date at start. PRAGMA user_version records how far it got.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE answers (
     id TEXT PRIMARY KEY,
     command TEXT NOT NULL,
     question TEXT NOT NULL,
     mode TEXT NOT NULL,
     docs TEXT NOT NULL,
     guild_id TEXT,
     channel_id TEXT,
     at INTEGER NOT NULL,
     more TEXT
   );
   CREATE INDEX answers_at ON answers (at);
   CREATE TABLE votes (
     answer_id TEXT NOT NULL,
     user_hash TEXT NOT NULL,
     vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
     reason TEXT,
     question TEXT NOT NULL,
     mode TEXT NOT NULL,
     docs TEXT NOT NULL,
     guild_id TEXT,
     channel_id TEXT,
     at INTEGER NOT NULL,
     PRIMARY KEY (answer_id, user_hash)
   );
   CREATE INDEX votes_guild_at ON votes (guild_id, at);
   CREATE TABLE questions (
     id INTEGER PRIMARY KEY,
     answer_id TEXT,
     command TEXT NOT NULL,
     text TEXT NOT NULL,
     declined INTEGER NOT NULL,
     decline_reason TEXT,
     mode TEXT NOT NULL,
     latency_ms INTEGER NOT NULL,
     docs TEXT NOT NULL,
     guild_id TEXT,
     channel_id TEXT,
     at INTEGER NOT NULL
   );
   CREATE INDEX questions_guild_at ON questions (guild_id, at);`,
  // Follow-ups: what an answer's "Ask a follow-up" builds on, and each conversation's questions so far.
  `ALTER TABLE answers ADD COLUMN turn TEXT;
   ALTER TABLE answers ADD COLUMN conversation_id TEXT;
   CREATE TABLE conversations (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('thread', 'modal')),
     guild_id TEXT,
     at INTEGER NOT NULL
   );
   CREATE INDEX conversations_at ON conversations (at);
   CREATE TABLE turns (
     id INTEGER PRIMARY KEY,
     conversation_id TEXT NOT NULL,
     question TEXT NOT NULL,
     subject TEXT NOT NULL,
     answer TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX turns_conversation ON turns (conversation_id, id);`,
  // Private questions are counted by /stats but never listed; the purge finds old rows by time alone, in batches;
  // /stats' median reply time is read from an index in order, not sorted from every row.
  `ALTER TABLE answers ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE votes ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE questions ADD COLUMN private INTEGER NOT NULL DEFAULT 0;
   CREATE INDEX questions_at ON questions (at);
   CREATE INDEX votes_at ON votes (at);
   CREATE INDEX questions_latency ON questions (guild_id, latency_ms, at);
   CREATE INDEX answers_more ON answers (at) WHERE more IS NOT NULL OR turn IS NOT NULL;`,
];

/** The tables the bot needs; one missing (dropped by hand, a damaged file) is a storage problem named at start. */
export const TABLES = ["meta", "answers", "votes", "questions", "conversations", "turns"] as const;

/** Brings the database up to the newest schema, each step in its own transaction. */
export function migrate(db: Database): number {
  const from = db.pragma("user_version", { simple: true }) as number;
  if (from > MIGRATIONS.length)
    throw new Error(`the database is from a newer storybot (schema ${from}, this one knows ${MIGRATIONS.length})`);
  for (let version = from; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
