import { z } from "zod";

// The building blocks every input schema uses, so that no input reaches the database in a form it
// refuses with an error (a 500) instead of a message:
// - text: well-formed UTF-16 (a lone surrogate cannot be stored as UTF-8, and autosave of it never
//   succeeds) and no NUL character (PostgreSQL text cannot hold one); SQLite gets the same rule, so both
//   engines accept the same input;
// - ids: what Prisma's cuid() produces (letters, digits, - and _);
// - integers: within PostgreSQL's int4, the type of every Int column;
// - dates: a real calendar date, never rolled over (2082-02-30 is not 2 March).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text can be stored as it is on both engines. */
export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && !LONE_SURROGATE.test(s);
}

/** A string that can be stored on both engines; refused with "textInvalidChars" otherwise. */
export const text = () => z.string().refine(isStorableText, { message: "textInvalidChars", abort: true });

/** A record id. */
export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "invalidInput" });

/** The largest value of an Int column on PostgreSQL (int4). */
export const INT4_MAX = 2_147_483_647;

/** A row version or revision counter. */
export const counter = (min: number) => z.number().int().min(min).max(INT4_MAX);

/** A calendar date as yyyy-mm-dd that exists (month 1–12, the day within that month), years 1900–2200. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
