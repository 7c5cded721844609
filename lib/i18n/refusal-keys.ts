import "server-only";
import en from "@/messages/en.json";

/**
 * The catalogue key of an English refusal message of the auth forms (app/(auth)/localized.ts says
 * why they are looked up by their English text), or undefined for a message not in the catalogue.
 */
export type RefusalKey = `auth.errors.${keyof typeof en.auth.errors}` | `common.errors.${keyof typeof en.common.errors}`;

const entries = <G extends object>(group: G) => Object.entries(group) as [keyof G & string, string][];
const KEY_OF_ENGLISH = new Map<string, RefusalKey>([
  ...entries(en.auth.errors).map(([key, text]) => [text, `auth.errors.${key}`] as const),
  ...entries(en.common.errors).map(([key, text]) => [text, `common.errors.${key}`] as const),
]);

// zxcvbn explains a weak password in English only; other languages get a general advice instead.
const WEAK_PASSWORD_PREFIX = "This password is easy to guess.";

export function refusalKey(message: string): RefusalKey | undefined {
  if (message.startsWith(WEAK_PASSWORD_PREFIX)) return "auth.errors.passwordWeak";
  return KEY_OF_ENGLISH.get(message);
}
