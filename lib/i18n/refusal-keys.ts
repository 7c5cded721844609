import "server-only";
import { CATALOGUES } from "@/messages/catalogues";
import { textMatcher, type TextMatch } from "./text-matcher";

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
export type Refusal = TextMatch;

type Messages = { readonly [key: string]: string | Messages };

function* errorEntries(messages: Messages, path: string[], inErrors: boolean): Generator<[string, string]> {
  for (const [key, value] of Object.entries(messages)) {
    const here = [...path, key];
    if (typeof value !== "string") {
      yield* errorEntries(value, here, inErrors || key === "errors");
      continue;
    }
    // Plurals and selects depend on the number, not the words: they are translated where they are built.
    if (inErrors && !/\{\s*\w+\s*,/.test(value)) yield [here.join("."), value];
  }
}
const matchRefusal = textMatcher(errorEntries(CATALOGUES.en as unknown as Messages, [], false));

// zxcvbn explains a weak password in English only; other languages get a general advice instead.
const WEAK_PASSWORD_PREFIX = "This password is easy to guess.";

/** The catalogue entry of an English refusal, with the words its arguments stood for; undefined when there is none. */
export function findRefusal(message: string): Refusal | undefined {
  if (message.startsWith(WEAK_PASSWORD_PREFIX)) return { key: "auth.errors.passwordWeak", values: {} };
  return matchRefusal(message);
}

/** The catalogue key of an English refusal, or undefined for a message not in the catalogue. */
export function refusalKey(message: string): string | undefined {
  return findRefusal(message)?.key;
}
