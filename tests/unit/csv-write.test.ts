import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { inertCell, toCsv } from "@/lib/csv/write";
import { walletHistoryCsv } from "@/lib/wallet/history-csv";

const parse = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("the CSV writer", () => {
  it.each(["=HYPERLINK(\"http://evil\")", "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1)", "\tx", "\rx", "-", "+"])("makes %j inert with an apostrophe", (cell) => {
    expect(inertCell(cell)).toBe(`'${cell}`);
    expect(parse(toCsv(["a"], [[cell]]))[1]).toEqual([`'${cell}`]);
  });

  it.each(["-12.50", "+3", "-0.05", "250000", "-250000", "12.5"])("leaves the number %j as it is", (cell) => {
    expect(inertCell(cell)).toBe(cell);
    expect(parse(toCsv(["amount"], [[cell]]))[1]).toEqual([cell]);
  });

  it("quotes commas, quotes and line breaks (RFC 4180) and reads back unchanged", () => {
    const cells = ['Crédit, Agricole', 'say "hi"', "two\nlines", "cr\r\nlf", " padded ", "plain"];
    const csv = toCsv(["a", "b", "c", "d", "e", "f"], [cells]);
    expect(csv).toContain('"Crédit, Agricole","say ""hi""","two\nlines"');
    expect(parse(csv)[1]).toEqual(cells);
  });

  it("starts with a byte order mark, ends lines with CRLF, and writes null as empty", () => {
    const csv = toCsv(["a", "b"], [[1, null], [undefined, "x"]]);
    expect(csv).toBe("\uFEFFa,b\r\n1,\r\n,x\r\n");
    expect(toCsv(["a"], [], { byteOrderMark: false })).toBe("a\r\n");
  });

  it("writes verbatim columns exactly as stored", () => {
    const csv = toCsv(["name", "account_id"], [["=1+1", "+84-90-123"]], { verbatim: ["account_id"] });
    expect(parse(csv)[1]).toEqual(["'=1+1", "+84-90-123"]);
  });
});

describe("the wallet history export", () => {
  const entry = (over: Partial<Parameters<typeof walletHistoryCsv>[0][number]>) => ({
    id: "wen_1",
    currency: "USD" as const,
    amountMinor: -1250,
    kind: "adjustment" as const,
    reason: null,
    commissionId: null,
    withdrawalId: null,
    createdAt: new Date("2026-11-22T10:00:00Z"),
    balanceMinor: -1250,
    productTitle: null,
    orderId: null,
    orderExternalId: null,
    ...over,
  });

  it("keeps negative amounts as numbers and makes a formula in the description inert", () => {
    const rows = parse(walletHistoryCsv([entry({ reason: '=HYPERLINK("http://evil","refund")' }), entry({ id: "wen_2", reason: "-Fee, as agreed", amountMinor: 500, balanceMinor: -750 })]));
    expect(rows[0]).toEqual(["date", "kind", "description", "product", "order", "currency", "amount", "balance_after", "reference"]);
    expect(rows[1]).toEqual(["2026-11-22T10:00:00.000Z", expect.any(String), `'=HYPERLINK("http://evil","refund")`, "", "", "USD", "-12.50", "-12.50", "wen_1"]);
    expect(rows[2]!.slice(2, 8)).toEqual(["'-Fee, as agreed", "", "", "USD", "5.00", "-7.50"]);
  });

  it("names a commission's product and order, a product title made inert too", () => {
    const rows = parse(walletHistoryCsv([entry({ kind: "commission_available", amountMinor: 690, balanceMinor: 690, commissionId: "com_1", productTitle: "=Linen throw", orderId: "ord_1" })]));
    expect(rows[1]!.slice(3, 5)).toEqual(["'=Linen throw", "ord_1"]);
    expect(rows[1]![8]).toBe("com_1");
  });
});
