export { DB_FILE, openDatabase, openDatabaseReadOnly } from "./db.js";
export { exportCsv } from "./exportCsv.js";
export { LOCK_FILE, lockDataDir } from "./lock.js";
export { openPostgresStore } from "./pg/open.js";
export type { PostgresSettings } from "./pg/pool.js";
export { PostgresStore } from "./pg/store.js";
export type { PurgeCounts } from "./purge.js";
export type {
  AnswerLookup,
  AnswerRecord,
  ConversationKind,
  QuestionRecord,
  StoredTurn,
  Vote,
  VoteOutcome,
} from "./records.js";
export { SqliteStore } from "./sqliteStore.js";
export type { Stats, StatsQuery } from "./stats.js";
export { BUTTON_LIFE_MS, type SharedWindows, type Store, type StoreOptions } from "./store.js";
