import { describe, expect, it } from "vitest";
import { checkProfileUrl } from "@/lib/creators/profile-url";

describe("a social account's profile address", () => {
  it("is accepted on the platform's own site, with or without www or m.", () => {
    expect(checkProfileUrl("tiktok", "https://www.tiktok.com/@vera")).toEqual({ ok: true, url: "https://www.tiktok.com/@vera" });
    expect(checkProfileUrl("instagram", " https://instagram.com/vera ")).toEqual({ ok: true, url: "https://instagram.com/vera" });
    expect(checkProfileUrl("youtube", "https://m.youtube.com/@vera")).toMatchObject({ ok: true });
    expect(checkProfileUrl("x", "https://twitter.com/vera")).toMatchObject({ ok: true });
    expect(checkProfileUrl("threads", "https://www.threads.net/@vera")).toMatchObject({ ok: true });
  });

  it("must be https", () => {
    expect(checkProfileUrl("tiktok", "http://www.tiktok.com/@vera")).toEqual({ ok: false, error: "Enter the full address of the profile, starting with https://" });
    expect(checkProfileUrl("blog", "www.vera.blog")).toEqual({ ok: false, error: "Enter the full address of the profile, starting with https://" });
  });

  it("is refused on another platform's site or a look-alike host", () => {
    expect(checkProfileUrl("tiktok", "https://www.instagram.com/vera")).toEqual({ ok: false, error: "That address is not on the platform you chose" });
    expect(checkProfileUrl("tiktok", "https://tiktok.com.evil.example/@vera")).toEqual({ ok: false, error: "That address is not on the platform you chose" });
    expect(checkProfileUrl("facebook", "https://notfacebook.com/vera")).toEqual({ ok: false, error: "That address is not on the platform you chose" });
  });

  it("a blog may be anywhere, but needs a real host name and no credentials", () => {
    expect(checkProfileUrl("blog", "https://vera-writes.example.org/about")).toMatchObject({ ok: true });
    expect(checkProfileUrl("blog", "https://localhost/about")).toEqual({ ok: false, error: "That is not a web address of a profile" });
    expect(checkProfileUrl("blog", "https://user:secret@vera.example.org/")).toEqual({ ok: false, error: "That is not a web address of a profile" });
  });

  it("is at most 500 characters", () => {
    expect(checkProfileUrl("blog", `https://vera.example.org/${"a".repeat(480)}`)).toEqual({ ok: false, error: "Use at most 500 characters" });
  });
});
