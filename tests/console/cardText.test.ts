import { describe, expect, it } from "vitest";
import { cardsText } from "../../src/console/cardText.js";
import type { Card } from "../../src/discord/card.js";

const card: Card = {
  tone: "answer",
  blocks: [
    { type: "title", text: "what  did it\ncost?" },
    { type: "text", pieces: ["It cost $5.5M ", { text: "[1]", url: "https://example.org/r" }] },
    {
      type: "excerpt",
      says: "[1] The article says",
      quoted: true,
      text: "The *final* run cost $5,576,000 [sic] — @everyone",
      credit: ["the article, ", { text: "27 Jan 2025", url: "https://example.org/a" }],
      checked: "✓ Checked word for word against knowledge/article.md",
      url: "https://example.org/a",
    },
    {
      type: "excerpt",
      says: "[2] From our notes",
      quoted: false,
      text: "A note.",
      credit: ["our notes"],
      checked: "✓",
      url: null,
    },
    { type: "footer", text: "knowledge as of 28 Nov 2026" },
  ],
};

describe("a card in the console", () => {
  it("prints the documents' words exactly as written, with no Markdown added or escaped", () => {
    expect(cardsText([card])).toContain("“The *final* run cost $5,576,000 [sic] — @everyone”");
  });

  it("prints a link as its label and its address, and a citation as its number alone", () => {
    const text = cardsText([card]);
    expect(text).toContain("— the article, 27 Jan 2025 <https://example.org/a>");
    expect(text).toContain("It cost $5.5M [1]\n");
  });

  it("quotes a document's words and never a note", () => {
    const text = cardsText([card]);
    expect(text).toContain("[2] From our notes\nA note.\n— our notes");
  });

  it("puts the title on one line and the footer last", () => {
    const text = cardsText([card]);
    expect(text.startsWith("== what did it cost? ==")).toBe(true);
    expect(text.endsWith("-- knowledge as of 28 Nov 2026")).toBe(true);
  });
});
