// Auth.js's auth() runs its whole session endpoint for every call: derives the key, decrypts the JWT,
// re-encrypts a fresh one and builds a Response — a few milliseconds of CPU per page for a cookie that is
// the same on every request of a visit. The decoded session depends on nothing but the cookie's value
// (an authenticated encryption under the server's secret), so it is remembered per cookie value for a
// few minutes. What may change meanwhile is still read on every request: the session row (a sign-out
// ends it at once, on every instance), the user's roles and disabled flag (lib/auth/current-actor.ts).
import { LruCache } from "@/lib/db/plan-cache";

export const SESSION_MEMO_TTL_MS = 5 * 60 * 1000;

/** The session cookie's value, chunks included ("authjs.session-token", "__Secure-…", ".0", ".1"). */
export function sessionTokenOf(cookies: readonly { name: string; value: string }[]): string | null {
  const parts = cookies.filter((c) => /(^|\.|-)authjs\.session-token(\.\d+)?$/.test(c.name)).sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  return parts.length ? parts.map((c) => `${c.name}=${c.value}`).join(";") : null;
}

export class SessionMemo<S> {
  private cache: LruCache<string, { session: S; until: number }>;
  constructor(max = 2000, private readonly ttlMs = SESSION_MEMO_TTL_MS, private readonly now: () => number = Date.now) {
    this.cache = new LruCache(max);
  }
  /** The decoded session for this token: remembered, or decoded now (a missing session is not remembered). */
  async get(token: string, decode: () => Promise<S | null>): Promise<S | null> {
    const hit = this.cache.get(token);
    if (hit && hit.until > this.now()) return hit.session;
    const session = await decode();
    if (session) this.cache.set(token, { session, until: this.now() + this.ttlMs });
    return session;
  }
}
