import { describe, expect, it } from "vitest";
import { resetMessage } from "@/lib/account/password-reset";
import { findRefusal } from "@/lib/i18n/refusal-keys";
import { clockShiftSchema } from "@/lib/validation/admin";
import { changePasswordSchema } from "@/lib/validation/auth";
import { revokeDomainSchema } from "@/lib/validation/domains";
import { walletAdjustmentSchema, withdrawalIdsWithReasonSchema, withdrawalMinimumsSchema } from "@/lib/validation/payouts";

type Parsed = { error?: { issues: { message: string }[] } };

function refusals(results: Parsed[]): string[] {
  return [...new Set(results.flatMap((result) => result.error?.issues.map((issue) => issue.message) ?? []))];
}

describe("the admin's and account forms refuse in the reader's language", () => {
  it("has a catalogue entry for every message their schemas can refuse with", () => {
    const messages = refusals([
      clockShiftSchema.safeParse({ days: "x", mode: "by" }),
      clockShiftSchema.safeParse({ days: "1.5", mode: "by" }),
      clockShiftSchema.safeParse({ days: "-4000", mode: "by" }),
      clockShiftSchema.safeParse({ days: "4000", mode: "by" }),
      withdrawalIdsWithReasonSchema.safeParse({ reason: "" }),
      withdrawalIdsWithReasonSchema.safeParse({ ids: [], reason: "x".repeat(501) }),
      withdrawalIdsWithReasonSchema.safeParse({ ids: Array.from({ length: 1001 }, (_, i) => `wd_${i}`), reason: "ok" }),
      walletAdjustmentSchema.safeParse({ email: "nope", currency: "XXX", amount: "", reason: "" }),
      walletAdjustmentSchema.safeParse({ email: "a@example.com", currency: "USD", amount: "1.234", reason: "x".repeat(501) }),
      walletAdjustmentSchema.safeParse({ email: "a@example.com", currency: "VND", amount: "1.5", reason: "ok" }),
      walletAdjustmentSchema.safeParse({ email: "a@example.com", currency: "USD", amount: "0", reason: "ok" }),
      walletAdjustmentSchema.safeParse({ email: "a@example.com", currency: "USD", amount: "abc", reason: "ok" }),
      withdrawalMinimumsSchema.safeParse({ min_USD: "-1", min_VND: "" }),
      revokeDomainSchema.safeParse({ domainId: "dom_1", reason: "" }),
      revokeDomainSchema.safeParse({ domainId: "dom_1", reason: "x".repeat(501) }),
      changePasswordSchema.safeParse({ currentPassword: "", password: "Correct-Horse-Battery-9", passwordAgain: "Correct-Horse-Battery-9" }),
      changePasswordSchema.safeParse({ currentPassword: "x".repeat(129), password: "Correct-Horse-Battery-9", passwordAgain: "Correct-Horse-Battery-9" }),
      changePasswordSchema.safeParse({ currentPassword: "Correct-Horse-Battery-9", password: "Correct-Horse-Battery-9", passwordAgain: "Correct-Horse-Battery-9" }),
    ]);
    // The refusals lib/ and the actions raise themselves (UserFacingError).
    messages.push(
      "Moving the clock is turned off on this server.",
      "No creator has this e-mail.",
      "Enter an amount other than zero.",
      "The wallet has only $5.00 available.",
      "Give a reason: the creator sees it.",
      "Only a pending domain can be confirmed.",
      "This domain is already revoked.",
      "Your session has ended. Sign in again.",
      "That is not your current password.",
    );
    expect(messages.length).toBeGreaterThan(20);
    expect(messages.filter((message) => findRefusal(message) === undefined)).toEqual([]);
  });
});

describe("the password reset e-mail", () => {
  const link = "https://portal.test/reset-password?token=abc&x=1";

  it("is in English for an English request, as before", () => {
    const mail = resetMessage(link, "en");
    expect(mail.subject).toBe("Reset your Linkshare password");
    expect(mail.text).toContain(`Open this link within 30 minutes to choose a new password:\n${link}\n`);
    expect(mail.html).toContain('<a href="https://portal.test/reset-password?token=abc&amp;x=1">Choose a new password</a>');
  });

  it("is in Vietnamese for a Vietnamese request: subject, text and HTML", () => {
    const mail = resetMessage(link, "vi");
    expect(mail.subject).toBe("Đặt lại mật khẩu Linkshare của bạn");
    expect(mail.text).toContain("Hãy mở liên kết này trong vòng 30 phút để chọn mật khẩu mới:");
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(">Chọn mật khẩu mới</a>");
    expect(mail.html).not.toContain("Choose a new password");
  });

  it("is in Indonesian for an Indonesian request", () => {
    const mail = resetMessage(link, "id");
    expect(mail.subject).toBe("Atur ulang kata sandi Linkshare Anda");
    expect(mail.text).toContain(link);
  });
});
