import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { newId } from "@/lib/ids";
import type { Database } from "../client";
import { passwordResetTokens, users } from "../schema";

/** Stores a new reset token's hash; the user's older unused tokens stop working (only the newest link counts). */
export async function insertResetToken(db: Database, params: { userId: string; tokenHash: string; createdAt: Date; expiresAt: Date }) {
  await db.transaction(async (tx) => {
    await revokeResetTokens(tx, { userId: params.userId, at: params.createdAt });
    await tx.insert(passwordResetTokens).values({ id: newId("prt"), ...params });
  });
}

export async function revokeResetTokens(db: Database, params: { userId: string; at: Date }) {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: params.at })
    .where(and(eq(passwordResetTokens.userId, params.userId), isNull(passwordResetTokens.usedAt)));
}

/** The token's user if it is unused and unexpired at `at` (a look only: consumeResetToken decides). */
export async function findUsableResetToken(db: Database, params: { tokenHash: string; at: Date }) {
  const [row] = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(and(eq(passwordResetTokens.tokenHash, params.tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, params.at)))
    .limit(1);
  return row;
}

/**
 * Uses the token up. The condition is in the UPDATE itself, so of two requests with one token
 * only the one whose UPDATE matched the row gets the user back; the other sees it used.
 */
export async function consumeResetToken(db: Database, params: { tokenHash: string; at: Date }) {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: params.at })
    .where(and(eq(passwordResetTokens.tokenHash, params.tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, params.at)))
    .returning({ userId: passwordResetTokens.userId });
  return row;
}

export async function setPasswordHash(db: Database, params: { userId: string; passwordHash: string }) {
  await db.update(users).set({ passwordHash: params.passwordHash }).where(eq(users.id, params.userId));
}
