import type { Decision } from "../../src/fit/decisions.js";

/**
 * A fitted decision that always acts: for tests of how a verdict or an answer is reached, apart from the fitted check
 * that may hold it back (which has tests of its own).
 */
export const ALWAYS: Decision = {
  model: { features: [], weights: [], bias: 0, mean: [], std: [] },
  threshold: 0,
};
