import { IngestError } from "./errors.js";
import { type Extracted, textLength } from "./extracted.js";
import { extractHtml } from "./extractHtml.js";
import { extractPdf } from "./extractPdf.js";
import { type FetchLimits, fetchPage } from "./fetchPage.js";

/** Below this, what was found is a teaser, a paywall or a cookie wall, not the document. */
export const MIN_TEXT_CHARS = 500;

/** Fetches a page and extracts its text; refuses (IngestError) a page with too little text to be the document. */
export async function readPage(url: URL, limits: FetchLimits): Promise<{ url: URL; extracted: Extracted }> {
  const page = await fetchPage(url, limits);
  const extracted =
    page.type === "pdf" ? await extractPdf(page.bytes, page.url) : extractHtml(page.bytes, page.charset, page.url);
  const chars = textLength(extracted.paragraphs);
  if (chars === 0)
    throw new IngestError(
      page.type === "pdf"
        ? `${page.url.href} is a PDF without text (a scan?): nothing to quote`
        : `${page.url.href} has no readable text (scripts, images or an empty page)`,
    );
  if (chars < MIN_TEXT_CHARS)
    throw new IngestError(
      `${page.url.href} has only ${chars} characters of text (a paywall or a teaser?): at least ${MIN_TEXT_CHARS} are needed`,
    );
  return { url: page.url, extracted };
}
