import "server-only";
import { headers } from "next/headers";
import { clientIpFrom } from "./client-ip";

/** Where a request came from, for the audit trail. */
export async function requestMeta(): Promise<{ ip: string; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIpFrom(h), userAgent: h.get("user-agent") };
}
