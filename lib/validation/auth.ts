import "server-only";
import { z } from "zod";
import { roleEnum, type Role } from "@/db/schema";
import { storableText } from "./text";
import { passwordWeakness } from "./password-strength";

/** Every role but admin, which nobody can sign up as. */
export const SIGN_UP_ROLES = roleEnum.enumValues.filter((role): role is Exclude<Role, "admin"> => role !== "admin") as [Exclude<Role, "admin">, ...Exclude<Role, "admin">[]];

const email = z
  .string({ error: "Enter your e-mail address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address")
  .max(254, "That e-mail address is too long")
  .pipe(z.email({ error: "Enter a valid e-mail address, like name@example.com" }));

// Length and a strength estimate beat composition rules (NIST SP 800-63B); zxcvbn knows the
// common passwords, words, keyboard walks and dates people pick, and says what is wrong.
export const newPassword = z
  .string({ error: "Choose a password" })
  .min(10, "Use at least 10 characters")
  .max(128, "Use at most 128 characters")
  .refine((p) => /[a-zA-Z]/.test(p) && /[^a-zA-Z]/.test(p), "Mix letters with numbers or symbols")
  .superRefine((p, ctx) => {
    // Out-of-range lengths already have their message (and a huge input is not worth estimating).
    if (p.length < 10 || p.length > 128) return;
    const weakness = passwordWeakness(p);
    if (weakness) ctx.addIssue({ code: "custom", message: weakness });
  });

export const signUpSchema = z.object({
  name: storableText().trim().min(2, "Enter your name").max(80, "Use at most 80 characters"),
  email,
  password: newPassword,
  role: z.enum(SIGN_UP_ROLES, { error: "Choose whether you are a creator or a seller" }),
});

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(128, "Wrong e-mail or password"),
});

/** The sign-in form: the page to return to rides along ("next"; lib/auth/redirect.ts keeps it on this site). */
export const signInFormSchema = signInSchema.extend({ next: z.string().optional() });

export const forgotPasswordSchema = z.object({ email });

const repeated = z.string({ error: "Type the new password again" }).min(1, "Type the new password again");
const samePasswordTwice = (v: { password: string; passwordAgain: string }) => v.password === v.passwordAgain;
const DIFFERENT = { path: ["passwordAgain"], message: "The two passwords are not the same" };

export const resetPasswordSchema = z
  .object({ token: z.string({ error: "This reset link is incomplete" }).min(1, "This reset link is incomplete").max(200), password: newPassword, passwordAgain: repeated })
  .refine(samePasswordTwice, DIFFERENT);

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(128, "That is not your current password"),
    password: newPassword,
    passwordAgain: repeated,
  })
  .refine(samePasswordTwice, DIFFERENT)
  .refine((v) => v.password !== v.currentPassword, { path: ["password"], message: "Choose a password other than your current one" });

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
