import "server-only";
import type { Database } from "@/db/client";
import { walletEntries } from "@/db/schema";
import { newId } from "@/lib/ids";

/**
 * Appends one entry to a creator's wallet ledger (entries are never edited). An entry a constraint
 * already holds (one "commission available" per commission, one per withdrawal and kind) is not
 * written again: the answer is whether this call wrote it.
 */
export async function insertWalletEntry(db: Database, entry: Omit<typeof walletEntries.$inferInsert, "id">): Promise<boolean> {
  const rows = await db
    .insert(walletEntries)
    .values({ id: newId("wle"), ...entry })
    .onConflictDoNothing()
    .returning({ id: walletEntries.id });
  return rows.length > 0;
}
