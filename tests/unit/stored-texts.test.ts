import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { CATALOGUES } from "@/messages/catalogues";
import { readerFormat } from "@/lib/i18n/format";
import { readStoredMoney, textLocalizer, type Translate } from "@/lib/i18n/localize-text";
import { findStoredText, STORED_TEXTS, storedText, type StoredTextKey } from "@/lib/i18n/stored-texts";
import { templateArguments } from "@/lib/i18n/text-matcher";
import { formatMoney, SUPPORTED_CURRENCIES } from "@/lib/money";
import { walletHistoryCsv, WALLET_HISTORY_COLUMNS, type WalletHistoryColumn } from "@/lib/wallet/history-csv";

type Locale = keyof typeof CATALOGUES;
const LOCALES = Object.keys(CATALOGUES) as Locale[];

function translatorFor(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] as never });
  return Object.assign((key: string, values?: Record<string, string>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) });
}
const localizerFor = (locale: Locale) => textLocalizer({ t: translatorFor(locale), format: readerFormat({ locale, timeZone: "Asia/Ho_Chi_Minh" }) });
const vi = localizerFor("vi");
const id = localizerFor("id");
const history = (locale: Locale) => (CATALOGUES[locale].common as unknown as { history: Record<string, string> }).history;
const stateLabel = (locale: Locale, state: string) => (CATALOGUES[locale].common.states as Record<string, string>)[state]!;

// A value of the shape each argument has when lib/ writes it.
const SAMPLE: Record<string, string> = {
  plan: "open",
  rate: "12.5%",
  amount: formatMoney(123_400, "USD"),
  fee: formatMoney(50_000, "VND"),
  amounts: `${formatMoney(1000, "USD")}, ${formatMoney(200_000, "VND")}`,
  days: "14",
  quantity: "2",
  total: "3",
  offset: "-3600000",
  reason: "Wrong account number",
  method: "MoMo 0901",
};

describe("stored history texts", () => {
  const keys = Object.keys(STORED_TEXTS) as StoredTextKey[];

  it.each(LOCALES)("every text the code stores has its message in %s (the English one is the text itself)", (locale) => {
    const missing = keys.filter((key) => !history(locale)[key]?.trim());
    expect(missing).toEqual([]);
    if (locale === "en") for (const key of keys) expect(history("en")[key]).toBe(STORED_TEXTS[key]);
  });

  it("finds every stored text again by its English words, with the values it was built from", () => {
    for (const key of keys) {
      const values = Object.fromEntries(templateArguments(STORED_TEXTS[key]).map((name) => [name, SAMPLE[name]!]));
      const text = (storedText as (k: StoredTextKey, v: Record<string, string>) => string)(key, values);
      expect(findStoredText(text), text).toEqual({ key, values });
    }
  });

  it("keeps the English text the code always wrote", () => {
    expect(storedText("holdingPeriodPassed", { days: 14 })).toBe("Holding period of 14 days passed");
    expect(storedText("clawedBack", { reason: storedText("refundOf", { quantity: 2, total: 3 }) })).toBe("Refund of 2 of 3 units: clawed back from the wallet");
  });

  it("shows a commission's history in Vietnamese, the numbers inside in Vietnamese style", () => {
    expect(vi.storedText("Holding period of 14 days passed")).toBe("Đã qua thời gian tạm giữ 14 ngày");
    expect(vi.storedText("Refund of 2 of 3 units: clawed back from the wallet")).toBe("Hoàn tiền 2/3 sản phẩm: đã thu hồi từ ví");
    const text = `Order paid: open plan at 12.5% on ${formatMoney(123_400, "USD")} paid for the line`;
    // The commission's currency tells US from Singapore dollars; without it the text stays as stored.
    expect(vi.storedText(text)).toBe(text);
    const paid = vi.storedText(text, "USD");
    expect(paid).toBe(`Đơn hàng đã thanh toán: Kế hoạch mở, mức 12,5% trên ${formatMoney(123_400, "USD", "vi")} đã trả cho dòng hàng`);
    expect(id.storedText("Order completed")).toBe("Pesanan selesai");
  });

  it("shows a text someone typed as it was stored, inside a known one too", () => {
    expect(vi.storedText("Bonus for the December campaign")).toBe("Bonus for the December campaign");
    expect(vi.storedText("Withdrawal rejected: wrong account")).toBe("Lệnh rút tiền bị từ chối: wrong account");
    // "{amount}: {reason}" with no amount in front is not an adjustment's audit text.
    expect(vi.storedText("Note: paid by hand")).toBe("Note: paid by hand");
  });

  it("tries the next shape when the most specific one reads nonsense as a value", () => {
    // "{amount} paid" would take "$5.00: Refund" for an amount; "{amount}: {reason}" is the right one.
    const dollars = readerFormat({ locale: "vi", timeZone: "UTC" }).money(500, "USD");
    expect(vi.storedText(`${formatMoney(500, "USD")}: Refund paid`, "USD")).toBe(`${dollars}: Refund paid`);
  });

  it("reads an amount back exactly, in the row's currency where the symbol is shared and not at all when it cannot tell", () => {
    expect(readStoredMoney(formatMoney(-1250, "EUR"))).toEqual({ minor: -1250, currency: "EUR" });
    expect(readStoredMoney(formatMoney(150_000, "VND"))).toEqual({ minor: 150_000, currency: "VND" });
    expect(readStoredMoney("$12.00", "SGD")).toEqual({ minor: 1200, currency: "SGD" });
    expect(readStoredMoney("$12.00", "USD")).toEqual({ minor: 1200, currency: "USD" });
    expect(readStoredMoney("$12.00")).toBeUndefined();
    expect(readStoredMoney("twelve dollars")).toBeUndefined();
  });

  it("lists the withdrawal minimums each in its own currency", () => {
    const text = storedText("auditWithdrawalMinimums", { amounts: SUPPORTED_CURRENCIES.map((c) => formatMoney(1000, c)).join(", ") });
    const shown = vi.storedText(text);
    expect(shown).toContain(formatMoney(1000, "SGD", "vi"));
    expect(shown).toContain(formatMoney(1000, "USD", "vi"));
    expect(shown.startsWith("Mức rút tối thiểu: ")).toBe(true);
  });
});

// The calls that store a text for people to read later, and a literal text with words in it given
// to one of them (`${domain}: ${reason}` has none of ours: a name and what an admin typed).
const WRITERS = /\b(?:changeCommission|insertCommissions|insertWalletEntry|recordAudit|writeSetting|completeOrder|cancelOrder|refundLines|releaseOrders)\([^;]*?;/gs;
const LITERAL_TEXT = /(?:\b(?:reason|detail)\??:\s*(?:[\w.]+\s*\?\?\s*)?|releaseOrders\([^)]*,\s*)(["'`])((?:(?!\1).)*)\1/g;

function literalStoredTexts(source: string): string[] {
  const hasWords = (literal: string) => /[A-Za-z]/.test(literal.replace(/\$\{[^}]*\}/g, ""));
  return [...source.matchAll(WRITERS)].map((m) => m[0]).filter((call) => [...call.matchAll(LITERAL_TEXT)].some((m) => hasWords(m[2]!)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("texts stored for people to read", () => {
  it("are all built from the registry (storedText), so each has its messages", () => {
    const found = ["lib", "app", "db/seed"].flatMap((dir) => sourceFiles(join(process.cwd(), dir))).flatMap((file) => literalStoredTexts(readFileSync(file, "utf8")).map((call) => `${file}: ${call.slice(0, 80)}`));
    expect(found).toEqual([]);
  });

  it("spots a literal text given to a writer", () => {
    expect(literalStoredTexts('await completeOrder(db, { orderId, at, reason: "Done by hand" });')).toHaveLength(1);
    expect(literalStoredTexts("await changeCommission(tx, c, { state, reason: params.reason ?? `Refund`, at });")).toHaveLength(1);
    expect(literalStoredTexts('await releaseOrders(db, placed, params.at, "Payment declined");')).toHaveLength(1);
    expect(literalStoredTexts('await completeOrder(db, { orderId, at, reason: storedText("orderCompleted") });')).toEqual([]);
    expect(literalStoredTexts("await recordAudit(tx, { action: \"domain:revoke\", detail: `${row.domain}: ${reason}`, at });")).toEqual([]);
  });
});

describe("refusals with values formatted for the reader", () => {
  it("names an order's state by its label in Vietnamese and Indonesian", () => {
    expect(vi.refusal("A shipped order cannot be refunded.")).toContain(`“${stateLabel("vi", "shipped")}”`);
    expect(id.refusal("A delivered order cannot be cancelled.")).toBe(
      `Pesanan berstatus “${stateLabel("id", "delivered")}” tidak bisa diubah menjadi “${stateLabel("id", "cancelled")}”.`,
    );
  });

  it("writes a changed price in the reader's money format", () => {
    const refusal = `The price of “Mug” is now ${formatMoney(120_000, "VND")} (you saw ${formatMoney(100_000, "VND")}).`;
    expect(id.refusal(refusal)).toBe(`Harga “Mug” sekarang ${formatMoney(120_000, "VND", "id")} (sebelumnya Anda melihat ${formatMoney(100_000, "VND", "id")}).`);
    expect(formatMoney(120_000, "VND", "id")).not.toBe(formatMoney(120_000, "VND"));
  });

  it("names an IBAN's country and lists CSV lines in the reader's language", () => {
    expect(vi.refusal("Enter a valid IBAN for Germany")).toBe("Hãy nhập IBAN hợp lệ của Đức");
    expect(vi.refusal('SKU "A1" is on lines 3, 5 and 7 of this file: each product needs its own SKU.')).toBe(
      'SKU "A1" xuất hiện ở các dòng 3, 5 và 7 của tệp này: mỗi sản phẩm cần một SKU riêng.',
    );
    expect(id.refusal('SKU "A1" is on lines 1, 2, 3, 4, 5 and 4 more of this file: each product needs its own SKU.')).toContain("baris 1, 2, 3, 4, 5 dan 4 lainnya");
  });
});

describe("the wallet history export in Vietnamese", () => {
  it("has the header, the kinds and the descriptions in Vietnamese and the values machine-readable", () => {
    const t = translatorFor("vi");
    const texts = {
      columns: Object.fromEntries(WALLET_HISTORY_COLUMNS.map((c) => [c, t(`creator.walletCsv.columns.${c}`)])) as Record<WalletHistoryColumn, string>,
      kind: (kind: string) => t(`creator.wallet.kinds.${kind}`),
      description: vi.storedText,
    };
    const row = { id: "wen_1", currency: "USD" as const, amountMinor: -123_450, kind: "clawback" as const, reason: "Refund of 1 of 1 unit", commissionId: "com_1", withdrawalId: null, createdAt: new Date("2026-11-22T10:00:00Z"), balanceMinor: 5, productTitle: "Đèn lồng", orderId: "ord_1", orderExternalId: null };
    const [header, line] = walletHistoryCsv([row], texts).trim().split(/\r?\n/);
    expect(header).toBe("ngày,loại,mô tả,sản phẩm,đơn hàng,tiền tệ,số tiền,số dư sau,mã tham chiếu");
    expect(line).toBe("2026-11-22T10:00:00.000Z,Thu hồi (hoàn tiền),Hoàn tiền 1/1 sản phẩm,Đèn lồng,ord_1,USD,-1234.50,0.05,com_1");
  });
});
