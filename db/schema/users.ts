import { check, pgEnum, pgTable, text, index, integer, uniqueIndex } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { bytea, tstz } from "./columns";

export const roleEnum = pgEnum("role", ["creator", "seller", "admin"]);

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull(),
    /**
     * Part of every session token. Raising it (sign-out, a password change, a suspension) ends every
     * session of the user at once on every app process: a token carrying an older version is refused.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    /** Set while an admin has suspended the account: no session is accepted and no sign-in succeeds. */
    suspendedAt: tstz("suspended_at"),
    /** The profile's language (en, vi, id); null follows the browser (i18n/request.ts). */
    locale: text("locale"),
    /** The profile's IANA time zone; null follows the browser's, sent once (components/i18n/time-zone-sync.tsx). */
    timeZone: text("time_zone"),
    createdAt: tstz("created_at").notNull().defaultNow(),
  },
  (t) => [
    // "Ana@x.com" and "ana@x.com" are one account: the constraint, not a check in code, keeps it so.
    uniqueIndex("users_email_lower_key").on(sql`lower(${t.email})`),
    check("users_locale_chk", sql`${t.locale} in ('en', 'vi', 'id')`),
    check("users_time_zone_chk", sql`char_length(${t.timeZone}) between 1 and 64`),
  ],
);

/**
 * What became of a sign-in attempt. `reserved` while its password is being checked: it counts as a
 * failure until it is settled, so attempts racing each other cannot all pass the throttle at once.
 * `throttled` attempts never reached the password check; `suspended` ones had the right password
 * for a suspended account.
 */
export const signInOutcomeEnum = pgEnum("sign_in_outcome", ["reserved", "succeeded", "failed", "throttled", "suspended"]);

/** Every sign-in attempt, so repeated failures for one e-mail or from one address are slowed down on every app process. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    ipHash: text("ip_hash"),
    outcome: signInOutcomeEnum("outcome").notNull(),
    attemptedAt: tstz("attempted_at").notNull(),
  },
  (t) => [index("sign_in_attempts_email_time_idx").on(t.email, t.attemptedAt), index("sign_in_attempts_ip_time_idx").on(t.ipHash, t.attemptedAt)],
);

/** Uploaded or generated files (product images, logos, banners), kept in the database so every app process can serve them. */
export const media = pgTable("media", {
  id: text("id").primaryKey(),
  ownerUserId: text("owner_user_id").references(() => users.id),
  contentType: text("content_type").notNull(),
  byteSize: integer("byte_size").notNull(),
  bytes: bytea("bytes").notNull(),
  createdAt: tstz("created_at").notNull().defaultNow(),
});

/** Admin actions (payout approvals, clock shifts, adjustments), append-only. */
export const auditLog = pgTable("audit_log", {
  id: text("id").primaryKey(),
  actorUserId: text("actor_user_id").references(() => users.id),
  action: text("action").notNull(),
  subjectId: text("subject_id"),
  detail: text("detail"),
  createdAt: tstz("created_at").notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
export type SignInOutcome = (typeof signInOutcomeEnum.enumValues)[number];
export type Media = typeof media.$inferSelect;
