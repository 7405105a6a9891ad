import { z } from "zod";
import { DOC_KINDS } from "./types.js";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const DATE_PRECISIONS = ["year", "month", "day"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** "2025" is a year, "2025-01" a month, "2025-01-27" a day. */
export function precisionOf(date: string): DatePrecision {
  return DATE_PRECISIONS[date.split("-").length - 1] ?? "day";
}

/** A date cut to what is known: ("2025-01-29", "month") -> "2025-01". */
export function truncateDate(date: string, precision: DatePrecision): string {
  return date
    .split("-")
    .slice(0, DATE_PRECISIONS.indexOf(precision) + 1)
    .join("-");
}

const text = z
  .union([z.string(), z.number()], { error: "must be text" })
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1, { error: "must not be empty" }));

const DAY_ONLY = "must be a date like 2025-01-27";
const PARTIAL = "must be a date like 2025-01-27, or 2025-01 or 2025 when only the month or year is known";

/** Date.parse rolls 2025-02-30 over to 2 March: a real date reads back as itself. */
function isRealDate(v: string): boolean {
  const full = v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
  return !Number.isNaN(Date.parse(`${full}T00:00:00Z`)) && new Date(`${full}T00:00:00Z`).toISOString().startsWith(full);
}

// YAML reads 2025 as a number; a date here is always text.
const dateText = (error: string) => z.union([z.string(), z.number()], { error }).transform((v) => String(v));
const partialDate = dateText(PARTIAL).pipe(
  z.string().regex(DATE, { error: PARTIAL }).refine(isRealDate, { error: "is not a real date" }),
);
const date = dateText(DAY_ONLY).pipe(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DAY_ONLY })
    .refine(isRealDate, { error: "is not a real date" }),
);

const httpUrl = z
  .string({ error: "must be an http(s) URL" })
  .refine(isHttpUrl, { error: "is not a valid http(s) URL" });

/** A question people ask, as written in an asked: list. */
export const askedQuestion = z
  .string({ error: "must be a question in words" })
  .trim()
  .min(3, { error: "is too short to be a question" })
  .max(300, { error: "is longer than 300 characters" });

/** The article's and sources' asked: lists, tied to a paragraph by a phrase copied from it. */
const paragraphAsked = z.object(
  {
    paragraph: z
      .string({ error: "must be a phrase copied from the paragraph" })
      .min(8, { error: "is too short to find one paragraph" }),
    questions: z.array(askedQuestion, { error: "must be a list of questions" }).min(1, { error: "lists no questions" }),
  },
  { error: "each entry needs a paragraph phrase and its questions" },
);

export const frontMatterSchema = z
  .object(
    {
      id: z
        .string({ error: "must be text" })
        .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be lowercase letters, digits and dashes" }),
      title: text,
      publisher: text.optional(),
      authors: text.optional(),
      published: partialDate,
      /** How much of `published` is known; coarser than the date written when only that much is trusted. */
      published_precision: z.enum(DATE_PRECISIONS, { error: `must be ${DATE_PRECISIONS.join(", ")}` }).optional(),
      as_of: date,
      url: httpUrl.optional(),
      url_scope: z.enum(["page", "site"], { error: "must be page or site" }).default("page"),
      url_note: text.optional(),
      date_note: text.optional(),
      kind: z.enum(DOC_KINDS, { error: `must be ${DOC_KINDS.join(", ")}` }),
      /** When knowledge:add or knowledge:refresh last fetched the text (a fetched source only). */
      fetched: date.optional(),
      /** The body's hash when it was fetched: a hand edit no longer matches it (see contentHash.ts). */
      content_hash: z
        .string({ error: "must be text" })
        .regex(/^sha256:[0-9a-f]{64}$/, { error: "must be sha256: and 64 hex digits, as knowledge:add writes it" })
        .optional(),
      asked: z.array(paragraphAsked, { error: "must be a list of paragraph phrases with questions" }).optional(),
    },
    { error: "must be a set of 'key: value' lines" },
  )
  .superRefine((m, ctx) => {
    if (!m.publisher && !m.authors)
      ctx.addIssue({ code: "custom", path: [], message: 'needs "publisher" or "authors"' });
    if (!m.url && m.kind !== "article")
      ctx.addIssue({ code: "custom", path: [], message: 'missing "url" (only the article may go without one)' });
    if (m.asked && m.kind === "note") {
      ctx.addIssue({
        code: "custom",
        path: ["asked"],
        message: "in a note goes under each section heading, not in the front matter",
      });
    }
    if (
      m.published_precision &&
      DATE_PRECISIONS.indexOf(m.published_precision) > DATE_PRECISIONS.indexOf(precisionOf(m.published))
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["published_precision"],
        message: `is finer than the date written (${m.published})`,
      });
    }
    for (const key of ["date_note", "url_note"] as const) {
      // A made-up day or address shown as fact is worse than a coarse one: say what is known instead.
      if (/placeholder/i.test(m[key] ?? "")) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "describes a placeholder: write only what is known (published: 2023-03 for a month) instead",
        });
      }
    }
    if (m.url_scope === "site" && m.url && new URL(m.url).pathname.replace(/\/$/, "") !== "") {
      ctx.addIssue({ code: "custom", path: ["url"], message: "must be the site's home page when url_scope is site" });
    }
  });

/** Characters that would let a link carry Markdown, HTML or a second link when it is rendered. */
const NOT_IN_PLAIN_URL = /[\s<>[\]`"'*|\\{}^]/;

function balancedParentheses(value: string): boolean {
  let depth = 0;
  for (const c of value) {
    depth += c === "(" ? 1 : c === ")" ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A plain http(s) address with a real host name and nothing a renderer could read as Markdown. */
function isHttpUrl(value: string): boolean {
  if (NOT_IN_PLAIN_URL.test(value) || !balancedParentheses(value)) return false;
  try {
    const u = new URL(value);
    return (
      (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".") && !u.username && !u.password
    );
  } catch {
    return false;
  }
}
