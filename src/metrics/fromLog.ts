import type { Logger } from "../log.js";
import type { Metrics } from "./registry.js";

/** Store events that count as store errors, by the kind they are counted under. */
const STORE_ERRORS: Record<string, string> = {
  recording_off: "recording_off",
  writes_lost: "writes_lost",
  purge_failed: "purge_failed",
};

/** Model events that end in the quick answer without a reason field of their own. */
const MODEL_FALLBACKS: Record<string, string> = {
  model_output_unusable: "unusable_output",
  model_answer_unverifiable: "unverifiable",
};

/**
 * The counters, fed by the log: every front end and the engine already say what happened in one structured line
 * per event, so the metrics count those lines rather than ask each place that logs to count as well. Handed every
 * event whatever LOG_LEVEL hides.
 */
export function countLogEvents(metrics: Metrics): Logger {
  return (event, fields = {}) => {
    if (event === "interaction") {
      const command = metrics.label("command", fields.command);
      metrics.interactions.inc({ command, outcome: metrics.label("outcome", fields.outcome) });
      if (fields.outcome === "declined")
        metrics.declines.inc({ command, reason: metrics.label("reason", fields.declineReason) });
      return;
    }
    if (event === "model_failed") {
      metrics.modelFailures.inc({ reason: metrics.label("model_reason", fields.reason) });
      return;
    }
    const fallback = MODEL_FALLBACKS[event];
    if (fallback) {
      metrics.modelFailures.inc({ reason: fallback });
      return;
    }
    const storeError = STORE_ERRORS[event];
    if (storeError) metrics.storeErrors.inc({ kind: storeError });
  };
}
