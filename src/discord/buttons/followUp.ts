import { startFollowUp } from "../followUp.js";
import { type ButtonKind, idParts } from "./button.js";

/** "Ask a follow-up": "followup:<answer id>", the answer the follow-up builds on. */
export const followUpId = (answerId: string): string => `followup:${answerId}`;

export const followUp: ButtonKind<{ answerId: string }> = {
  prefix: "followup",
  parse(customId) {
    const [answerId] = idParts(customId, "followup") ?? [];
    return answerId ? { answerId } : null;
  },
  answerId: (p) => p.answerId,
  needsRecords: true,
  run: ({ interaction, answer, deps }) => startFollowUp(interaction, answer!.answer, deps.records!, deps.log),
};
