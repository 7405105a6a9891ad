import type { Engine } from "../engine/engine.js";

/** The engine everyone holds, whose knowledge can be replaced under it; `swap` puts a newly built one in. */
export interface LiveEngine {
  engine: Engine;
  swap(next: Engine): void;
}

/**
 * One engine object that forwards to whichever engine is current. A swap is one assignment, so a question sees
 * either the old knowledge or the new, never a mix; an answer keeps the engine it started on until it is done.
 * The answer caches live inside each engine, so the new one starts with them empty. Forwarding every property
 * (rather than listing the interface's) keeps it whole as the engine grows.
 */
export function liveEngine(first: Engine, extra: Record<PropertyKey, () => unknown> = {}): LiveEngine {
  let current = first;
  // Engines still finishing answers: shutdown's cutShort must reach them too, and they are let go once done.
  const busy = new Map<Engine, number>();
  const settle = (engine: Engine) => {
    const left = (busy.get(engine) ?? 1) - 1;
    if (left > 0) busy.set(engine, left);
    else busy.delete(engine);
  };
  const answer: Engine["answer"] = async (question, options) => {
    const engine = current;
    busy.set(engine, (busy.get(engine) ?? 0) + 1);
    try {
      return await engine.answer(question, options);
    } finally {
      settle(engine);
    }
  };
  const cutShort = () => {
    for (const engine of new Set([current, ...busy.keys()])) engine.cutShort();
  };
  const engine = new Proxy({} as Engine, {
    get(_, prop) {
      if (prop === "answer") return answer;
      if (prop === "cutShort") return cutShort;
      if (prop in extra) return extra[prop]?.();
      const value = Reflect.get(current, prop);
      return typeof value === "function" ? value.bind(current) : value;
    },
    has: (_, prop) => prop in extra || Reflect.has(current, prop),
  });
  return {
    engine,
    swap: (next) => {
      current = next;
    },
  };
}
