import { join } from "node:path";
import { inject } from "vitest";

/**
 * The built file for one of storybot's sources (`src/main.ts` → `<build>/src/main.js`), from the build the run's
 * global setup made once (tests/globalSetup.ts).
 */
export function built(source: string): string {
  return join(inject("buildDir"), source.replace(/\.ts$/, ".js"));
}
