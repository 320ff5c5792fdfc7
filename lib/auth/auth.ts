import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clearLoginFailures, isLoginLimited, recordLoginFailure } from "./login-rate-limit";
import { clientIpFrom } from "./client-ip";
import { writeAudit } from "@/lib/audit/write-audit";

import { ZCredentialsSchema } from "./credentials-schema";

/** Too many failures: the sign-in form shows its own message, and the raw endpoint answers 429. */
export class LoginRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  // Intranet hosts have arbitrary names; the host header is trusted (deploy behind your own proxy).
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 3600 },
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
        const ip = clientIpFrom(request.headers);
        if (await isLoginLimited(email, ip)) throw new LoginRateLimited();

        const user = await db.user.findUnique({ where: { email } });
        // Same work and same answer whether the account is unknown, disabled or the password wrong.
        const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
        if (!user || !ok || user.disabled) {
          await recordLoginFailure(email, ip);
          await writeAudit(db, {
            actorId: user?.id ?? null,
            action: "auth.login_failed",
            targetType: "User",
            targetId: user?.id ?? null,
            data: { email },
            ip,
            userAgent: request.headers.get("user-agent"),
          });
          return null;
        }
        await clearLoginFailures(email);
        await writeAudit(db, {
          actorId: user.id,
          action: "auth.login",
          targetType: "User",
          targetId: user.id,
          ip,
          userAgent: request.headers.get("user-agent"),
        });
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    // The token carries only the user id; roles and the disabled flag are read from the database on
    // every request (lib/auth/current-actor.ts), so changes apply at once.
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      // When the session was issued: lets current-actor refuse sessions older than a revocation.
      if (typeof token.iat === "number") session.issuedAt = token.iat;
      return session;
    },
  },
}));

declare module "next-auth" {
  interface Session {
    /** JWT issue time, seconds since the epoch. */
    issuedAt?: number;
  }
}
