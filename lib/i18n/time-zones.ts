import "server-only";
import { isTimeZone } from "./locales";

/** A time zone as the preferences form lists it: "(GMT+07:00) Ho Chi Minh · Indochina Time". */
export type TimeZoneOption = { value: string; label: string; offsetMinutes: number };

// Node's ICU still lists some zones by their old names; browsers send the current ones.
const CURRENT_NAMES: Record<string, string> = {
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Europe/Kiev": "Europe/Kyiv",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Enderbury": "Pacific/Kanton",
};

/** A zone as the list names it: "asia/ho_chi_minh" and "Asia/Saigon" are both "Asia/Ho_Chi_Minh". */
export function canonicalTimeZone(zone: string): string {
  const resolved = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  const current = CURRENT_NAMES[resolved];
  return current && isTimeZone(current) ? current : resolved;
}

const lists = new Map<string, { hour: number; options: TimeZoneOption[] }>();

/** The offset of `timeZone` at `at`, in minutes east of UTC, from Intl's "GMT+07:00" (or "GMT"). */
export function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /^GMT([+-])(\d{2}):?(\d{2})?$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `GMT${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * Every IANA zone this runtime knows, west to east, each with its offset now, its city and its
 * generic name in `locale` ("Giờ Đông Dương"). Built once per language and hour (offsets move with
 * summer time), since it formats some 400 zones.
 */
export function timeZoneOptions(locale: string, at: Date, include: readonly (string | null | undefined)[] = []): TimeZoneOption[] {
  const all = allOptions(locale, at);
  const missing = include.filter((zone): zone is string => !!zone && isTimeZone(zone) && !all.some((o) => o.value === zone));
  if (missing.length === 0) return all;
  return [...all, ...missing.map((zone) => option(zone, locale, at))].sort(westToEast(locale));
}

function allOptions(locale: string, at: Date): TimeZoneOption[] {
  const hour = Math.floor(at.getTime() / 3_600_000);
  const cached = lists.get(locale);
  if (cached?.hour === hour) return cached.options;
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone").map((zone) => (CURRENT_NAMES[zone] && isTimeZone(CURRENT_NAMES[zone]) ? CURRENT_NAMES[zone] : zone))]);
  const options = [...zones].map((value) => option(value, locale, at)).sort(westToEast(locale));
  lists.set(locale, { hour, options });
  return options;
}

const westToEast = (locale: string) => (a: TimeZoneOption, b: TimeZoneOption) => a.offsetMinutes - b.offsetMinutes || a.label.localeCompare(b.label, locale);

function option(value: string, locale: string, at: Date): TimeZoneOption {
  const offset = offsetMinutes(value, at);
  const city = value === "UTC" ? "UTC" : value.slice(value.lastIndexOf("/") + 1).replaceAll("_", " ");
  const generic = new Intl.DateTimeFormat(locale, { timeZone: value, timeZoneName: "longGeneric" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value;
  const label = `(${offsetLabel(offset)}) ${city}${generic && generic !== city && !generic.startsWith("GMT") ? ` · ${generic}` : ""}`;
  return { value, label, offsetMinutes: offset };
}
