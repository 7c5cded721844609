import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser, ROLE_HOME } from "@/server/session";
import { readSearchParams, type PageSearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await currentUser();
  if (user) redirect(ROLE_HOME[user.role]);
  const { role } = readSearchParams(await searchParams, ["role"]);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Create your account</h1>
      <SignUpForm initialRole={role} />
    </>
  );
}
