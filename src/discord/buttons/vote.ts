import { onVote } from "../votes.js";
import { type ButtonKind, idParts } from "./button.js";

/** 👍 and 👎: "vote:<answer id>:up|down"; the answer id finds the answer in the database after a restart. */
export const voteId = (answerId: string, vote: "up" | "down"): string => `vote:${answerId}:${vote}`;

export const vote: ButtonKind<{ answerId: string; vote: string }> = {
  prefix: "vote",
  parse(customId) {
    const [answerId, choice] = idParts(customId, "vote") ?? [];
    return answerId ? { answerId, vote: choice ?? "" } : null;
  },
  answerId: (p) => p.answerId,
  needsRecords: true,
  run: ({ interaction, parsed, deps }) => onVote(interaction, parsed.answerId, parsed.vote, deps.records!),
};
