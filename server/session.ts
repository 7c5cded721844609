import "server-only";
import { cache } from "react";
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
