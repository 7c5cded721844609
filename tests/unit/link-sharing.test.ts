import { describe, expect, it } from "vitest";
import { earningDaysLeft, formatEarningDate } from "@/lib/sharing/earning-window";
import { renderQrCode } from "@/lib/sharing/qr";
import { SHARE_TARGETS, shareUrl, shareUrls } from "@/lib/sharing/share-urls";
import { publicOrigin, shortLinkUrl } from "@/lib/sharing/short-link";

const LINK = "https://linkshare.example/l/Ab3xY9kQ";
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("share buttons", () => {
  it("every share address carries the short link percent-encoded and nothing unencoded after it", () => {
    for (const target of SHARE_TARGETS) {
      const url = shareUrl(target, LINK, "Cast Iron Skillet & more");
      expect(url, target).toContain(encodeURIComponent(LINK));
      expect(url, target).not.toContain("Skillet & more");
    }
  });

  it("uses each network's own share address", () => {
    const urls = Object.fromEntries(shareUrls(LINK, "Hi").map((s) => [s.target, s.url]));
    expect(urls.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(LINK)}`);
    expect(new URL(urls.x!).origin).toBe("https://x.com");
    expect(new URL(urls.threads!).searchParams.get("url")).toBe(LINK);
    expect(new URL(urls.whatsapp!).searchParams.get("text")).toBe(`Hi ${LINK}`);
    expect(new URL(urls.telegram!).searchParams.get("url")).toBe(LINK);
  });

  it("writes spaces in an e-mail as %20, which every mail app reads, never as +", () => {
    const mail = shareUrl("email", LINK, "My pick");
    expect(mail.startsWith("mailto:?subject=My%20pick&body=")).toBe(true);
    expect(mail).not.toContain("+");
  });
});

describe("the earning window", () => {
  const earnsUntil = new Date("2027-03-02T10:00:00Z");

  it("a link made a moment ago has all its 100 days left", () => {
    expect(earningDaysLeft(earnsUntil, new Date("2026-11-22T10:00:00Z"))).toBe(100);
    expect(earningDaysLeft(earnsUntil, new Date("2026-11-22T10:00:01Z"))).toBe(100);
  });

  it("counts the last partial day, and 0 once the window is over", () => {
    expect(earningDaysLeft(earnsUntil, new Date("2027-03-02T09:00:00Z"))).toBe(1);
    expect(earningDaysLeft(earnsUntil, earnsUntil)).toBe(0);
    expect(earningDaysLeft(earnsUntil, new Date("2027-05-01T00:00:00Z"))).toBe(0);
  });

  it("shows the date in words, in UTC", () => {
    expect(formatEarningDate(earnsUntil)).toBe("2 March 2027");
    expect(formatEarningDate(new Date("2027-03-02T23:30:00Z"))).toBe("2 March 2027");
  });
});

describe("the short link's origin", () => {
  it("is the configured public origin when there is one", () => {
    expect(publicOrigin(headers({ host: "internal:3000" }), "https://go.linkshare.example/")).toBe("https://go.linkshare.example");
  });

  it("otherwise is the host the creator used, https when a trusted proxy says so", () => {
    expect(publicOrigin(headers({ host: "127.0.0.1:3401" }), "")).toBe("http://127.0.0.1:3401");
    const proxied = { host: "app:3000", "x-forwarded-host": "linkshare.example", "x-forwarded-proto": "https", "x-portal-client-ip": "10.0.0.2" };
    expect(publicOrigin(headers(proxied), "", "10.0.0.0/8")).toBe("https://linkshare.example");
  });

  it("never puts something that is not a host into a link", () => {
    expect(publicOrigin(headers({ host: "evil.example/path?x=" }), "")).toBe("http://localhost");
    expect(publicOrigin(headers({ host: "a b" }), "javascript:alert(1)")).toBe("http://localhost");
  });

  it("builds /l/<code>", () => {
    expect(shortLinkUrl("https://linkshare.example", "Ab3xY9kQ")).toBe(LINK);
  });
});

describe("QR codes", () => {
  it("renders a PNG and an SVG", async () => {
    const png = await renderQrCode(LINK, "png");
    expect(png.contentType).toBe("image/png");
    expect(Buffer.from(png.body.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
    const svg = await renderQrCode(LINK, "svg");
    expect(svg.contentType).toBe("image/svg+xml");
    expect(new TextDecoder().decode(svg.body)).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});
