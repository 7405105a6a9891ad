import { describe, expect, it } from "vitest";
import { formatDate, sourceLabel } from "../../src/text/attribution.js";

describe("dates shown with a source", () => {
  it("shows a full date as day, month and year", () => {
    expect(formatDate("2025-01-27")).toBe("27 Jan 2025");
  });

  it("shows only the month and year when the day is not known", () => {
    expect(formatDate("2023-03")).toBe("Mar 2023");
  });

  it("shows only the year when that is all that is known", () => {
    expect(formatDate("2023")).toBe("2023");
  });

  it("shows each date the same when it comes back (remembered)", () => {
    const first = ["2025-01-27", "2023-03", "2023"].map(formatDate);
    expect(["2025-01-27", "2023-03", "2023"].map(formatDate)).toEqual(first);
    expect(first).toEqual(["27 Jan 2025", "Mar 2023", "2023"]);
  });

  it("labels a note dated to the month without inventing a day", () => {
    expect(sourceLabel({ title: "H800 report", publisher: "Tom's Hardware", published: "2023-03", kind: "note" })).toBe(
      "H800 report (Tom's Hardware, Mar 2023)",
    );
  });
});
