import { describe, expect, it } from "vitest";
import { notificationEmail, recipientLocale } from "@/lib/notifications/email";

describe("a notification's e-mail", () => {
  it("is written in the recipient's language, with the platform's name and their money format", () => {
    const vi = notificationEmail("claim_approved", { platform: "tiktok", count: 1200, followers: 1500 }, "vi", null);
    expect(vi.subject).toBe("Người theo dõi TikTok của bạn đã được xác minh");
    expect(vi.text).toContain("Quản trị viên đã xác minh 1.200 người theo dõi trên TikTok. Tổng số đã xác minh của bạn hiện là 1.500.");
    const id = notificationEmail("commission_available", { amountMinor: 150_000, currency: "IDR" }, "id", null);
    // Intl puts a no-break space between "Rp" and the amount.
    expect(id.subject).toBe("Rp\u00a0150.000 tersedia di dompet Linkshare Anda");
  });

  it("links to the notifications page when the deployment has a public address, and escapes what it quotes", () => {
    const mail = notificationEmail("claim_rejected", { platform: "blog", reason: "<b>no</b> proof & no count" }, "en", "https://linkshare.example");
    expect(mail.text).toContain("See your notifications: https://linkshare.example/account/notifications");
    expect(mail.html).toContain('<a href="https://linkshare.example/account/notifications">');
    expect(mail.html).toContain("&lt;b&gt;no&lt;/b&gt; proof &amp; no count");
    expect(mail.html).not.toContain("<b>no</b>");
    expect(notificationEmail("tier_reached", { threshold: 600, followers: 700 }, "en", null).text).toContain("You find it under Notifications when you sign in to Linkshare.");
  });

  it("falls back to English for a recipient who never chose a language", () => {
    expect(recipientLocale(null)).toBe("en");
    expect(recipientLocale("fr")).toBe("en");
    expect(recipientLocale("id")).toBe("id");
  });
});
