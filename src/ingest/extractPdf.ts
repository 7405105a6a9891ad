import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { IngestError } from "./errors.js";
import type { Extracted } from "./extracted.js";
import { readDate } from "./extracted.js";

/**
 * A PDF's text, page by page. Lines are joined into paragraphs; a gap taller than the line spacing (or a new page)
 * starts a new one. PDFs carry no markup, so this is the best guess at paragraphs the file allows.
 */
export async function extractPdf(bytes: Uint8Array, url: URL): Promise<Extracted> {
  // The legacy build runs on Node 20 without a worker file or a browser; imported here so HTML pages never load it.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let pdf: Awaited<ReturnType<typeof getDocument>["promise"]>;
  try {
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new IngestError(`${url.href} is not a readable PDF (${(error as Error).message})`, { cause: error });
  }
  const paragraphs: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const items = (await page.getTextContent()).items.filter((i): i is TextItem => "str" in i);
    let current = "";
    let lastY: number | null = null;
    let lastHeight = 0;
    const flush = () => {
      const text = current.replace(/\s+/g, " ").trim();
      if (text) paragraphs.push(text);
      current = "";
    };
    for (const item of items) {
      const y = item.transform[5] ?? 0;
      if (lastY !== null && Math.abs(lastY - y) > Math.max(lastHeight, item.height, 1) * 1.6) flush();
      current += item.str + (item.hasEOL ? " " : "");
      if (item.str.trim()) lastY = y;
      lastHeight = item.height || lastHeight;
    }
    flush();
  }
  const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
  await pdf.destroy();
  const pdfDate = typeof info.CreationDate === "string" ? /^D:(\d{4})(\d{2})?(\d{2})?/.exec(info.CreationDate) : null;
  return {
    title: typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : null,
    siteName: null,
    published: pdfDate ? readDate([pdfDate[1], pdfDate[2], pdfDate[3]].filter(Boolean).join("-")) : null,
    paragraphs,
  };
}
