import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { IngestError } from "./errors.js";
import { type Extracted, readDate } from "./extracted.js";

const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TD", "DD", "DT"]);
const HEADING = /^H[1-6]$/;

/**
 * The page's main text, as Readability (Firefox's reader view) finds it: navigation, ads, comments and banners are
 * what it is built to leave out. Paragraph breaks come from the page's own blocks, so nothing is joined or split.
 */
export function extractHtml(bytes: Uint8Array, declaredCharset: string | null, url: URL): Extracted {
  const html = decode(bytes, declaredCharset ?? sniffCharset(bytes));
  const { document } = parseHTML(html);
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const content = el?.getAttribute("content")?.trim();
      if (content) return content;
    }
    return null;
  };
  const published =
    meta("article:published_time", "datePublished", "date", "DC.date", "dc.date", "citation_publication_date") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article?.content) throw new IngestError(`${url.href} has no readable text (scripts, images or an empty page)`);
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const paragraphs: string[] = [];
  for (const el of content.querySelectorAll([...BLOCKS].join(","))) {
    // Only the innermost blocks: a list item's paragraph is read once, not again as part of the item.
    if ([...el.querySelectorAll("*")].some((child) => BLOCKS.has(child.tagName))) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    paragraphs.push(HEADING.test(el.tagName) ? `## ${text}` : el.tagName === "LI" ? `- ${text}` : text);
  }
  return {
    title: article.title?.trim() || meta("og:title") || null,
    siteName: article.siteName?.trim() || meta("og:site_name") || null,
    published: readDate(article.publishedTime) ?? readDate(published),
    paragraphs,
  };
}

function decode(bytes: Uint8Array, charset: string | null): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? "utf-8");
  } catch {
    throw new IngestError(`the page declares charset "${charset}", which cannot be decoded`);
  }
  return decoder.decode(bytes);
}

/** A charset declared inside the page (<meta charset>), read from its first bytes as the HTML standard does. */
function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
}
