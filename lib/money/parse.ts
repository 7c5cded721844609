import { currencyExponent, currencySymbols, type CurrencyCode } from "./currencies";

export type ParseMoneyResult = { ok: true; minor: number } | { ok: false; error: string };

export type ParseMoneyOptions = {
  /** Refunds and manual adjustments may be negative; prices and payouts never are. */
  allowNegative?: boolean;
  allowZero?: boolean;
};

type Split = { ok: true; whole: string; fraction: string } | { ok: false; error: string };

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/** Accepts ASCII "-" and the typographic minus some keyboards and copy-pastes produce. */
function takeSign(text: string): [boolean, string] {
  if (text.startsWith("-") || text.startsWith("\u2212")) return [true, text.slice(1).trimStart()];
  return [false, text];
}

/** Removes one leading or trailing code/symbol of this currency (locales differ on the side). */
function stripCurrency(text: string, currency: CurrencyCode): string {
  const affixes = [currency, ...currencySymbols(currency)].sort((a, b) => b.length - a.length);
  for (const affix of affixes) {
    const upper = affix.toUpperCase();
    if (text.slice(0, affix.length).toUpperCase() === upper) return text.slice(affix.length).trimStart();
    if (text.slice(-affix.length).toUpperCase() === upper) return text.slice(0, -affix.length).trimEnd();
  }
  return text;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function examples(exponent: number): { plain: string; grouped: string } {
  return exponent === 0 ? { plain: "150000", grouped: "1,500,000" } : { plain: "12.50", grouped: "1,234.50" };
}

/**
 * Decides which separator (if any) is the decimal point. The rules are
 * deliberately strict: an ambiguous amount is refused rather than guessed,
 * because a misread separator changes the value a thousandfold.
 */
function splitDecimal(text: string, currency: CurrencyCode): Split {
  const exponent = currencyExponent(currency);
  const dots = count(text, ".");
  const commas = count(text, ",");
  let decimal: "." | "," | null = null;

  if (dots > 0 && commas > 0) {
    decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    if (count(text, decimal) > 1) return fail(`Enter a number like ${examples(exponent).plain}`);
  } else if (dots + commas > 0) {
    const sep = dots > 0 ? "." : ",";
    const single = dots + commas === 1;
    const after = text.slice(text.lastIndexOf(sep) + 1);
    if (exponent === 0) {
      // Zero-exponent currencies have no decimal point, so a lone separator can only be grouping.
      if (single && after.length !== 3) return fail(`${currency} amounts have no decimal part`);
    } else if (sep === "." && single) {
      decimal = ".";
    } else if (sep === "," && single) {
      // "12,5" is a decimal comma; "1,234" is a thousands comma; "1,2345" is neither.
      if (after.length >= 1 && after.length <= exponent) decimal = ",";
      else if (after.length !== 3) return fail(`${currency} allows at most ${exponent} decimal places`);
    }
  }

  if (decimal === null) return { ok: true, whole: text, fraction: "" };
  const at = text.lastIndexOf(decimal);
  const fraction = text.slice(at + 1);
  if (!/^\d+$/.test(fraction)) return fail(`Enter a number like ${examples(exponent).plain}`);
  if (exponent === 0) return fail(`${currency} amounts have no decimal part`);
  if (fraction.length > exponent) return fail(`${currency} allows at most ${exponent} decimal places`);
  return { ok: true, whole: text.slice(0, at), fraction };
}

/** Strips grouping from the whole part, insisting on one separator kind and groups of exactly 3. */
function ungroup(whole: string): string | null {
  const separators = new Set(whole.replace(/\d/g, "").replace(/\s/g, " "));
  if (separators.size === 0) return whole;
  if (separators.size > 1) return null;
  const groups = whole.split(/[.,\s]/);
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return null;
  return rest.every((g) => /^\d{3}$/.test(g)) ? groups.join("") : null;
}

/** Reads a user-typed amount into integer minor units without ever using floating point. */
export function parseMoney(input: string, currency: CurrencyCode, opts: ParseMoneyOptions = {}): ParseMoneyResult {
  const exponent = currencyExponent(currency);
  const example = examples(exponent);
  let text = input.trim();
  if (text === "") return fail("Enter an amount");

  let negative: boolean;
  [negative, text] = takeSign(text);
  text = stripCurrency(text, currency);
  if (!negative) [negative, text] = takeSign(text);
  // Digits with single separators between them; "12..50" is a typo, not a grouping question.
  if (!/^\d+(?:[.,\s]\d+)*$/.test(text)) return fail(`Enter a number like ${example.plain}`);

  const split = splitDecimal(text, currency);
  if (!split.ok) return split;
  const whole = ungroup(split.whole);
  if (whole === null) return fail(`Group digits in threes, like ${example.grouped}`);

  const big = BigInt(whole + split.fraction.padEnd(exponent, "0"));
  if (big > MAX_SAFE) return fail("Amount is too large");
  const magnitude = Number(big);

  if (magnitude === 0) {
    if (opts.allowZero) return { ok: true, minor: 0 };
    return fail(opts.allowNegative ? "Amount can't be zero" : "Amount must be more than zero");
  }
  if (negative && !opts.allowNegative) {
    return fail(opts.allowZero ? "Amount can't be negative" : "Amount must be more than zero");
  }
  return { ok: true, minor: negative ? -magnitude : magnitude };
}
