import { redirect } from "next/navigation";
import { currentUser, ROLE_HOME } from "@/server/session";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? ROLE_HOME[user.role] : "/sign-in");
}
