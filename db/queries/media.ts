import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { media } from "../schema";
import { newId } from "@/lib/ids";

export async function findMedia(db: Database, id: string) {
  const [row] = await db.select().from(media).where(eq(media.id, id)).limit(1);
  return row;
}

export async function insertMedia(db: Database, params: { ownerUserId: string; contentType: string; bytes: Buffer; at: Date }): Promise<string> {
  const id = newId("med");
  await db.insert(media).values({ id, ownerUserId: params.ownerUserId, contentType: params.contentType, byteSize: params.bytes.byteLength, bytes: params.bytes, createdAt: params.at });
  return id;
}

