import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn's scale runs 0–4; 3 is "safely unguessable" against an online attack with some throttling. */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

// Built on first use: the dictionaries are large, and most requests never check a new password.
// The Levenshtein matcher is left off: it costs up to seconds per check and adds little here.
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/** Why a password is too easy to guess, in zxcvbn's words, or null when it is strong enough. */
export function passwordWeakness(password: string): string | null {
  const { score, feedback } = zxcvbn().check(password);
  if (score >= MIN_PASSWORD_SCORE) return null;
  const why = [feedback.warning, feedback.suggestions[0] ?? "Add more words that are less common."].filter(Boolean).join(" ");
  return `This password is easy to guess. ${why}`;
}
