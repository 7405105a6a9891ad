export { DB_FILE, openDatabase } from "./db.js";
export { exportCsv } from "./exportCsv.js";
export type {
  AnswerRecord,
  ConversationKind,
  QuestionRecord,
  StoredTurn,
  Vote,
  VoteOutcome,
} from "./records.js";
export type { Stats } from "./stats.js";
export { BUTTON_LIFE_MS, Store, type StoreOptions } from "./store.js";
