import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/permissions";

/** For pages: a record outside the user's reach renders the 404 page, exactly like one that does not exist. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
