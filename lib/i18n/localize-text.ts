import "server-only";
import { formatMoney } from "@/lib/money/format";
import { SUPPORTED_CURRENCIES, type CurrencyCode } from "@/lib/money/currencies";
import { BANK_COUNTRIES } from "@/lib/validation/payout-method";
import type { ReaderFormat } from "./format";
import { findRefusal } from "./refusal-keys";
import { findStoredText } from "./stored-texts";

/** A translator over the whole catalogue (next-intl's `getTranslations()`, or `createTranslator` in tests). */
export type Translate = { (key: string, values?: Record<string, string>): string; has(key: string): boolean };

/**
 * An amount as lib/ wrote it into an English text (`formatMoney` in the currency's own locale:
 * "$12.00", "150.000 ₫"), read back exactly: the digits are the minor units, and the amount counts
 * only if formatting it again gives the same text. "$12.00" is both US and Singapore dollars: it
 * is read in `currency` when the row knows it, and not at all otherwise (shown as stored rather
 * than in the wrong currency).
 */
export function readStoredMoney(text: string, currency?: CurrencyCode): { minor: number; currency: CurrencyCode } | undefined {
  const digits = text.replace(/\D/g, "");
  if (!digits || digits.length > 15) return undefined;
  const minor = Number(digits) * (/[-−]/.test(text) ? -1 : 1);
  if (currency && formatMoney(minor, currency) === text) return { minor, currency };
  const found = SUPPORTED_CURRENCIES.filter((code) => formatMoney(minor, code) === text);
  return found.length === 1 ? { minor, currency: found[0]! } : undefined;
}

const MONEY = new Set(["amount", "fee", "price", "shown", "perSale"]);
const COUNT = new Set(["days", "quantity", "total", "offset", "max", "stock", "inCart", "places", "digits", "mb"]);
const STATE = new Set(["state", "verb"]);
const COUNTRY_CODE = new Map(BANK_COUNTRIES.map((c) => [c.name, c.code]));

/**
 * Puts English texts that lib/ built (a stored history text, a refusal) in the reader's language,
 * with the values inside them formatted for the reader: amounts, counts and rates through Intl, an
 * order's or a plan's state and a plan's kind by their labels, a country by its name in the
 * language, a list of CSV lines as the language writes a list. A value is known by its argument's
 * name in the English template.
 */
export function textLocalizer({ t, format }: { t: Translate; format: ReaderFormat }) {
  const list = (items: string[]) => new Intl.ListFormat(format.locale, { type: "conjunction" }).format(items);
  const label = (key: string) => (t.has(key) ? t(key) : undefined);

  /** The value in the reader's format, or undefined when it is not of the shape its name promises. */
  function value(name: string, raw: string, currency?: CurrencyCode): string | undefined {
    if (MONEY.has(name)) {
      const money = readStoredMoney(raw, currency);
      return money && format.money(money.minor, money.currency);
    }
    if (name === "amounts") {
      // lib/wallet/settings.ts lists one minimum per supported currency, in their order.
      const amounts = raw.split(", ").map((part, i) => readStoredMoney(part, SUPPORTED_CURRENCIES[i]));
      return amounts.every(Boolean) ? list(amounts.map((m) => format.money(m!.minor, m!.currency))) : undefined;
    }
    if (COUNT.has(name)) return /^-?\d+$/.test(raw) ? format.number(Number(raw)) : undefined;
    if (name === "rate") return /^\d+(\.\d+)?%$/.test(raw) ? format.percent(Math.round(parseFloat(raw) * 100)) : undefined;
    if (STATE.has(name)) return label(`common.states.${raw}`);
    if (name === "plan") return label(`creator.commission.planKinds.${raw}`);
    if (name === "reason") return storedText(raw, currency);
    if (name === "country") {
      const code = COUNTRY_CODE.get(raw);
      return code && new Intl.DisplayNames(format.locale, { type: "region" }).of(code);
    }
    if (name === "lines") return csvLines(raw);
    return raw;
  }

  // lib/catalogue/csv-import-check.ts's "line 3", "lines 3, 5 and 7", "lines 1, 2, 3, 4, 5 and 4 more".
  function csvLines(raw: string): string | undefined {
    const one = /^line (\d+)$/.exec(raw);
    if (one) return t("common.listedLines.one", { line: format.number(Number(one[1])) });
    const many = /^lines ((?:\d+, )*\d+) and (\d+)( more)?$/.exec(raw);
    if (!many) return undefined;
    const shown = many[1]!.split(", ").map((n) => format.number(Number(n)));
    if (many[3]) return t("common.listedLines.more", { lines: shown.join(", "), more: format.number(Number(many[2])) });
    return t("common.listedLines.many", { lines: list([...shown, format.number(Number(many[2]))]) });
  }

  /** A stored history text in the reader's language; a text with no entry (typed by someone) as stored. */
  function storedText(text: string, currency?: CurrencyCode): string {
    if (format.locale === "en") return text;
    // The first shape whose every value reads as what it names ("{amount}" a sum of money, …).
    let values: Record<string, string> = {};
    const found = findStoredText(text, (candidate) => {
      values = {};
      for (const [name, raw] of Object.entries(candidate.values)) {
        const shown = value(name, raw, currency);
        if (shown === undefined) return false;
        values[name] = shown;
      }
      return true;
    });
    if (!found) return text;
    return t(`common.history.${found.key}`, values);
  }

  /** A refusal in the reader's language; one with no catalogue entry stays English, a value of an unexpected shape as written. */
  function refusal(message: string): string {
    if (format.locale === "en") return message;
    const found = findRefusal(message);
    if (!found) return message;
    const values = Object.fromEntries(Object.entries(found.values).map(([name, raw]) => [name, value(name, raw) ?? raw]));
    return t(found.key, values);
  }

  return { storedText, refusal };
}
