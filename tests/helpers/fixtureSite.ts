import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { makePdf } from "./pdf.js";

/** The fact only the fixture article holds: a question about it can be answered from no other file. */
export const LANTERN_FACT =
  "DeepSeek kept a reserve of 312 spare H800 boards in a Hangzhou warehouse its engineers called the Lantern Room.";

const filler = (topic: string) =>
  `Analysts who follow ${topic} said the figures would be revisited when the company publishes its next report, and that comparisons with earlier models should be read with care.`;

export const ARTICLE_PARAGRAPHS = [
  "DeepSeek's training budget has been debated for weeks, and a new filing adds detail to the argument about what the model really cost to build.",
  LANTERN_FACT,
  "The company said the boards were bought before the export rules of October 2023 took effect, and that none of them was used for the final training run described in its technical report.",
  filler("the chip market"),
];

const CHROME = `
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a> Subscribe today</nav></header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<aside class="ad advertisement sponsored">ADVERTISEMENT: Buy the Quantum Blender 3000 now at half price.</aside>`;

function articlePage(paragraphs: readonly string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>The Lantern Room: where DeepSeek kept its spare chips | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2025-01-29T08:00:00Z">
</head><body>${CHROME}
<main><article><h1>The Lantern Room: where DeepSeek kept its spare chips</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
</article>
<section id="comments" class="comments"><h3>Comments</h3><p class="comment">Reader42: This is all fake news, wake up people!</p></section></main>
<footer><nav>About us · Contact · Careers</nav></footer></body></html>`;
}

const PDF_LINES = [
  "DeepSeek-R1 technical note.",
  "We describe the reinforcement learning recipe used for the reasoning model and the distillation",
  "of its outputs into smaller dense models. The recipe uses group relative policy optimisation with",
  "rule-based rewards for accuracy and format, and no learned reward model at any stage of training.",
  "",
  "The distilled models range from 1.5 to 70 billion parameters and are released under the MIT",
  "licence together with the weights of the main model, so that others can study and reproduce them.",
  "Evaluation covers mathematics, coding and general knowledge benchmarks in English and Chinese.",
];

export interface FixtureSite {
  url(path: string): string;
  /** How many times each path was fetched. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A loopback web server on 127.0.0.1 and a free port, serving the pages knowledge:add meets in the wild: an article
 * wrapped in navigation, ads, comments and a cookie banner, a PDF, a redirect chain, a 404, a slow page, a huge
 * one, and a page whose text changes from one fetch to the next.
 */
export async function startFixtureSite(): Promise<FixtureSite> {
  const hits = new Map<string, number>();
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    const html = (body: string) => send(200, "text/html; charset=utf-8", body);
    const hop = /^\/hop(\d)$/.exec(path);
    if (path === "/article") return html(articlePage(ARTICLE_PARAGRAPHS));
    if (path.startsWith("/changing")) {
      const changed = n > 1 ? "The company later said the warehouse held 298 boards, not 312." : LANTERN_FACT;
      return html(articlePage([ARTICLE_PARAGRAPHS[0]!, changed, ...ARTICLE_PARAGRAPHS.slice(2)]));
    }
    if (hop) {
      const next = Number(hop[1]) + 1;
      return send(302, "text/html", "", { location: next > 3 ? "/article" : `/hop${next}` });
    }
    if (path.startsWith("/loop")) return send(302, "text/html", "", { location: `/loop${n}-${Math.random()}` });
    if (path === "/to-private")
      return send(302, "text/html", "", { location: "http://169.254.169.254/latest/meta-data" });
    if (path === "/paper.pdf") return send(200, "application/pdf", makePdf(PDF_LINES, "DeepSeek-R1 technical note"));
    if (path === "/scan.pdf") return send(200, "application/pdf", makePdf([]));
    if (path === "/scripts")
      return html(
        "<!doctype html><html><head><script>var a=1;</script></head><body><script>render()</script></body></html>",
      );
    if (path === "/stub")
      return html(
        articlePage(["Subscribe to read the full story. Already a subscriber? Sign in to continue reading."]),
      );
    if (path === "/data.json") return send(200, "application/json", "{}");
    if (path === "/latin1") {
      const body = articlePage([
        ...ARTICLE_PARAGRAPHS.slice(0, 1),
        "Le café de la Défense a fermé ses portes à 17 h.",
        ...ARTICLE_PARAGRAPHS.slice(2),
      ]);
      return send(200, "text/html; charset=iso-8859-1", Buffer.from(body.replace('charset="utf-8"', ""), "latin1"));
    }
    if (path === "/huge") {
      // 50 MB, streamed without a length: only a reader that counts as it goes notices.
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(1024 * 1024, "a");
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
        else res.once("drain", () => (sent++, pump()));
      };
      res.on("error", () => {});
      return pump();
    }
    if (path === "/slow") {
      open.add(res);
      return; // Never answers: only the fetch's own timeout ends the wait.
    }
    send(404, "text/html", "<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
