import "server-only";
import { CATALOGUES } from "@/messages/catalogues";

/**
 * Refusals (a form's error and field messages, a UserFacingError) are written in English where
 * they arise: in lib/validation's schemas and lib/'s rules, which the API shares and which know
 * nothing of the reader. Every such sentence is also an entry of an `errors` group of the English
 * catalogue (messages/en/<area>.json: `auth.errors`, `common.errors`, `creator.errors`, …), and
 * formAction (server/form-action.ts) looks each refusal up by its English text on its way out and
 * answers with the same key in the reader's language. An entry with arguments ("Use at most {max}
 * characters") matches any text of that shape and passes the words it captured on.
 * tests/unit/messages.test.ts checks that the schemas' messages all have an entry.
 */
export type Refusal = { key: string; values: Record<string, string> };

type Messages = { readonly [key: string]: string | Messages };
type Pattern = { key: string; regex: RegExp; names: string[]; literal: number };

const exact = new Map<string, string>();
const patterns: Pattern[] = [];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ARGUMENT = /\{\s*([A-Za-z_]\w*)\s*\}/g;

function collect(messages: Messages, path: string[], inErrors: boolean) {
  for (const [key, value] of Object.entries(messages)) {
    const here = [...path, key];
    if (typeof value !== "string") {
      collect(value, here, inErrors || key === "errors");
      continue;
    }
    if (!inErrors) continue;
    const dotted = here.join(".");
    // Plurals and selects depend on the number, not the words: they are translated where they are built.
    if (/\{\s*\w+\s*,/.test(value)) continue;
    const names = [...value.matchAll(ARGUMENT)].map((m) => m[1]!);
    if (names.length === 0) {
      if (!exact.has(value)) exact.set(value, dotted);
      continue;
    }
    const source = value.split(ARGUMENT).map((part, i) => (i % 2 === 1 ? "(.+?)" : escape(part))).join("");
    patterns.push({ key: dotted, regex: new RegExp(`^${source}$`, "s"), names, literal: value.replace(ARGUMENT, "").length });
  }
}
collect(CATALOGUES.en as unknown as Messages, [], false);
// The most specific shape first: "This shop takes test cards only: {succeeds} …" before "{title}: {problem}".
patterns.sort((a, b) => b.literal - a.literal);

// zxcvbn explains a weak password in English only; other languages get a general advice instead.
const WEAK_PASSWORD_PREFIX = "This password is easy to guess.";

/** The catalogue entry of an English refusal, with the words its arguments stood for; undefined when there is none. */
export function findRefusal(message: string): Refusal | undefined {
  if (message.startsWith(WEAK_PASSWORD_PREFIX)) return { key: "auth.errors.passwordWeak", values: {} };
  const key = exact.get(message);
  if (key) return { key, values: {} };
  for (const pattern of patterns) {
    const match = pattern.regex.exec(message);
    if (match) return { key: pattern.key, values: Object.fromEntries(pattern.names.map((name, i) => [name, match[i + 1]!])) };
  }
  return undefined;
}

/** The catalogue key of an English refusal, or undefined for a message not in the catalogue. */
export function refusalKey(message: string): string | undefined {
  return findRefusal(message)?.key;
}
