import { describe, expect, it } from "vitest";
import { changePasswordSchema, newPassword, resetPasswordSchema } from "@/lib/validation/auth";

function refusal(password: string): string | undefined {
  const result = newPassword.safeParse(password);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("new password rules", () => {
  it.each(["Password12", "password123!", "qwerty123456", "P@ssw0rd123", "Welcome123!", "iloveyou12", "letmein123", "admin12345", "abcdefgh12"])(
    "refuses the easily guessed %s, saying why",
    (password) => {
      expect(refusal(password)).toMatch(/^This password is easy to guess\. \S/);
    },
  );

  it("names what makes a common password weak", () => {
    expect(refusal("Password12")).toBe("This password is easy to guess. This is a commonly used password. Add more words that are less common.");
  });

  it.each(["correct horse battery staple", "Tulip-a1b2c3d4e5f6-42", "velvet-otter-canoe-91"])("accepts the hard-to-guess %s", (password) => {
    expect(refusal(password)).toBeUndefined();
  });

  it("keeps the length limits and their messages", () => {
    expect(refusal("abc123")).toBe("Use at least 10 characters");
    expect(refusal(`${"x7-".repeat(43)}`)).toBe("Use at most 128 characters");
  });

  it("still asks for more than letters", () => {
    expect(refusal("onlyletterspassword")).toBe("Mix letters with numbers or symbols");
  });
});

describe("reset and change forms", () => {
  const strong = "velvet-otter-canoe-91";
  const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

  it("asks for the same new password twice", () => {
    expect(messages(resetPasswordSchema.safeParse({ token: "t", password: strong, passwordAgain: `${strong}x` }))).toEqual({ passwordAgain: "The two passwords are not the same" });
    expect(resetPasswordSchema.safeParse({ token: "t", password: strong, passwordAgain: strong }).success).toBe(true);
  });

  it("applies the strength rules to a reset and to a change", () => {
    expect(messages(resetPasswordSchema.safeParse({ token: "t", password: "Password12", passwordAgain: "Password12" })).password).toMatch(/^This password is easy to guess\./);
    expect(messages(changePasswordSchema.safeParse({ currentPassword: "old-one", password: "qwerty123456", passwordAgain: "qwerty123456" })).password).toMatch(
      /^This password is easy to guess\./,
    );
  });

  it("refuses the current password as the new one", () => {
    expect(messages(changePasswordSchema.safeParse({ currentPassword: strong, password: strong, passwordAgain: strong }))).toEqual({ password: "Choose a password other than your current one" });
  });
});
