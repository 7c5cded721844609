import "server-only";
import { and, desc, eq, gt, gte, inArray, sql } from "drizzle-orm";
import { newId } from "@/lib/ids";
import type { Database } from "../client";
import { signInAttempts, type SignInOutcome } from "../schema";

/** Outcomes that count against the throttle: a failed check, and a check still running. */
const COUNTS_AS_FAILURE: SignInOutcome[] = ["reserved", "failed"];

/**
 * Makes every other sign-in attempt for the same keys (an e-mail, an address) wait until the
 * caller's transaction ends, so reading the failures and reserving an attempt is one step: without
 * it, attempts sent together all read "no failures yet" and all reach the password check. An
 * advisory lock needs no row per key (a key may be an e-mail nobody has); take keys in one fixed
 * order (e-mail, then address) so two attempts can never wait for each other.
 */
export async function lockSignInKeys(tx: Database, keys: readonly string[]) {
  for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** Records an attempt; returns its id, to settle a reserved attempt once its password is checked. */
export async function recordSignInAttempt(db: Database, params: { email: string; ipHash: string | null; outcome: SignInOutcome; at: Date }): Promise<string> {
  const id = newId("sia");
  await db.insert(signInAttempts).values({ id, email: params.email.toLowerCase(), ipHash: params.ipHash, outcome: params.outcome, attemptedAt: params.at });
  return id;
}

/** What a reserved attempt's password check found. */
export async function settleSignInAttempt(db: Database, params: { attemptId: string; outcome: Exclude<SignInOutcome, "reserved" | "throttled"> }) {
  await db
    .update(signInAttempts)
    .set({ outcome: params.outcome })
    .where(and(eq(signInAttempts.id, params.attemptId), eq(signInAttempts.outcome, "reserved")));
}

/** Failed (or still running) attempts for the e-mail since its last successful sign-in, not older than `since`. */
export async function recentSignInFailures(db: Database, email: string, since: Date): Promise<Date[]> {
  const key = email.toLowerCase();
  const [lastSuccess] = await db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, key), eq(signInAttempts.outcome, "succeeded"), gte(signInAttempts.attemptedAt, since)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(1);
  const rows = await db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, key), inArray(signInAttempts.outcome, COUNTS_AS_FAILURE), gt(signInAttempts.attemptedAt, lastSuccess?.at ?? since)));
  return rows.map((r) => r.at);
}

/**
 * Failed (or still running) attempts from one address since `since`, whatever the e-mail. A success
 * does not clear them: a sprayer could otherwise reset the count with an account of their own.
 */
export async function recentAddressFailures(db: Database, ipHash: string, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ipHash, ipHash), inArray(signInAttempts.outcome, COUNTS_AS_FAILURE), gt(signInAttempts.attemptedAt, since)));
  return rows.map((r) => r.at);
}
