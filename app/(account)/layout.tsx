import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { currentUser, ROLE_HOME } from "@/server/session";

/** The signed-in user's own account, for every role: no role check, but a session is required. */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpassword");
  const nav = [
    { href: ROLE_HOME[user.role], label: "Home" },
    { href: "/account/password", label: "Password" },
  ];
  return (
    <AppShell user={user} nav={nav}>
      {children}
    </AppShell>
  );
}
