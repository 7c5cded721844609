import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { CATALOGUES as ALL } from "@/messages/catalogues";
import { matchAcceptLanguage, pickLocale } from "@/lib/i18n/locales";
import { findRefusal, refusalKey } from "@/lib/i18n/refusal-keys";
import { forgotPasswordSchema, resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/validation/auth";

type Messages = { [key: string]: string | Messages };
const CATALOGUES = ALL as unknown as Record<"en" | "vi" | "id", Messages>;
const en = CATALOGUES.en;
const OTHERS = ["vi", "id"] as const;

/** Every leaf of a catalogue as "area.group.key" → text. */
function leaves(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** The ICU arguments a message takes: `{email}`, `{count, plural, …}` (not the `#` or the branch texts). */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1] ?? ""))].sort();
}

describe("the message catalogues", () => {
  const english = leaves(en);

  it("has the same area files in every language, each listed in messages/catalogues.ts", () => {
    const dir = join(process.cwd(), "messages");
    const files = (locale: string) => readdirSync(join(dir, locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
    expect(files("vi")).toEqual(files("en"));
    expect(files("id")).toEqual(files("en"));
    expect(Object.keys(en).sort()).toEqual(files("en"));
  });

  it.each(OTHERS)("%s has exactly the keys English has", (locale) => {
    expect([...leaves(CATALOGUES[locale]).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(["en", ...OTHERS] as const)("%s has no empty message", (locale) => {
    const empty = [...leaves(CATALOGUES[locale])].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(OTHERS)("%s messages take the same ICU arguments as English", (locale) => {
    const other = leaves(CATALOGUES[locale]);
    const differ = [...english].filter(([key, text]) => other.has(key) && placeholders(other.get(key)!).join() !== placeholders(text).join()).map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it("finds the arguments of plain and plural messages", () => {
    expect(placeholders("If an account exists for {email}, we sent a link.")).toEqual(["email"]);
    expect(placeholders("{count, plural, one {# minute} other {# minutes}}")).toEqual(["count"]);
  });

  it("has a translation for every message the auth forms' schemas can refuse with", () => {
    const messages = new Set<string>();
    const collect = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.forEach((issue) => messages.add(issue.message));
    // Shaped as FormData arrives: every field present, as a string.
    for (const input of [
      { name: "", email: "", password: "", role: "" },
      { name: "A".repeat(81), email: "not-an-e-mail", password: "short", role: "admin" },
      { name: "Ana", email: `${"a".repeat(250)}@example.com`, password: "aaaaaaaaaaaa", role: "creator" },
      { name: "Ana", email: "ana@example.com", password: "password1234", role: "creator" },
      { name: "Ana", email: "ana@example.com", password: "a1".repeat(70), role: "creator" },
    ])
      collect(signUpSchema.safeParse(input));
    collect(signInSchema.safeParse({ email: "", password: "" }));
    collect(signInSchema.safeParse({ email: "ana@example.com", password: "x".repeat(129) }));
    collect(forgotPasswordSchema.safeParse({ email: "" }));
    collect(resetPasswordSchema.safeParse({ token: "", password: "Correct-Horse-Battery-9", passwordAgain: "" }));
    collect(resetPasswordSchema.safeParse({ token: "t", password: "Correct-Horse-Battery-9", passwordAgain: "Correct-Horse-Battery-8" }));
    expect(messages.size).toBeGreaterThan(12);
    expect([...messages].filter((message) => refusalKey(message) === undefined)).toEqual([]);
  });
});

describe("a refusal in the reader's language", () => {
  it("finds an English refusal by its text, and one with arguments by its shape", () => {
    expect(findRefusal("Enter your e-mail address")).toEqual({ key: "auth.errors.emailRequired", values: {} });
    expect(findRefusal("Too many failed sign-ins from your network. Try again in 3 minutes.")).toEqual({
      key: "auth.errors.throttledAddress",
      values: { wait: "3 minutes" },
    });
    expect(findRefusal("A sentence no catalogue has")).toBeUndefined();
  });

  it("takes the most specific shape when several match", () => {
    // "{title}: {problem}" (seller) matches this too; the buyer's entry says more.
    expect(findRefusal("This shop takes test cards only: 4242 4242 4242 4242 (succeeds) or 4000 0000 0000 0002 (declined)")?.key).toBe("buyer.errors.testCardsOnly");
  });
});

describe("the reader's language", () => {
  it("takes the best of en, vi and id from Accept-Language", () => {
    expect(matchAcceptLanguage("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("vi");
    expect(matchAcceptLanguage("fr-FR,fr;q=0.9,id;q=0.8,en;q=0.5")).toBe("id");
    expect(matchAcceptLanguage("in-ID")).toBe("id");
    expect(matchAcceptLanguage("en;q=0.3,vi;q=0")).toBe("en");
    expect(matchAcceptLanguage("fr, de")).toBeUndefined();
  });

  it("prefers the profile, then the cookie, then the browser, then English", () => {
    expect(pickLocale({ profile: "id", cookie: "vi", acceptLanguage: "en" })).toBe("id");
    expect(pickLocale({ cookie: "vi", acceptLanguage: "id" })).toBe("vi");
    expect(pickLocale({ cookie: "xx", acceptLanguage: "id-ID" })).toBe("id");
    expect(pickLocale({ acceptLanguage: "fr" })).toBe("en");
  });
});
