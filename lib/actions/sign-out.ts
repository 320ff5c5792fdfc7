"use server";
import { signOut } from "@/lib/auth/auth";
import { getActor } from "@/lib/auth/current-actor";
import { requestMeta } from "@/lib/auth/request-meta";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";

export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await writeAudit(db, { actorId: actor.id, action: "auth.logout", targetType: "User", targetId: actor.id, ...(await requestMeta()) });
  await signOut({ redirectTo: "/login?signedOut=1" });
}
