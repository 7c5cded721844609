import { pgEnum, pgTable, text, boolean, jsonb, index, uniqueIndex, check } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { currency, minor, tstz } from "./columns";
import { users } from "./users";
import { commissions } from "./commissions";

export const walletEntryKindEnum = pgEnum("wallet_entry_kind", [
  "commission_available",
  "clawback",
  "withdrawal_requested",
  "withdrawal_returned",
  "adjustment",
]);
export const payoutMethodKindEnum = pgEnum("payout_method_kind", ["bank", "ewallet"]);
/** Rejected: refused by the platform while requested; failed: returned by the bank while processing. Both give the money back. */
export const withdrawalStateEnum = pgEnum("withdrawal_state", ["requested", "processing", "paid", "failed", "rejected"]);

export type PayoutMethodDetails =
  | { kind: "bank"; country: string; bankName: string; accountHolder: string; accountNumber: string }
  | { kind: "ewallet"; provider: string; accountId: string };

export const payoutMethods = pgTable(
  "payout_methods",
  {
    id: text("id").primaryKey(),
    creatorId: text("creator_id").notNull().references(() => users.id),
    kind: payoutMethodKindEnum("kind").notNull(),
    label: text("label").notNull(),
    /** The last four characters of the account, the only part ever sent back to a browser. */
    last4: text("last4").notNull(),
    details: jsonb("details").$type<PayoutMethodDetails>().notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: tstz("created_at").notNull().defaultNow(),
    deletedAt: tstz("deleted_at"),
  },
  (t) => [
    index("payout_methods_creator_idx").on(t.creatorId),
    uniqueIndex("payout_methods_one_default_key").on(t.creatorId).where(sql`${t.isDefault} and ${t.deletedAt} is null`),
  ],
);

export const withdrawals = pgTable(
  "withdrawals",
  {
    id: text("id").primaryKey(),
    creatorId: text("creator_id").notNull().references(() => users.id),
    payoutMethodId: text("payout_method_id").notNull().references(() => payoutMethods.id),
    currency: currency().notNull(),
    amountMinor: minor("amount_minor").notNull(),
    state: withdrawalStateEnum("state").notNull().default("requested"),
    /** From the form (or "auto:<week>" for the Wednesday job): a retry or a double-click is one withdrawal. */
    idempotencyKey: text("idempotency_key").notNull(),
    failureReason: text("failure_reason"),
    requestedAt: tstz("requested_at").notNull(),
    processedAt: tstz("processed_at"),
    settledAt: tstz("settled_at"),
  },
  (t) => [
    uniqueIndex("withdrawals_idempotency_key").on(t.creatorId, t.idempotencyKey),
    index("withdrawals_state_idx").on(t.state, t.requestedAt),
    check("withdrawals_amount_chk", sql`${t.amountMinor} > 0`),
  ],
);

/**
 * The append-only wallet ledger. Balances are sums of entries; nothing is ever updated in place.
 * A commission becomes available money once (unique per commission and kind).
 */
export const walletEntries = pgTable(
  "wallet_entries",
  {
    id: text("id").primaryKey(),
    creatorId: text("creator_id").notNull().references(() => users.id),
    currency: currency().notNull(),
    amountMinor: minor("amount_minor").notNull(),
    kind: walletEntryKindEnum("kind").notNull(),
    commissionId: text("commission_id").references(() => commissions.id),
    withdrawalId: text("withdrawal_id").references(() => withdrawals.id),
    reason: text("reason"),
    createdByUserId: text("created_by_user_id").references(() => users.id),
    createdAt: tstz("created_at").notNull(),
  },
  (t) => [
    index("wallet_entries_creator_idx").on(t.creatorId, t.currency, t.createdAt),
    uniqueIndex("wallet_entries_commission_available_key").on(t.commissionId).where(sql`${t.kind} = 'commission_available'`),
    uniqueIndex("wallet_entries_withdrawal_kind_key").on(t.withdrawalId, t.kind).where(sql`${t.withdrawalId} is not null`),
  ],
);

export type WalletEntry = typeof walletEntries.$inferSelect;
export type Withdrawal = typeof withdrawals.$inferSelect;
export type PayoutMethod = typeof payoutMethods.$inferSelect;
