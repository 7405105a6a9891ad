import { StorybotError } from "../errors.js";

/** Adding or refreshing a source failed; the message is the one line the operator reads. */
export class IngestError extends StorybotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("ingest", message, options);
  }
}
