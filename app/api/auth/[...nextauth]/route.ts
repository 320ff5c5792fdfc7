import { handlers } from "@/lib/auth/auth";

export const GET = handlers.GET;

/** next-auth answers a refused sign-in with a redirect; a rate-limited one is turned into a real 429. */
export async function POST(request: Request): Promise<Response> {
  const response = await handlers.POST(request as Parameters<typeof handlers.POST>[0]);
  const location = response.headers.get("location") ?? "";
  if (/[?&]code=rate_limited\b/.test(location)) {
    return Response.json({ error: "rate_limited" }, { status: 429, headers: { "Retry-After": "900" } });
  }
  return response;
}
