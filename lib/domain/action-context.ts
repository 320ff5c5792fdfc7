// What the domain is given and what a server action answers, in a module of their own: the domain in lib/
// takes an ActionContext without depending on the action layer (lib/actions) that builds it, and client
// components type results without importing a "server-only" module.
import type { Actor } from "@/lib/permissions";

/**
 * What every server action returns. `error` is a message key: a bare code ("headingTooLong") means
 * "errors.<code>", a dotted one ("review.errors.x") is used as it is. `message` is that key already in the
 * requester's language (lib/actions/action-refusal.ts), so the browser is sent no error catalogue; the key
 * and values stay for the logic and tests that branch on them.
 */
export type ActionResult<T> = { ok: true; data: T } | ActionRefusal;

export type ActionRefusal = { ok: false; error: string; values?: Record<string, string | number>; message: string };

export interface ActionContext {
  actor: Actor;
  meta: { ip: string; userAgent: string | null };
}
