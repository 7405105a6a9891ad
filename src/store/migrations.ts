import type { Database } from "better-sqlite3";
import { POSTGRES_STEPS } from "./pg/steps.js";

/** One step of the schema, in each database's own SQL (the same tables, columns and indexes in both). */
export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

/**
 * SQLite's SQL for each step. A step is never edited once released: a later change is a new step, so a database
 * from any earlier version is brought up to date at start. PRAGMA user_version records how far it got (as it has
 * since the first release; Postgres keeps a schema_migrations table).
 */
const SQLITE_STEPS: readonly string[] = [
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
  // /stats at volume: its counts are read from covering indexes alone, and its most asked questions from a count
  // per question per day kept by triggers (so the purge's deletes keep it right), not grouped from every row.
  // Keys hold '' for a missing server or channel: a NULL would never meet its own row in the upsert.
  `CREATE INDEX questions_counts ON questions (guild_id, at, declined, decline_reason);
   CREATE INDEX votes_counts ON votes (guild_id, at, vote);
   CREATE TABLE question_days (
     guild_id TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     private INTEGER NOT NULL,
     day INTEGER NOT NULL,
     norm TEXT NOT NULL,
     text TEXT NOT NULL,
     n INTEGER NOT NULL,
     last_at INTEGER NOT NULL,
     PRIMARY KEY (guild_id, day, channel_id, private, norm)
   );
   CREATE INDEX question_days_day ON question_days (day);
   CREATE TRIGGER question_days_in AFTER INSERT ON questions BEGIN
     INSERT INTO question_days (guild_id, channel_id, private, day, norm, text, n, last_at)
     VALUES (IFNULL(NEW.guild_id, ''), IFNULL(NEW.channel_id, ''), NEW.private, NEW.at / 86400000,
             LOWER(TRIM(NEW.text)), NEW.text, 1, NEW.at)
     ON CONFLICT DO UPDATE SET n = n + 1, text = MIN(text, excluded.text), last_at = MAX(last_at, excluded.last_at);
   END;
   CREATE TRIGGER question_days_out AFTER DELETE ON questions BEGIN
     UPDATE question_days SET n = n - 1
     WHERE guild_id = IFNULL(OLD.guild_id, '') AND day = OLD.at / 86400000 AND channel_id = IFNULL(OLD.channel_id, '')
       AND private = OLD.private AND norm = LOWER(TRIM(OLD.text));
     DELETE FROM question_days
     WHERE guild_id = IFNULL(OLD.guild_id, '') AND day = OLD.at / 86400000 AND channel_id = IFNULL(OLD.channel_id, '')
       AND private = OLD.private AND norm = LOWER(TRIM(OLD.text)) AND n <= 0;
   END;
   INSERT INTO question_days (guild_id, channel_id, private, day, norm, text, n, last_at)
     SELECT IFNULL(guild_id, ''), IFNULL(channel_id, ''), private, at / 86400000, LOWER(TRIM(text)), MIN(text),
            COUNT(*), MAX(at)
     FROM questions GROUP BY 1, 2, 3, 4, 5;`,
  // Cooldowns and click limits shared by several instances: one SQLite file serves one process, which keeps them
  // in its memory, so there is nothing to create here.
  "SELECT 1;",
];

/** The one numbered list both stores migrate by: step n is the same change in either database. */
export const MIGRATIONS: readonly Migration[] = SQLITE_STEPS.map((sqlite, i) => {
  const postgres = POSTGRES_STEPS[i];
  if (postgres === undefined) throw new Error(`migration ${i + 1} has no Postgres SQL`);
  return { version: i + 1, sqlite, postgres };
});

/** The tables the bot needs; one missing (dropped by hand, a damaged file) is a storage problem named at start. */
export const TABLES = ["meta", "answers", "votes", "questions", "conversations", "turns", "question_days"] as const;

/** Brings the database up to the newest schema, each step in its own transaction. */
export function migrate(db: Database): number {
  const from = db.pragma("user_version", { simple: true }) as number;
  if (from > MIGRATIONS.length)
    throw new Error(`the database is from a newer storybot (schema ${from}, this one knows ${MIGRATIONS.length})`);
  for (let version = from; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!.sqlite);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
