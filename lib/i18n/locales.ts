/** The portal's languages; the first is the fallback. */
export const LOCALES = ["en", "vi", "id"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie the language switch sets (app/locale/actions.ts) and the request config reads. */
export const LOCALE_COOKIE = "ls_locale";
/** How that cookie is set: a year, the whole site, not readable by scripts. */
export const LOCALE_COOKIE_OPTIONS = { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true } as const;

/** Each language named in itself, as the switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", vi: "Tiếng Việt", id: "Bahasa Indonesia" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our languages for an Accept-Language header ("vi-VN,vi;q=0.9,en;q=0.5"): the one
 * with the highest q whose primary subtag we have (`in` is Indonesian's old code), or undefined.
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of header.split(",")) {
    const [tag = "", ...params] = part.trim().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const primary = tag.trim().toLowerCase().split("-")[0];
    const locale = primary === "in" ? "id" : primary;
    if (isLocale(locale) && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale;
}

/**
 * The reader's language: the profile's setting, else the switch's cookie,
 * else the browser's Accept-Language, else English.
 */
export function pickLocale(sources: { profile?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(sources.profile)) return sources.profile;
  if (isLocale(sources.cookie)) return sources.cookie;
  return matchAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The cookie where the browser's time zone is sent once (components/i18n/time-zone-sync.tsx). */
export const TIME_ZONE_COOKIE = "ls_tz";

const zoneChecks = new Map<string, boolean>();

/** Whether `value` is an IANA time zone this runtime knows ("Asia/Ho_Chi_Minh", "UTC"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  let known = zoneChecks.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
      known = true;
    } catch {
      known = false;
    }
    if (zoneChecks.size < 1000) zoneChecks.set(value, known);
  }
  return known;
}

/**
 * The reader's time zone: the profile's setting, else the browser's as its cookie sent
 * it, else the platform's.
 */
export function pickTimeZone(sources: { profile?: string | null; cookie?: string | null; platform: string }): string {
  if (isTimeZone(sources.profile)) return sources.profile;
  if (isTimeZone(sources.cookie)) return sources.cookie;
  return sources.platform;
}
