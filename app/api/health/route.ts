import { db, dbKind } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and monitoring. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: dbKind }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", database: dbKind }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
