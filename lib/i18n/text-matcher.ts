import "server-only";

/**
 * Finds which of a set of English templates a text was built from: an exact entry ("Order
 * completed"), or one with `{arg}`s ("Holding period of {days} days passed") that matches any text
 * of that shape and hands back the words its arguments stood for. One engine for the refusals
 * (lib/i18n/refusal-keys.ts) and the stored history texts (lib/i18n/stored-texts.ts).
 */
export type TextMatch = { key: string; values: Record<string, string> };

type Pattern = { key: string; regex: RegExp; names: string[]; literal: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ARGUMENT = /\{\s*([A-Za-z_]\w*)\s*\}/g;

/** The argument names of a template, in order. */
export function templateArguments(template: string): string[] {
  return [...template.matchAll(ARGUMENT)].map((m) => m[1]!);
}

/**
 * A lookup over `[key, template]` entries; the first entry of an exact text wins. `accept` can turn
 * down a shape whose values make no sense ("{amount} paid" reading "5,00 €: Refund" as an amount),
 * and the next most specific shape is tried.
 */
export function textMatcher(entries: Iterable<readonly [key: string, template: string]>): (text: string, accept?: (match: TextMatch) => boolean) => TextMatch | undefined {
  const exact = new Map<string, string>();
  const patterns: Pattern[] = [];
  for (const [key, template] of entries) {
    const names = templateArguments(template);
    if (names.length === 0) {
      if (!exact.has(template)) exact.set(template, key);
      continue;
    }
    const source = template.split(ARGUMENT).map((part, i) => (i % 2 === 1 ? "(.+?)" : escape(part))).join("");
    patterns.push({ key, regex: new RegExp(`^${source}$`, "s"), names, literal: template.replace(ARGUMENT, "").length });
  }
  // The most specific shape first: "This shop takes test cards only: {succeeds} …" before "{title}: {problem}".
  patterns.sort((a, b) => b.literal - a.literal);
  return (text, accept) => {
    const key = exact.get(text);
    if (key) return { key, values: {} };
    for (const pattern of patterns) {
      const match = pattern.regex.exec(text);
      if (!match) continue;
      const found = { key: pattern.key, values: Object.fromEntries(pattern.names.map((name, i) => [name, match[i + 1]!])) };
      if (!accept || accept(found)) return found;
    }
    return undefined;
  };
}
