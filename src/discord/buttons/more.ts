import { localeOf } from "../../messages/locale.js";
import { recheckCardQuotes } from "../cardQuotes.js";
import { keptMore } from "../keep.js";
import { recheckQuotes } from "../quoteCheck.js";
import { type ButtonKind, idParts } from "./button.js";

/** "More excerpts": "more:<answer id>". */
export const moreId = (answerId: string): string => `more:${answerId}`;

export const more: ButtonKind<{ answerId: string }> = {
  prefix: "more",
  parse(customId) {
    const [answerId] = idParts(customId, "more") ?? [];
    return answerId ? { answerId } : null;
  },
  answerId: (p) => p.answerId,
  async run({ interaction, parsed, deps, send, refuse }) {
    const kept = await keptMore(deps, interaction, parsed.answerId);
    // A source may have changed since the answer: what is no longer in its file is not shown as its words. A reply
    // kept before cards (embeds, in a database a day old) is checked and shown in its own shape.
    const locale = localeOf(interaction.locale);
    const shown = kept && (await (kept.cards ? recheckCardQuotes(kept, locale) : recheckQuotes(kept, locale)));
    if (shown) await send({ ...shown, ephemeral: true });
    else await refuse({ kind: "expired" });
    return undefined;
  },
};
