import "server-only";
import { cache } from "react";
import type { Role } from "@/db/schema";
import type { SessionUser } from "@/lib/actor";
import { auth } from "./auth";

export type { SessionUser } from "@/lib/actor";

/** The signed-in user's language and time zone from their profile (null: follow the browser). */
export type SessionPreferences = { locale: string | null; timeZone: string | null };

// One session check per request, shared by the page's actor and the request's language (i18n/request.ts).
const currentSession = cache(async (): Promise<{ user: SessionUser; preferences: SessionPreferences } | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return {
    user: { id: user.id, role: user.role, name: user.name ?? "", email: user.email ?? "" },
    preferences: { locale: user.locale ?? null, timeZone: user.timeZone ?? null },
  };
});

export const currentUser = cache(async (): Promise<SessionUser | null> => (await currentSession())?.user ?? null);

/** The profile's preferences of whoever is signed in, or none. */
export const currentPreferences = cache(async (): Promise<SessionPreferences | null> => (await currentSession())?.preferences ?? null);

export const ROLE_HOME: Record<Role, string> = { creator: "/creator", seller: "/seller", admin: "/admin" };
