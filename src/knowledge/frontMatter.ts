import { z } from "zod";
import { DOC_KINDS } from "./types.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = z
  .union([z.string(), z.number()], { error: "must be text" })
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1, { error: "must not be empty" }));

const date = z
  .string({ error: "must be a date like 2025-01-27" })
  .regex(DATE, { error: "must be a date like 2025-01-27" })
  // Date.parse rolls 2025-02-30 over to 2 March: a real date reads back as itself.
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: "is not a real date" });

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
    paragraph: z.string({ error: "must be a phrase copied from the paragraph" }).min(8, { error: "is too short to find one paragraph" }),
    questions: z.array(askedQuestion, { error: "must be a list of questions" }).min(1, { error: "lists no questions" }),
  },
  { error: "each entry needs a paragraph phrase and its questions" },
);

export const frontMatterSchema = z
  .object(
    {
      id: z.string({ error: "must be text" }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be lowercase letters, digits and dashes" }),
      title: text,
      publisher: text.optional(),
      authors: text.optional(),
      published: date,
      as_of: date,
      url: httpUrl.optional(),
      url_scope: z.enum(["page", "site"], { error: "must be page or site" }).default("page"),
      url_note: text.optional(),
      date_note: text.optional(),
      kind: z.enum(DOC_KINDS, { error: `must be ${DOC_KINDS.join(", ")}` }),
      asked: z.array(paragraphAsked, { error: "must be a list of paragraph phrases with questions" }).optional(),
    },
    { error: "must be a set of 'key: value' lines" },
  )
  .superRefine((m, ctx) => {
    if (!m.publisher && !m.authors) ctx.addIssue({ code: "custom", path: [], message: 'needs "publisher" or "authors"' });
    if (!m.url && m.kind !== "article") ctx.addIssue({ code: "custom", path: [], message: 'missing "url" (only the article may go without one)' });
    if (m.asked && m.kind === "note") {
      ctx.addIssue({ code: "custom", path: ["asked"], message: "in a note goes under each section heading, not in the front matter" });
    }
    if (m.url_scope === "site" && m.url && new URL(m.url).pathname.replace(/\/$/, "") !== "") {
      ctx.addIssue({ code: "custom", path: ["url"], message: "must be the site's home page when url_scope is site" });
    }
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
  } catch {
    return false;
  }
}
