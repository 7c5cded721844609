import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { recentlySettledWithdrawals, withdrawalTotalsByState } from "@/db/queries/payouts";
import { createUser } from "@/lib/account/new-account";
import { findUserByEmail } from "@/db/queries/users";
import { availableBalance, creatorWithdrawals } from "@/db/queries/wallet";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { UserFacingError } from "@/lib/errors";
import type { CurrencyCode } from "@/lib/money";
import { newId } from "@/lib/ids";
import { adjustWallet } from "@/lib/wallet/adjustments";
import { autoWithdraw } from "@/lib/wallet/auto-withdraw";
import { addPayoutMethod } from "@/lib/wallet/payout-methods";
import { defaultWithdrawalMinimum, setWithdrawalMinimums, withdrawalMinimum, withdrawalMinimumTable } from "@/lib/wallet/settings";
import { verifyLedger } from "@/lib/wallet/verify-ledger";
import { approveWithdrawals, failWithdrawals, requestWithdrawal } from "@/lib/wallet/withdrawals";
import { createTestDatabase } from "./support/test-db";

// Issue #11, items 13 (a minimum per currency worth about US$10) and 14 (rejected is not failed).
const NOW = new Date("2026-11-22T12:00:00Z"); // a Sunday
const WEDNESDAY = new Date("2026-11-25T09:00:00Z");
let handle: DbHandle;
let adminId: string;
let seq = 0;
const db = () => handle.db;
const admin = (at = NOW) => ({ adminUserId: adminId, at });

/** A new creator with `amount` available in `currency` (an admin credit) and a bank account. */
async function creatorWith(currency: CurrencyCode, amount: number) {
  const user = await createUser(db(), { email: `rules-${++seq}-${Date.now()}@test.test`, name: `Rules ${seq}`, passwordHash: "x", role: "creator", createdAt: NOW });
  await adjustWallet(db(), { creatorId: user.id, currency, amountMinor: amount, reason: "Opening balance for the test", adminUserId: adminId, at: NOW });
  const bank = await addPayoutMethod(db(), {
    creatorId: user.id,
    details: { kind: "bank", country: "DE", bankName: "Deutsche Bank", accountHolder: "Test Creator", accountNumber: "DE89370400440532013000" },
    makeDefault: true,
    at: NOW,
  });
  return { id: user.id, bank };
}

const withdraw = (creatorId: string, methodId: string, currency: CurrencyCode, amount: number | "all") =>
  requestWithdrawal(db(), { creatorId, currency, amount, payoutMethodId: methodId, idempotencyKey: newId("wdr"), at: NOW });

async function amountError(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return (error as UserFacingError).fields.amount;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  adminId = (await findUserByEmail(db(), "admin@demo.test"))!.id;
});
afterEach(async () => {
  expect((await verifyLedger(db())).problems).toEqual([]);
});
afterAll(async () => {
  await handle?.close();
});

describe("withdrawal minimums per currency", () => {
  it("defaults to about US$10 in every currency", () => {
    expect(Object.fromEntries((["USD", "EUR", "SGD", "VND", "IDR", "PHP", "THB", "MYR"] as const).map((c) => [c, defaultWithdrawalMinimum(c)]))).toEqual({
      USD: 1_000,
      EUR: 1_000,
      SGD: 1_000,
      VND: 250_000,
      IDR: 150_000,
      PHP: 50_000,
      THB: 35_000,
      MYR: 5_000,
    });
  });

  it("refuses a 23,550 ₫ withdrawal and takes 250,000 ₫", async () => {
    const c = await creatorWith("VND", 300_000);
    expect(await amountError(withdraw(c.id, c.bank.id, "VND", 23_550))).toMatch(/minimum withdrawal is .*250[.,]000/);
    expect((await withdraw(c.id, c.bank.id, "VND", 250_000)).withdrawal).toMatchObject({ state: "requested", amountMinor: 250_000 });
  });

  it("the Wednesday job leaves 23,550 ₫ where it is and pays out 250,000 ₫", async () => {
    await db().update(t.creatorProfiles).set({ autoWithdraw: false });
    const small = await creatorWith("VND", 23_550);
    const enough = await creatorWith("VND", 250_000);
    for (const c of [small, enough]) await db().update(t.creatorProfiles).set({ autoWithdraw: true }).where(eq(t.creatorProfiles.userId, c.id));
    const result = await autoWithdraw(db(), WEDNESDAY);
    expect(result).toMatchObject({ withdrawals: 1, belowMinimum: 1 });
    expect(await db().select().from(t.withdrawals).where(eq(t.withdrawals.creatorId, small.id))).toEqual([]);
    expect(await availableBalance(db(), small.id, "VND")).toBe(23_550);
    expect((await db().select().from(t.withdrawals).where(eq(t.withdrawals.creatorId, enough.id))).map((w) => w.amountMinor)).toEqual([250_000]);
  });

  it("an admin sets another minimum, with an audit entry, and withdrawals follow it", async () => {
    const minimums = Object.fromEntries((await withdrawalMinimumTable(db())).map((m) => [m.currency, m.minimumMinor])) as Record<CurrencyCode, number>;
    await setWithdrawalMinimums(db(), { minimums: { ...minimums, VND: 20_000 }, ...admin() });
    expect(await withdrawalMinimum(db(), "VND")).toBe(20_000);
    expect(await withdrawalMinimum(db(), "USD")).toBe(1_000);
    const [audit] = await db().select().from(t.auditLog).where(and(eq(t.auditLog.action, "setting:withdrawal_minimums"), eq(t.auditLog.actorUserId, adminId))).orderBy(desc(t.auditLog.createdAt));
    expect(audit?.detail).toMatch(/20[.,]000/);
    const c = await creatorWith("VND", 23_550);
    expect((await withdraw(c.id, c.bank.id, "VND", 23_550)).withdrawal.amountMinor).toBe(23_550);
    // Back to the defaults: nothing is stored for a currency at its default.
    await setWithdrawalMinimums(db(), { minimums, ...admin() });
    expect(await withdrawalMinimum(db(), "VND")).toBe(250_000);
    await expect(setWithdrawalMinimums(db(), { minimums: { ...minimums, USD: 0 }, ...admin() })).rejects.toThrow(RangeError);
  });
});

describe("a rejected withdrawal is rejected, not failed", () => {
  it("is its own state in the queue's counter, the settled list and the creator's table; the money is back through one returned entry", async () => {
    const c = await creatorWith("USD", 10_000);
    const rejected = (await withdraw(c.id, c.bank.id, "USD", 3_000)).withdrawal;
    const failed = (await withdraw(c.id, c.bank.id, "USD", 2_000)).withdrawal;
    const before = await withdrawalTotalsByState(db());
    await failWithdrawals(db(), [rejected.id], { ...admin(new Date(NOW.getTime() + 1_000)), from: "requested", reason: "Account holder does not match" });
    await approveWithdrawals(db(), [failed.id], admin(new Date(NOW.getTime() + 2_000)));
    await failWithdrawals(db(), [failed.id], { ...admin(new Date(NOW.getTime() + 3_000)), from: "processing", reason: "Bank returned the transfer" });

    const after = await withdrawalTotalsByState(db());
    const countOf = (totals: typeof after, state: string) => totals.find((s) => s.state === state)?.count ?? -1;
    expect(countOf(after, "rejected") - countOf(before, "rejected")).toBe(1);
    expect(countOf(after, "failed") - countOf(before, "failed")).toBe(1);

    const settled = await recentlySettledWithdrawals(db(), 50);
    expect(settled.filter((w) => w.creatorId === c.id).map((w) => [w.id, w.state])).toEqual([
      [failed.id, "failed"],
      [rejected.id, "rejected"],
    ]);
    const mine = await creatorWithdrawals(db(), c.id);
    expect(Object.fromEntries(mine.map(({ withdrawal: w }) => [w.id, w.state]))).toEqual({ [rejected.id]: "rejected", [failed.id]: "failed" });

    expect(await availableBalance(db(), c.id, "USD")).toBe(10_000);
    const returned = await db().select().from(t.walletEntries).where(and(eq(t.walletEntries.creatorId, c.id), eq(t.walletEntries.kind, "withdrawal_returned")));
    expect(returned.map((e) => [e.withdrawalId, e.amountMinor, e.reason]).sort()).toEqual(
      [
        [rejected.id, 3_000, "Withdrawal rejected: Account holder does not match"],
        [failed.id, 2_000, "Withdrawal failed: Bank returned the transfer"],
      ].sort(),
    );
  });
});
