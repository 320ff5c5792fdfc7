import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { attemptSignIn, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { clientIpFrom } from "./client-ip";

import { ZCredentialsSchema } from "@/lib/validation/credentials-schema";

/** Too many failures: the sign-in form shows its own message, and the raw endpoint answers 429. */
export class LoginRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  // Intranet hosts have arbitrary names; the host header is trusted (deploy behind your own proxy).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  // A refused sign-in is expected traffic (and is in the audit trail), not a server error to log.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZCredentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const outcome = await attemptSignIn({
          email,
          password,
          ip: clientIpFrom(request.headers, env().SUMMA_TRUST_PROXY === "1"),
          userAgent: request.headers.get("user-agent"),
        });
        if (!outcome.ok) {
          if (outcome.reason === "rateLimited") throw new LoginRateLimited();
          return null;
        }
        return { ...outcome.user, sessionId: outcome.sessionId };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id and its session row's id; the row, the user's roles and the
    // disabled flag are read from the database on every request (lib/auth/current-actor.ts), so a
    // sign-out or a change applies at once, on every instance.
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
  },
}));

declare module "next-auth" {
  interface Session {
    /** The id of the session's row in UserSession (lib/auth/sessions.ts). */
    sessionId?: string;
  }
}
