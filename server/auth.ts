import "server-only";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { rememberUserVisitor } from "@/db/queries/attribution";
import type { Role } from "@/db/schema";
import { now } from "@/lib/clock";
import { readCookie, VISITOR_COOKIE, visitorIdFrom } from "@/lib/links/visitors";
import { clientIp } from "@/lib/privacy/hash-ip";
import { configuredOrigin } from "@/lib/sharing/short-link";
import { signInSchema } from "@/lib/validation/auth";
import { authenticate } from "@/lib/auth/authenticate";
import { authSecret } from "@/lib/auth/secret";
import { checkSession, sessionClaims } from "@/lib/auth/session-check";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; locale: string | null; timeZone: string | null } & DefaultSession["user"];
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class Suspended extends CredentialsSignin {
  code = "suspended";
}
class Throttled extends CredentialsSignin {
  constructor(retryAfterSeconds: number, scope: "email" | "address") {
    super();
    this.code = `throttled:${retryAfterSeconds}:${scope}`;
  }
}

// next-auth's server-side signIn/signOut build their URLs from AUTH_URL, else the request's Host (and
// X-Forwarded-Host, which scripts/next-server.ts keeps only from trusted proxies): a configured
// PUBLIC_ORIGIN is the same address. Its route handler gets the public origin per request.
const configured = configuredOrigin();
if (!process.env.AUTH_URL && configured) process.env.AUTH_URL = configured;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // The portal runs behind its own host name (localhost, a proxy); the public origin rule
  // (lib/sharing/short-link.ts) decides which host counts.
  trustHost: true,
  // Signed sessions that survive restarts and work on every app process; each request re-checks
  // the user's session version and suspension in the database (callbacks.jwt).
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    error(error) {
      const type = (error as { type?: string }).type;
      // A wrong password is an expected answer (counted by the throttle), not a server error.
      if (error instanceof CredentialsSignin || type === "CredentialsSignin") return;
      // A stale or forged session cookie is treated as signed out.
      if (type === "JWTSessionError") return console.warn("[auth] ignored an invalid session cookie");
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const db = await getDb();
        const result = await authenticate(db, { ...parsed.data, ip: clientIp(request.headers) }, now());
        if (result.ok) {
          // The visitor cookie this creator's browser carries is theirs: buying through their own link from it earns nothing.
          const visitorId = visitorIdFrom(readCookie(request.headers.get("cookie"), VISITOR_COOKIE));
          if (visitorId && result.user.role === "creator") await rememberUserVisitor(db, { userId: result.user.id, visitorId, at: now() });
          return result.user;
        }
        if (result.reason === "throttled") throw new Throttled(result.retryAfterSeconds, result.scope);
        if (result.reason === "suspended") throw new Suspended();
        throw new InvalidCredentials();
      },
    }),
  ],
  callbacks: {
    // Runs at sign-in and on every auth() call: the token is only a pointer (user id and session
    // version), checked against the database each time, so a sign-out, a password change or a
    // suspension ends the session at once, and the role is the database's (lib/auth/session-check).
    async jwt({ token, user }) {
      if (user?.id && user.sessionVersion !== undefined) Object.assign(token, sessionClaims({ id: user.id, sessionVersion: user.sessionVersion }));
      const facts = await checkSession(await getDb(), token);
      if (!facts) return null;
      return Object.assign(token, { role: facts.role, name: facts.name, email: facts.email, locale: facts.locale, tz: facts.timeZone });
    },
    session({ session, token }) {
      session.user.id = token.uid as string;
      session.user.role = token.role as Role;
      session.user.locale = typeof token.locale === "string" ? token.locale : null;
      session.user.timeZone = typeof token.tz === "string" ? token.tz : null;
      return session;
    },
  },
});
