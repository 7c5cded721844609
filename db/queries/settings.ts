import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { appSettings, auditLog } from "../schema";
import { newId } from "@/lib/ids";

/** The demo clock offset, kept so every restart (and a second process at start) agrees. */
export const CLOCK_OFFSET_SETTING = "clock_offset_ms";

export async function readSetting<T>(db: Database, key: string): Promise<T | undefined> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, key));
  return row?.value as T | undefined;
}

/** Writes a platform setting and its audit entry together. */
export async function writeSetting(db: Database, params: { key: string; value: unknown; actorUserId: string; at: Date; detail: string }) {
  await db.transaction(async (tx) => {
    await tx
      .insert(appSettings)
      .values({ key: params.key, value: params.value, updatedAt: params.at })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: params.value, updatedAt: params.at } });
    await tx.insert(auditLog).values({ id: newId("aud"), actorUserId: params.actorUserId, action: `setting:${params.key}`, detail: params.detail, createdAt: params.at });
  });
}
