"use server";
import { signOut } from "@/lib/auth/auth";
import { currentSessionId, getActor } from "@/lib/auth/current-actor";
import { requestMeta } from "@/lib/auth/request-meta";
import { endSession } from "@/lib/auth/sessions";

/** Ends this session on the server (its row goes, with the audit event), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  const sessionId = await currentSessionId();
  if (actor && sessionId) await endSession(actor.id, sessionId, await requestMeta());
  await signOut({ redirectTo: "/login?signedOut=1" });
}
