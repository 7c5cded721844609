import "server-only";

/**
 * Commission rates are entered as percentages with up to two decimals ("12.5") and stored in basis
 * points (1% = 100 bps). Allowed: 1%–80%, or 0 when the plan pays only a flat fee.
 */
export const MIN_RATE_BPS = 100;
export const MAX_RATE_BPS = 8000;

export type RateParse = { ok: true; bps: number } | { ok: false; error: string };

export function parseRatePercent(input: string): RateParse {
  const text = input.trim().replace(/%$/, "").trim().replace(",", ".");
  if (text === "") return { ok: false, error: "Enter a rate, like 8 or 12.5" };
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(text)) return { ok: false, error: "Use at most two decimals, like 12.75" };
    if (text.startsWith("-")) return { ok: false, error: "A rate cannot be negative" };
    return { ok: false, error: "Enter the rate as a number, like 8 or 12.5" };
  }
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return { ok: true, bps };
}

/** Checks a reward: a rate of 1%–80%, or no rate (0) with a flat fee. */
export function rewardError(rateBps: number, flatFeeMinor: number): string | null {
  if (rateBps === 0) return flatFeeMinor > 0 ? null : "Set a rate between 1% and 80%, or a flat fee";
  if (rateBps < MIN_RATE_BPS || rateBps > MAX_RATE_BPS) return "The rate must be between 1% and 80%";
  return null;
}

/**
 * DOMAIN: a line's commission never exceeds what the buyer paid for it, so a flat fee above the
 * product's price could never be paid in full: the forms refuse it (the amount rule caps it too).
 */
export function flatFeeError(flatFeeMinor: number, priceMinor: number): string | null {
  return flatFeeMinor > priceMinor ? "The flat fee cannot be more than the product's price" : null;
}

export function formatRate(bps: number): string {
  const percent = bps / 100;
  return `${Number.isInteger(percent) ? percent : percent.toFixed(2).replace(/0$/, "")}%`;
}

/** The value a form field shows for a stored rate: "12.5" for 1250 bps. */
export function ratePercentInput(bps: number): string {
  return formatRate(bps).slice(0, -1);
}
