import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientIpFrom } from "./client-ip";

/** Where a request came from, for the audit trail. */
export async function requestMeta(): Promise<{ ip: string; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIpFrom(h, env().SUMMA_TRUST_PROXY === "1"), userAgent: h.get("user-agent") };
}
