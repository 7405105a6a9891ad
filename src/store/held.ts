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
  /** Turns added to a conversation and not yet written: a follow-up asked while the lock is taken still reads them. */
  private readonly unwritten = new LRUCache<string, StoredTurn[]>({ max: HELD_MAX, ttl: BUTTON_LIFE_MS });

  openConversation(id: string, seed: readonly StoredTurn[]): void {
    this.conversations.set(id, [...seed]);
  }

  addTurn(id: string, turn: StoredTurn): void {
    const turns = this.unwritten.get(id) ?? [];
    turns.push(turn);
    this.unwritten.set(id, turns);
  }

  turnWritten(id: string, turn: StoredTurn): void {
    const turns = this.unwritten.get(id)?.filter((t) => t !== turn) ?? [];
    if (turns.length > 0) this.unwritten.set(id, turns);
    else this.unwritten.delete(id);
  }

  /** A conversation's turns as written (`written`, or null when its opening is not written) with those still held. */
  conversation(id: string, written: readonly StoredTurn[] | null): StoredTurn[] | null {
    const base = written ?? this.conversations.get(id);
    if (!base) return null;
    return [...base, ...(this.unwritten.get(id) ?? [])].slice(-TURNS_KEPT);
  }

  written(conversationId: string): void {
    this.conversations.delete(conversationId);
  }
}
