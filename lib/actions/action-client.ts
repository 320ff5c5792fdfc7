import "server-only";
import type { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { requestMeta } from "@/lib/auth/request-meta";
import { DomainError } from "@/lib/errors";
import { ForbiddenError, NotFoundError } from "@/lib/permissions";
import { refusal } from "./action-refusal";

export type { ActionContext, ActionResult } from "@/lib/domain/action-context";
import type { ActionContext, ActionResult } from "@/lib/domain/action-context";

/**
 * The one path for every mutation: zod parse → signed-in actor → the domain function (which checks
 * permissions and writes in a transaction with its audit event). Expected failures come back as
 * results the form can show, with their text in the user's language (./action-refusal.ts); anything
 * else is a bug and is thrown.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // Our schemas carry message keys; zod's own messages (wrong types from a forged request) do not.
      return refusal(messageKey(/^[a-zA-Z.]+$/.test(issue.message) ? issue.message : "invalidInput"));
    }
    const actor = await getActor();
    if (!actor) return refusal(messageKey("signedOut"));
    try {
      return { ok: true, data: await handler(parsed.data, { actor, meta: await requestMeta() }) };
    } catch (e) {
      if (e instanceof DomainError) return refusal(messageKey(e.code), e.values);
      if (e instanceof NotFoundError) return refusal(messageKey("notFound"));
      if (e instanceof ForbiddenError) return refusal(messageKey("forbidden"));
      throw e;
    }
  };
}

export function messageKey(code: string): string {
  return code.includes(".") ? code : `errors.${code}`;
}

/**
 * A form action's argument as a FormData, whatever a forged request put there (a malformed body can
 * decode to undefined or a plain value): an empty form is refused by the action's own validation.
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
