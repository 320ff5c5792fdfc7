import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/permissions";

/**
 * For pages: a record outside the user's reach renders the 404 page, exactly like one that does not
 * exist — and so does a page the user may see the record of but not use (e.g. a leader opening a unit's
 * approval-chain editor): a page has no "refused" state of its own, and a 500 would be a lie.
 */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) notFound();
    throw e;
  }
}
