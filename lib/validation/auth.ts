import { z } from "zod";
import { storableText } from "./text";

export const SIGN_UP_ROLES = ["creator", "seller"] as const;

const email = z
  .string({ error: "Enter your e-mail address" })
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address")
  .max(254, "That e-mail address is too long")
  .pipe(z.email({ error: "Enter a valid e-mail address, like name@example.com" }));

// Length beats composition rules (NIST SP 800-63B); a few checks catch the passwords people guess first.
const COMMON_PASSWORDS = new Set(["password", "password1", "password123", "1234567890", "qwertyuiop", "letmein123", "iloveyou12"]);

export const newPassword = z
  .string({ error: "Choose a password" })
  .min(10, "Use at least 10 characters")
  .max(128, "Use at most 128 characters")
  .refine((p) => /[a-zA-Z]/.test(p) && /[^a-zA-Z]/.test(p), "Mix letters with numbers or symbols")
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), "That password is too common; choose another")
  .refine((p) => new Set(p).size >= 5, "That password repeats too few characters");

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

export type SignUpInput = z.infer<typeof signUpSchema>;
export type SignInInput = z.infer<typeof signInSchema>;
