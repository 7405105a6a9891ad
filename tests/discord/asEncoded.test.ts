import { describe, expect, it } from "vitest";
import { asEncoded } from "../../src/discord/payload.js";

describe("options discord.js sends as they are", () => {
  it("encode to the same JSON as the options they wrap", () => {
    const options = {
      content: "hi",
      components: [{ type: 1, components: [{ type: 2, custom_id: "more:1", label: "More", style: 2 }] }],
      embeds: [{ title: "T", description: "D" }],
      allowedMentions: { parse: [] },
    };
    expect(JSON.parse(JSON.stringify(asEncoded(options)))).toEqual(options);
  });

  it("give each component and embed a toJSON of its own, so discord.js skips its key-by-key transform", () => {
    const encoded = asEncoded({ components: [{ type: 1, components: [] }], embeds: [{ title: "T" }] });
    for (const item of [...encoded.components, ...encoded.embeds])
      expect(typeof (item as { toJSON?: unknown }).toJSON).toBe("function");
  });

  it("add no components or embeds to options that had none", () => {
    const options: { content: string; embeds?: unknown[] } = { content: "hi" };
    expect(asEncoded(options)).toEqual({ content: "hi" });
  });
});
