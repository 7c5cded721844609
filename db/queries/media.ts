import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { media } from "../schema";

export async function findMedia(db: Database, id: string) {
  const [row] = await db.select().from(media).where(eq(media.id, id)).limit(1);
  return row;
}
