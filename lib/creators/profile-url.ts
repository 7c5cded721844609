import "server-only";
import type { SocialPlatform } from "@/db/schema";

/**
 * A social account's profile address (DOMAIN: Joining): https only, a real host name, no user name
 * or password in it, and for the platforms with one home, on that platform's site (a TikTok claim
 * pointing at a shop's page would mislead the admin checking the proof). A blog may be anywhere.
 */
export const MAX_PROFILE_URL_LENGTH = 500;

const PLATFORM_HOSTS: Record<Exclude<SocialPlatform, "blog">, readonly string[]> = {
  tiktok: ["tiktok.com"],
  instagram: ["instagram.com"],
  youtube: ["youtube.com", "youtu.be"],
  facebook: ["facebook.com", "fb.com"],
  threads: ["threads.net", "threads.com"],
  x: ["x.com", "twitter.com"],
};

export type ProfileUrlCheck = { ok: true; url: string } | { ok: false; error: string };

export function checkProfileUrl(platform: SocialPlatform, input: string): ProfileUrlCheck {
  const text = input.trim();
  if (text.length > MAX_PROFILE_URL_LENGTH) return { ok: false, error: "Use at most 500 characters" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: "Enter the full address of the profile, starting with https://" };
  }
  if (url.protocol !== "https:") return { ok: false, error: "Enter the full address of the profile, starting with https://" };
  if (url.username || url.password || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(url.hostname)) return { ok: false, error: "That is not a web address of a profile" };
  if (platform !== "blog") {
    const host = url.hostname.replace(/^(www|m|vm)\./, "");
    if (!PLATFORM_HOSTS[platform].some((h) => host === h || host.endsWith(`.${h}`))) return { ok: false, error: "That address is not on the platform you chose" };
  }
  return { ok: true, url: url.toString() };
}
