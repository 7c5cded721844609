import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import type { SessionUser } from "@/lib/actor";
import { auth } from "./auth";

export type { SessionUser } from "@/lib/actor";

export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, role: user.role, name: user.name ?? "", email: user.email ?? "" };
});

export const ROLE_HOME: Record<Role, string> = { creator: "/creator", seller: "/seller", admin: "/admin" };

/**
 * The server-side guard every role's layout and page calls: no session goes to sign-in, a
 * session of another role goes to /forbidden, never to the data.
 */
export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(ROLE_HOME[role])}`);
  if (user.role !== role) redirect(`/forbidden?need=${role}`);
  return user;
}
