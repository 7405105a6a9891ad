import { describe, expect, it } from "vitest";
import { Cooldown } from "../../src/discord/cooldown.js";
import { ReplyStore } from "../../src/discord/replyStore.js";

describe("the per-user cooldown", () => {
  it("allows the configured number of uses in a minute, then says how long to wait", () => {
    let now = 0;
    const cooldown = new Cooldown(2, 60_000, () => now);
    expect([cooldown.take("u"), cooldown.take("u")]).toEqual([0, 0]);
    now = 15_000;
    expect(cooldown.take("u")).toBe(45);
  });

  it("counts each user separately", () => {
    const cooldown = new Cooldown(1, 60_000, () => 0);
    expect([cooldown.take("a"), cooldown.take("b")]).toEqual([0, 0]);
  });

  it("gives a use back, so a request that answered nothing leaves the user's allowance as it was", () => {
    const cooldown = new Cooldown(1, 60_000, () => 0);
    cooldown.take("u");
    cooldown.giveBack("u");
    expect(cooldown.take("u")).toBe(0);
    expect(cooldown.take("u")).toBeGreaterThan(0);
  });

  it("lets a user ask again once the window has passed", () => {
    let now = 0;
    const cooldown = new Cooldown(1, 60_000, () => now);
    cooldown.take("u");
    now = 60_001;
    expect(cooldown.take("u")).toBe(0);
  });
});

describe("the store behind More excerpts buttons", () => {
  it("forgets a reply once it has expired", () => {
    let now = 5_000;
    const store = new ReplyStore(1000, 10, () => now);
    store.put("k", { ephemeral: true, embeds: [] });
    now = 6_001;
    expect(store.get("k")).toBeNull();
  });

  it("keeps only the newest replies when full", () => {
    const store = new ReplyStore(1000, 2, () => 0);
    for (const k of ["a", "b", "c"]) store.put(k, { ephemeral: true, embeds: [] });
    expect([store.get("a"), store.get("c")]).toEqual([null, { ephemeral: true, embeds: [] }]);
  });
});
