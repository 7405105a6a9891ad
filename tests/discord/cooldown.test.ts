import { describe, expect, it } from "vitest";
import { ClickLimit } from "../../src/discord/clickLimit.js";
import { Cooldown } from "../../src/discord/cooldown.js";
import { MORE_EXCERPTS_TTL_MS, ReplyStore } from "../../src/discord/replyStore.js";

describe("the per-user cooldown", async () => {
  it("allows the configured number of uses in a minute, then says how long to wait", async () => {
    let now = 0;
    const cooldown = new Cooldown(2, 60_000, () => now);
    expect([await cooldown.take("u"), await cooldown.take("u")]).toEqual([0, 0]);
    now = 15_000;
    expect(await cooldown.take("u")).toBe(45);
  });

  it("counts alone, and says so, while the shared windows cannot answer", async () => {
    const away = {
      take: () => Promise.reject(new Error("timeout exceeded when trying to connect")),
      giveBack: () => Promise.resolve(),
    };
    const told: string[] = [];
    const cooldown = new Cooldown(1, 60_000, () => 0, {
      windows: away,
      scope: "ask",
      onFallback: (error) => told.push(String(error)),
    });
    expect([await cooldown.take("u"), await cooldown.take("u")]).toEqual([0, 60]);
    expect(told).toHaveLength(2);
    expect(told[0]).toMatch(/timeout exceeded/);
  });

  it("counts each user separately", async () => {
    const cooldown = new Cooldown(1, 60_000, () => 0);
    expect([await cooldown.take("a"), await cooldown.take("b")]).toEqual([0, 0]);
  });

  it("gives a use back, so a request that answered nothing leaves the user's allowance as it was", async () => {
    const cooldown = new Cooldown(1, 60_000, () => 0);
    await cooldown.take("u");
    cooldown.giveBack("u");
    expect(await cooldown.take("u")).toBe(0);
    expect(await cooldown.take("u")).toBeGreaterThan(0);
  });

  it("lets a user ask again once the window has passed", async () => {
    let now = 0;
    const cooldown = new Cooldown(1, 60_000, () => now);
    await cooldown.take("u");
    now = 60_001;
    expect(await cooldown.take("u")).toBe(0);
  });
});

describe("the store behind More excerpts buttons", () => {
  /** A reply the size of a real "More excerpts" (about 2 KB of fields). */
  const reply = (i: number) => ({
    ephemeral: true,
    embeds: [{ title: "More excerpts", fields: [{ name: `• ${i}`, value: "x".repeat(2_000) }] }],
  });

  it("forgets a reply once it has expired", () => {
    let now = 5_000;
    const store = new ReplyStore({ ttlMs: 1000, now: () => now });
    store.put("k", reply(0));
    now = 6_001;
    expect(store.get("k")).toBeNull();
  });

  it("keeps every reply for its whole 15 minutes, however many answers follow it", () => {
    let now = 0;
    const store = new ReplyStore({ now: () => now });
    for (let i = 0; i < 5_000; i++) {
      store.put(`k${i}`, reply(i));
      now += 170; // 5,000 answers in a little over 14 minutes: about 6 a second
    }
    now = MORE_EXCERPTS_TTL_MS - 1;
    expect(store.get("k0")).toEqual(reply(0));
  });

  it("lets the oldest go early only when its memory budget is full", () => {
    const store = new ReplyStore({ maxBytes: 100_000, now: () => 0 });
    for (let i = 0; i < 100; i++) store.put(`k${i}`, reply(i));
    expect(store.size).toBeLessThanOrEqual(100_000 / 4_000);
    expect(store.get("k0")).toBeNull();
    expect(store.get("k99")).toEqual(reply(99));
  });
});

describe("the per-user limit on button presses", () => {
  it("serves presses up to the limit, then says so once, then ignores the rest until the window allows", async () => {
    let now = 0;
    const clicks = new ClickLimit(3, () => now);
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await clicks.check("u"));
    expect(verdicts.map((v) => (v.serve ? "serve" : v.tell ? "tell" : "ignore"))).toEqual([
      "serve",
      "serve",
      "serve",
      "tell",
      "ignore",
      "ignore",
    ]);
    now = 60_001;
    expect(await clicks.check("u")).toEqual({ serve: true });
  });

  it("counts each user on their own", async () => {
    const clicks = new ClickLimit(1, () => 0);
    await clicks.check("a");
    expect(await clicks.check("b")).toEqual({ serve: true });
  });
});
