import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { createUser } from "@/lib/account/new-account";
import { findUserByEmail } from "@/db/queries/users";
import { availableBalance, creatorPayoutMethods, walletBalances, walletHistory } from "@/db/queries/wallet";
import * as t from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { writeSetting } from "@/db/queries/settings";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { adjustWallet } from "@/lib/wallet/adjustments";
import { autoWithdraw } from "@/lib/wallet/auto-withdraw";
import { addPayoutMethod, deletePayoutMethod, setDefaultPayoutMethod } from "@/lib/wallet/payout-methods";
import { WITHDRAWAL_MINIMUM_SETTING } from "@/lib/wallet/settings";
import { verifyLedger } from "@/lib/wallet/verify-ledger";
import { approveWithdrawals, failWithdrawals, markWithdrawalsPaid, requestWithdrawal } from "@/lib/wallet/withdrawals";
import { createTestDatabase } from "./support/test-db";

const NOW = new Date("2026-11-22T12:00:00Z"); // a Sunday
const WEDNESDAY = new Date("2026-11-25T09:00:00Z");
let handle: DbHandle;
let adminId: string;
const db = () => handle.db;

const BANK: t.PayoutMethodDetails = { kind: "bank", country: "DE", bankName: "Deutsche Bank", accountHolder: "Test Creator", accountNumber: "DE89370400440532013000" };
const EWALLET: t.PayoutMethodDetails = { kind: "ewallet", provider: "MoMo", accountId: "+84901234567" };

let seq = 0;
/** A new creator with `usd` cents available (an admin credit), a bank account and an e-wallet. */
async function creatorWithBalance(usd: number) {
  const email = `wallet-${++seq}-${Date.now()}@test.test`;
  const user = await createUser(db(), { email, name: `Wallet ${seq}`, passwordHash: "x", role: "creator", createdAt: NOW });
  if (usd > 0) await adjustWallet(db(), { creatorId: user.id, currency: "USD", amountMinor: usd, reason: "Opening balance for the test", adminUserId: adminId, at: NOW });
  const bank = await addPayoutMethod(db(), { creatorId: user.id, details: BANK, makeDefault: false, at: NOW });
  const ewallet = await addPayoutMethod(db(), { creatorId: user.id, details: EWALLET, makeDefault: false, at: NOW });
  return { id: user.id, bank, ewallet };
}

const withdraw = (creatorId: string, methodId: string, amount: number | "all", key = newId("wdr"), at = NOW) =>
  requestWithdrawal(db(), { creatorId, currency: "USD", amount, payoutMethodId: methodId, idempotencyKey: key, at });
const admin = (at = NOW) => ({ adminUserId: adminId, at });

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDemo(db(), NOW);
  adminId = (await findUserByEmail(db(), "admin@demo.test"))!.id;
});
afterEach(async () => {
  // The books balance after every scenario.
  expect((await verifyLedger(db())).problems).toEqual([]);
});
afterAll(async () => {
  await handle?.close();
});

describe("payout methods", () => {
  it("keeps one default: the first method, until another is made default; shows only the last four", async () => {
    const c = await creatorWithBalance(0);
    expect(c.bank.isDefault).toBe(true);
    expect(c.ewallet.isDefault).toBe(false);
    await setDefaultPayoutMethod(db(), { creatorId: c.id, methodId: c.ewallet.id });
    const methods = await creatorPayoutMethods(db(), c.id);
    expect(methods.map((m) => [m.id, m.isDefault])).toEqual([
      [c.ewallet.id, true],
      [c.bank.id, false],
    ]);
    expect(methods.find((m) => m.id === c.bank.id)!.last4).toBe("3000");
    expect(JSON.stringify(methods)).not.toContain("DE89370400440532013000");
  });

  it("refuses to delete a method a pending withdrawal uses, and allows it once that withdrawal is paid", async () => {
    const c = await creatorWithBalance(5_000);
    const { withdrawal } = await withdraw(c.id, c.bank.id, 2_000);
    await expect(deletePayoutMethod(db(), { creatorId: c.id, methodId: c.bank.id, at: NOW })).rejects.toThrow(/still being processed/);
    await approveWithdrawals(db(), [withdrawal.id], admin());
    await expect(deletePayoutMethod(db(), { creatorId: c.id, methodId: c.bank.id, at: NOW })).rejects.toThrow(/still being processed/);
    await markWithdrawalsPaid(db(), [withdrawal.id], admin());
    await deletePayoutMethod(db(), { creatorId: c.id, methodId: c.bank.id, at: NOW });
    const methods = await creatorPayoutMethods(db(), c.id);
    // The default went with it: the remaining method takes over.
    expect(methods.map((m) => [m.id, m.isDefault])).toEqual([[c.ewallet.id, true]]);
  });

  it("never lets a creator use, change or delete another creator's method", async () => {
    const a = await creatorWithBalance(5_000);
    const b = await creatorWithBalance(0);
    await expect(withdraw(a.id, b.bank.id, 2_000)).rejects.toThrow(UserFacingError);
    await expect(setDefaultPayoutMethod(db(), { creatorId: a.id, methodId: b.ewallet.id })).rejects.toThrow(NotFoundError);
    await expect(deletePayoutMethod(db(), { creatorId: a.id, methodId: b.bank.id, at: NOW })).rejects.toThrow(NotFoundError);
    expect((await creatorPayoutMethods(db(), b.id)).map((m) => m.isDefault)).toEqual([true, false]);
    expect(await availableBalance(db(), a.id, "USD")).toBe(5_000);
  });
});

describe("withdrawals", () => {
  it("takes the amount from available with a ledger entry, and goes requested → processing → paid", async () => {
    const c = await creatorWithBalance(10_000);
    const { withdrawal, created } = await withdraw(c.id, c.bank.id, 4_000);
    expect(created).toBe(true);
    expect(withdrawal.state).toBe("requested");
    expect(await availableBalance(db(), c.id, "USD")).toBe(6_000);
    expect(await approveWithdrawals(db(), [withdrawal.id], admin())).toBe(1);
    expect(await markWithdrawalsPaid(db(), [withdrawal.id], admin())).toBe(1);
    const [balance] = await walletBalances(db(), c.id);
    expect(balance).toMatchObject({ currency: "USD", availableMinor: 6_000, inFlightMinor: 0, paidOutMinor: 4_000 });
    const audit = await db().select().from(t.auditLog).where(eq(t.auditLog.subjectId, withdrawal.id));
    expect(audit.map((a) => a.action).sort()).toEqual(["payout:approve", "payout:paid"]);
  });

  it("returns the money to available when the admin rejects it or the bank fails it, with the reason", async () => {
    const c = await creatorWithBalance(10_000);
    const rejected = (await withdraw(c.id, c.bank.id, 3_000)).withdrawal;
    const failed = (await withdraw(c.id, c.ewallet.id, 2_000)).withdrawal;
    expect(await availableBalance(db(), c.id, "USD")).toBe(5_000);
    await failWithdrawals(db(), [rejected.id], { ...admin(), from: "requested", reason: "Account holder does not match" });
    await approveWithdrawals(db(), [failed.id], admin());
    await failWithdrawals(db(), [failed.id], { ...admin(), from: "processing", reason: "Bank returned the transfer" });
    expect(await availableBalance(db(), c.id, "USD")).toBe(10_000);
    const rows = await db().select().from(t.withdrawals).where(eq(t.withdrawals.creatorId, c.id));
    expect(rows.map((w) => [w.state, w.failureReason]).sort()).toEqual([
      ["failed", "Bank returned the transfer"],
      ["rejected", "Account holder does not match"],
    ]);
    const { rows: history } = await walletHistory(db(), c.id, { kind: "withdrawal_returned" }, { limit: 10, offset: 0 });
    expect(history.map((h) => h.amountMinor).sort()).toEqual([2_000, 3_000]);
  });

  it("refuses a second move of the same withdrawal (a stale admin page) with a conflict", async () => {
    const c = await creatorWithBalance(5_000);
    const { withdrawal } = await withdraw(c.id, c.bank.id, 2_000);
    await approveWithdrawals(db(), [withdrawal.id], admin());
    await expect(approveWithdrawals(db(), [withdrawal.id], admin())).rejects.toThrow(ConflictError);
    await expect(failWithdrawals(db(), [withdrawal.id], { ...admin(), from: "requested", reason: "late" })).rejects.toThrow(ConflictError);
    await markWithdrawalsPaid(db(), [withdrawal.id], admin());
    await expect(failWithdrawals(db(), [withdrawal.id], { ...admin(), from: "processing", reason: "late" })).rejects.toThrow(ConflictError);
  });

  it.each<[string, number, RegExp]>([
    ["zero", 0, /above zero/],
    ["a negative amount", -100, /above zero/],
    ["more than available", 10_001, /You have \$100\.00 available/],
    ["less than the minimum", 999, /minimum withdrawal is \$10\.00/],
  ])("refuses %s with a message on the amount, writing nothing", async (_label, amount, message) => {
    const c = await creatorWithBalance(10_000);
    const error = await withdraw(c.id, c.bank.id, amount).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).fields.amount).toMatch(message);
    expect(await db().select({ n: count() }).from(t.withdrawals).where(eq(t.withdrawals.creatorId, c.id))).toEqual([{ n: 0 }]);
    expect(await availableBalance(db(), c.id, "USD")).toBe(10_000);
  });

  it("uses the configured minimum for the currency", async () => {
    const c = await creatorWithBalance(10_000);
    await writeSetting(db(), { key: WITHDRAWAL_MINIMUM_SETTING, value: { USD: 5_000 }, actorUserId: adminId, at: NOW, detail: "test" });
    try {
      await expect(withdraw(c.id, c.bank.id, 4_999)).rejects.toThrow(UserFacingError);
      expect((await withdraw(c.id, c.bank.id, 5_000)).created).toBe(true);
    } finally {
      await writeSetting(db(), { key: WITHDRAWAL_MINIMUM_SETTING, value: {}, actorUserId: adminId, at: NOW, detail: "test" });
    }
  });

  it("treats the same idempotency key as the same withdrawal (a double-click or a retry)", async () => {
    const c = await creatorWithBalance(10_000);
    const first = await withdraw(c.id, c.bank.id, 3_000, "form-key-1");
    const again = await withdraw(c.id, c.bank.id, 3_000, "form-key-1");
    expect(again).toEqual({ withdrawal: first.withdrawal, created: false });
    const racing = await Promise.all(Array.from({ length: 10 }, () => withdraw(c.id, c.bank.id, 3_000, "form-key-2")));
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    expect(await availableBalance(db(), c.id, "USD")).toBe(4_000);
  });

  it("lets exactly one of 20 concurrent withdrawals of the whole balance through", async () => {
    const c = await creatorWithBalance(10_000);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => withdraw(c.id, c.bank.id, 10_000)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(UserFacingError);
    expect(await availableBalance(db(), c.id, "USD")).toBe(0);
    expect(await db().select({ n: count() }).from(t.withdrawals).where(eq(t.withdrawals.creatorId, c.id))).toEqual([{ n: 1 }]);
  });
});

describe("the ledger", () => {
  it("keeps a running balance per currency, newest first, through every kind of entry", async () => {
    const c = await creatorWithBalance(10_000);
    const { withdrawal } = await withdraw(c.id, c.bank.id, 4_000, newId("wdr"), new Date(NOW.getTime() + 1_000));
    await failWithdrawals(db(), [withdrawal.id], { ...admin(new Date(NOW.getTime() + 2_000)), from: "requested", reason: "Wrong account" });
    await adjustWallet(db(), { creatorId: c.id, currency: "USD", amountMinor: -500, reason: "Duplicate bonus", adminUserId: adminId, at: new Date(NOW.getTime() + 3_000) });
    const { rows, total } = await walletHistory(db(), c.id, {}, { limit: 10, offset: 0 });
    expect(total).toBe(4);
    expect(rows.map((r) => [r.kind, r.amountMinor, r.balanceMinor])).toEqual([
      ["adjustment", -500, 9_500],
      ["withdrawal_returned", 4_000, 10_000],
      ["withdrawal_requested", -4_000, 6_000],
      ["adjustment", 10_000, 10_000],
    ]);
    // Filtering keeps the true running balance of each entry.
    const filtered = await walletHistory(db(), c.id, { kind: "withdrawal_requested" }, { limit: 10, offset: 0 });
    expect(filtered.rows.map((r) => r.balanceMinor)).toEqual([6_000]);
  });

  it("refuses an adjustment that would overdraw the wallet or has no reason", async () => {
    const c = await creatorWithBalance(1_000);
    await expect(adjustWallet(db(), { creatorId: c.id, currency: "USD", amountMinor: -1_001, reason: "Too much", adminUserId: adminId, at: NOW })).rejects.toThrow(/only \$10\.00/);
    await expect(adjustWallet(db(), { creatorId: c.id, currency: "USD", amountMinor: 100, reason: "  ", adminUserId: adminId, at: NOW })).rejects.toThrow(/reason/);
    expect(await availableBalance(db(), c.id, "USD")).toBe(1_000);
  });

  it("reports a wallet whose entries do not add up to their sources", async () => {
    const c = await creatorWithBalance(2_000);
    const { withdrawal } = await withdraw(c.id, c.bank.id, 1_500);
    // A forged entry no cause explains: the check names the wallet and the withdrawal.
    const forged = { id: newId("wle"), creatorId: c.id, currency: "USD" as const, amountMinor: 1_500, kind: "withdrawal_returned" as const, withdrawalId: withdrawal.id, reason: "forged", createdAt: NOW };
    await db().insert(t.walletEntries).values(forged);
    const report = await verifyLedger(db());
    expect(report.problems.map((p) => [p.check, p.creatorId])).toEqual([
      ["balance", c.id],
      ["withdrawal entries", c.id],
    ]);
    await db().delete(t.walletEntries).where(eq(t.walletEntries.id, forged.id));
  });
});

describe("automatic withdrawal on Wednesdays", () => {
  const autoOn = (creatorId: string) => db().update(t.creatorProfiles).set({ autoWithdraw: true }).where(eq(t.creatorProfiles.userId, creatorId));
  const autoOff = () => db().update(t.creatorProfiles).set({ autoWithdraw: false });
  const withdrawalsOf = (creatorId: string) => db().select().from(t.withdrawals).where(eq(t.withdrawals.creatorId, creatorId));

  it("does nothing on other days", async () => {
    await autoOff();
    const c = await creatorWithBalance(5_000);
    await autoOn(c.id);
    const result = await autoWithdraw(db(), NOW);
    expect(result).toMatchObject({ wednesday: false, withdrawals: 0 });
    expect(await withdrawalsOf(c.id)).toHaveLength(0);
  });

  it("withdraws the whole balance to the default method once per week, skipping empty and small balances", async () => {
    await autoOff();
    const rich = await creatorWithBalance(12_345);
    const small = await creatorWithBalance(999);
    const empty = await creatorWithBalance(0);
    const off = await creatorWithBalance(5_000);
    for (const c of [rich, small, empty]) await autoOn(c.id);
    const first = await autoWithdraw(db(), WEDNESDAY);
    expect(first).toMatchObject({ day: "2026-11-25", wednesday: true, withdrawals: 1, belowMinimum: 1 });
    const [w] = await withdrawalsOf(rich.id);
    expect(w).toMatchObject({ amountMinor: 12_345, payoutMethodId: rich.bank.id, state: "requested", idempotencyKey: "auto:2026-11-25:USD" });
    expect(await withdrawalsOf(small.id)).toHaveLength(0);
    expect(await withdrawalsOf(off.id)).toHaveLength(0);

    // New money the same day, and the job running again (or in a second process): nothing more this week.
    await adjustWallet(db(), { creatorId: rich.id, currency: "USD", amountMinor: 5_000, reason: "Bonus", adminUserId: adminId, at: WEDNESDAY });
    const [again, parallel] = await Promise.all([autoWithdraw(db(), new Date(WEDNESDAY.getTime() + 3_600_000)), autoWithdraw(db(), new Date(WEDNESDAY.getTime() + 3_600_000))]);
    expect(again.withdrawals + parallel.withdrawals).toBe(0);
    expect(await withdrawalsOf(rich.id)).toHaveLength(1);

    // The next Wednesday takes what came in since.
    await autoWithdraw(db(), new Date(WEDNESDAY.getTime() + 7 * 86_400_000));
    expect((await withdrawalsOf(rich.id)).map((x) => x.amountMinor).sort()).toEqual([12_345, 5_000]);
  });

  it("skips a creator with no payout method", async () => {
    await autoOff();
    const user = await createUser(db(), { email: `nomethod-${Date.now()}@test.test`, name: "No method", passwordHash: "x", role: "creator", createdAt: NOW });
    await autoOn(user.id);
    await adjustWallet(db(), { creatorId: user.id, currency: "USD", amountMinor: 5_000, reason: "Opening", adminUserId: adminId, at: NOW });
    expect(await autoWithdraw(db(), WEDNESDAY)).toMatchObject({ noMethod: 1, withdrawals: 0 });
    expect(await db().select().from(t.withdrawals).where(and(eq(t.withdrawals.creatorId, user.id)))).toHaveLength(0);
  });
});
