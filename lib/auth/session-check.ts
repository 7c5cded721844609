import "server-only";
import type { Database } from "@/db/client";
import { findSessionFacts } from "@/db/queries/users";
import type { Role } from "@/db/schema";

/** What a session token carries about its user: who, and which of their session versions. */
export type SessionClaims = { uid: string; sv: number };

/** The session's user as the database has them now. */
export type SessionFacts = { id: string; role: Role; name: string; email: string; locale: string | null; timeZone: string | null };

/** The claims a new session token gets at sign-in. */
export function sessionClaims(user: { id: string; sessionVersion: number }): SessionClaims {
  return { uid: user.id, sv: user.sessionVersion };
}

/**
 * Checks a session token against the database, on every request: refused (null) when the user is
 * gone, suspended, or has ended their sessions since the token was made (sign-out, a password
 * change, a suspension raise users.session_version). Role, name and e-mail come from the database,
 * never from the token, so a changed role applies at once. Tokens made before session versions
 * existed carry none and are refused: their holders sign in again.
 */
export async function checkSession(db: Database, token: { readonly [claim: string]: unknown }): Promise<SessionFacts | null> {
  const { uid, sv } = token;
  if (typeof uid !== "string" || typeof sv !== "number") return null;
  const facts = await findSessionFacts(db, uid);
  if (!facts || facts.suspendedAt || facts.sessionVersion !== sv) return null;
  return { id: uid, role: facts.role, name: facts.name, email: facts.email, locale: facts.locale, timeZone: facts.timeZone };
}
