import { LRUCache } from "lru-cache";
import type { AnswerRecord, StoredTurn } from "./records.js";
import { BUTTON_LIFE_MS, TURNS_KEPT } from "./store.js";

/** Answers and conversations not (yet) in the database, kept in memory for their buttons' day; bounded. */
const HELD_MAX = 5_000;

/**
 * What the database does not hold yet (or could not be given): an answer until it is written, so its buttons work
 * meanwhile and still do when the write fails, saying "not recorded", never "expired"; a conversation likewise.
 */
export class Held {
  readonly answers = new LRUCache<string, AnswerRecord>({ max: HELD_MAX, ttl: BUTTON_LIFE_MS });
  private readonly conversations = new LRUCache<string, StoredTurn[]>({ max: HELD_MAX, ttl: BUTTON_LIFE_MS });

  openConversation(id: string, seed: readonly StoredTurn[]): void {
    this.conversations.set(id, [...seed]);
  }

  addTurn(id: string, turn: StoredTurn): void {
    this.conversations.get(id)?.push(turn);
  }

  conversation(id: string): StoredTurn[] | null {
    return this.conversations.get(id)?.slice(-TURNS_KEPT) ?? null;
  }

  written(conversationId: string): void {
    this.conversations.delete(conversationId);
  }
}
