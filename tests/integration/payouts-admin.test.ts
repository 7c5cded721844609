import { setDatabaseForTests } from "@/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import type { DbHandle } from "@/db/client";
import {
  findCreatorByEmail,
  processingWithdrawalsForPayoutFile,
  recentlySettledWithdrawals,
  userNamesById,
  withdrawalsInState,
  withdrawalTotalsByState,
} from "@/db/queries/payouts";
import { createUser } from "@/lib/account/new-account";
import { findUserByEmail } from "@/db/queries/users";
import type * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import type { SessionUser } from "@/server/session";
import { newId } from "@/lib/ids";
import type { CurrencyCode } from "@/lib/money";
import { adjustWallet } from "@/lib/wallet/adjustments";
import { PAYOUT_FILE_COLUMNS, payoutFileCsv, payoutFileName } from "@/lib/wallet/payout-file";
import { payoutFileResponse } from "@/server/payout-file";
import { addPayoutMethod } from "@/lib/wallet/payout-methods";
import { approveWithdrawals, failWithdrawals, markWithdrawalsPaid, requestWithdrawal } from "@/lib/wallet/withdrawals";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z");
const LATER = new Date("2026-11-25T09:00:00Z");
let handle: DbHandle;
let adminId: string;
let admin: SessionUser;
const db = () => handle.db;

const BANK: t.PayoutMethodDetails = { kind: "bank", country: "DE", bankName: "Deutsche Bank", accountHolder: "Ana Lima", accountNumber: "DE89370400440532013000" };
const MOMO: t.PayoutMethodDetails = { kind: "ewallet", provider: "MoMo", accountId: "+84901234567" };

let seq = 0;
/** A new creator with an opening balance (an admin credit) and one payout method. */
async function creator(name: string, currency: CurrencyCode, balance: number, details: t.PayoutMethodDetails) {
  const email = `payouts-${++seq}@test.test`;
  const user = await createUser(db(), { email, name, passwordHash: "x", role: "creator", createdAt: NOW });
  await adjustWallet(db(), { creatorId: user.id, currency, amountMinor: balance, reason: "Opening balance for the test", adminUserId: adminId, at: NOW });
  const method = await addPayoutMethod(db(), { creatorId: user.id, details, makeDefault: true, at: NOW });
  const withdraw = async (amount: number, at: Date) =>
    (await requestWithdrawal(db(), { creatorId: user.id, currency, amount, payoutMethodId: method.id, idempotencyKey: newId("key"), at })).withdrawal;
  return { id: user.id, email, method, withdraw };
}

const act = (at = LATER) => ({ adminUserId: adminId, at });
const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });

let ana: Awaited<ReturnType<typeof creator>>;
let bao: Awaited<ReturnType<typeof creator>>;
let anaW: t.Withdrawal;
let baoW: t.Withdrawal;

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  setDatabaseForTests(handle);
  const adminUser = (await findUserByEmail(db(), "admin@demo.test"))!;
  adminId = adminUser.id;
  admin = { id: adminUser.id, role: "admin", name: adminUser.name, email: adminUser.email };
  ana = await creator("Ana Lima", "USD", 10_000, BANK);
  bao = await creator("Trần Bảo", "VND", 1_000_000, MOMO);
  // Bao asked first: the queue is oldest first.
  baoW = await bao.withdraw(250_000, new Date("2026-11-22T13:00:00Z"));
  anaW = await ana.withdraw(4_000, new Date("2026-11-22T14:00:00Z"));
});
afterAll(async () => {
  setDatabaseForTests(undefined);
  await handle?.close();
});

describe("the admin's payout queue", () => {
  it("lists requested withdrawals oldest first, with the creator and the masked payout method, never the account number", async () => {
    const { rows, total } = await withdrawalsInState(db(), "requested", { limit: 50, offset: 0 });
    expect(total).toBe(2);
    expect(rows.map((r) => r.id)).toEqual([baoW.id, anaW.id]);
    expect(rows[1]).toMatchObject({
      creatorName: "Ana Lima",
      creatorEmail: ana.email,
      creatorHandle: expect.any(String),
      currency: "USD",
      amountMinor: 4_000,
      state: "requested",
      methodKind: "bank",
      methodLabel: "Deutsche Bank ····3000",
    });
    expect(JSON.stringify(rows)).not.toContain("DE89370400440532013000");
    expect(JSON.stringify(rows)).not.toContain("+84901234567");
    // Paging: the second page holds the newer one.
    expect((await withdrawalsInState(db(), "requested", { limit: 1, offset: 1 })).rows.map((r) => r.id)).toEqual([anaW.id]);
  });

  it("counts withdrawals per state with their amounts summed per currency", async () => {
    const totals = await withdrawalTotalsByState(db());
    expect(totals.map((s) => s.state)).toEqual(["requested", "processing", "paid", "failed", "rejected"]);
    expect(totals[0]).toEqual({
      state: "requested",
      count: 2,
      totals: [
        { currency: "USD", amountMinor: 4_000 },
        { currency: "VND", amountMinor: 250_000 },
      ],
    });
    expect(totals.slice(1).map((s) => s.count)).toEqual([0, 0, 0, 0]);
  });

  it("moves approved withdrawals to the processing queue", async () => {
    expect(await approveWithdrawals(db(), [anaW.id, baoW.id], act())).toBe(2);
    expect((await withdrawalsInState(db(), "requested", { limit: 50, offset: 0 })).total).toBe(0);
    const { rows } = await withdrawalsInState(db(), "processing", { limit: 50, offset: 0 });
    expect(rows.map((r) => [r.id, r.processedAt?.toISOString()])).toEqual([
      [baoW.id, LATER.toISOString()],
      [anaW.id, LATER.toISOString()],
    ]);
  });
});

// The route (app/(admin)/admin/payouts/payout-file.csv/route.ts) is `payoutFileResponse(await currentUser(), now(), getDb)`:
// its module cannot be loaded here (next-auth imports "next/server", which only Next's bundler resolves), so the
// answers for no session, another role and an admin are checked on payoutFileResponse itself, without mocking.
describe("the payout file", () => {
  it("has one row per processing withdrawal: decimal amounts per currency exponent, the full account details, the id as reference", async () => {
    const csv = payoutFileCsv(await processingWithdrawalsForPayoutFile(db()));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const parsed = parseCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...PAYOUT_FILE_COLUMNS]);
    expect(parsed.data).toEqual([
      {
        withdrawal_id: baoW.id,
        creator_name: "Trần Bảo",
        creator_email: bao.email,
        amount: "250000",
        amount_minor: "250000",
        currency: "VND",
        method: "ewallet",
        country: "",
        bank_name: "",
        account_holder: "",
        account_number: "",
        provider: "MoMo",
        account_id: "+84901234567",
        reference: baoW.id,
      },
      {
        withdrawal_id: anaW.id,
        creator_name: "Ana Lima",
        creator_email: ana.email,
        amount: "40.00",
        amount_minor: "4000",
        currency: "USD",
        method: "bank",
        country: "DE",
        bank_name: "Deutsche Bank",
        account_holder: "Ana Lima",
        account_number: "DE89370400440532013000",
        provider: "",
        account_id: "",
        reference: anaW.id,
      },
    ]);
  });

  it("keeps names a spreadsheet would run as formulas inert, and quotes commas and quotes", () => {
    const csv = payoutFileCsv([
      { id: "wdr_x", creatorName: '=HYPERLINK("http://evil")', creatorEmail: "x@test.test", currency: "EUR", amountMinor: 5, methodKind: "bank", details: { kind: "bank", country: "FR", bankName: "Crédit, Agricole", accountHolder: "-1+1", accountNumber: "FR1420041010050500013M02606" } },
    ]);
    const [row] = parseCsv(csv).data;
    expect(row).toMatchObject({ creator_name: `'=HYPERLINK("http://evil")`, bank_name: "Crédit, Agricole", account_holder: "'-1+1", amount: "0.05", account_number: "FR1420041010050500013M02606" });
  });

  it("is named after the day", () => {
    expect(payoutFileName(LATER)).toBe("payouts-2026-11-25.csv");
  });

  it("answers 401 without a session and 403 for a creator or a seller, in JSON, never cached", async () => {
    const unauthenticated = await payoutFileResponse(null, LATER, async () => db());
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get("Cache-Control")).toBe("no-store");
    expect(await unauthenticated.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    for (const role of ["creator", "seller"] as const) {
      const forbidden = await payoutFileResponse({ id: ana.id, role, name: "Someone", email: "someone@test.test" }, LATER, async () => db());
      expect(forbidden.status).toBe(403);
      expect(await forbidden.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
    }
  });

  it("sends the file to an admin as a download, not cached", async () => {
    const response = await payoutFileResponse(admin, LATER, async () => db());
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="payouts-2026-11-25.csv"');
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    // The bytes, not response.text(): decoding UTF-8 drops a leading byte order mark.
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(body.startsWith("\uFEFFwithdrawal_id,creator_name,")).toBe(true);
    expect(parseCsv(body).data.map((r) => r.reference)).toEqual([baoW.id, anaW.id]);
  });

});

describe("settling and the rest of the page", () => {
  it("lists paid and failed withdrawals, latest first, with the failure reason; the payout file empties", async () => {
    await markWithdrawalsPaid(db(), [anaW.id], act(new Date("2026-11-26T09:00:00Z")));
    await failWithdrawals(db(), [baoW.id], { ...act(new Date("2026-11-27T09:00:00Z")), from: "processing", reason: "MoMo account closed" });
    const settled = await recentlySettledWithdrawals(db(), 20);
    expect(settled.map((w) => [w.id, w.state, w.failureReason])).toEqual([
      [baoW.id, "failed", "MoMo account closed"],
      [anaW.id, "paid", null],
    ]);
    expect(await recentlySettledWithdrawals(db(), 1)).toHaveLength(1);
    expect(await processingWithdrawalsForPayoutFile(db())).toEqual([]);
    const totals = await withdrawalTotalsByState(db());
    expect(totals.find((s) => s.state === "paid")).toEqual({ state: "paid", count: 1, totals: [{ currency: "USD", amountMinor: 4_000 }] });
    expect(totals.find((s) => s.state === "failed")).toEqual({ state: "failed", count: 1, totals: [{ currency: "VND", amountMinor: 250_000 }] });
    // An empty payout file still has its header row.
    expect(parseCsv(payoutFileCsv([])).meta.fields).toEqual([...PAYOUT_FILE_COLUMNS]);
  });

  it("finds a creator by e-mail in any case, and nobody for another role or an unknown e-mail", async () => {
    expect(await findCreatorByEmail(db(), ` ${ana.email.toUpperCase()} `)).toEqual({ id: ana.id, name: "Ana Lima", email: ana.email });
    expect(await findCreatorByEmail(db(), "admin@demo.test")).toBeUndefined();
    expect(await findCreatorByEmail(db(), "seller@demo.test")).toBeUndefined();
    expect(await findCreatorByEmail(db(), "nobody@test.test")).toBeUndefined();
  });

  it("names audit actors and subjects", async () => {
    const names = await userNamesById(db(), [adminId, ana.id, ana.id, "usr_unknown"]);
    expect(names.get(adminId)).toBe("Platform Admin");
    expect(names.get(ana.id)).toBe("Ana Lima");
    expect(names.has("usr_unknown")).toBe(false);
    expect((await userNamesById(db(), [])).size).toBe(0);
  });
});
