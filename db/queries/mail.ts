import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { newId } from "@/lib/ids";
import type { Database } from "../client";
import { outbox } from "../schema";

export async function insertOutboxMessage(db: Database, message: { to: string; subject: string; text: string; html?: string | null; createdAt: Date }) {
  const [row] = await db
    .insert(outbox)
    .values({ id: newId("msg"), to: message.to, subject: message.subject, text: message.text, html: message.html ?? null, createdAt: message.createdAt })
    .returning({ id: outbox.id });
  return row!.id;
}

/** The outbox newest first, without the bodies. */
export async function listOutbox(db: Database, page: { limit: number; offset: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: outbox.id, to: outbox.to, subject: outbox.subject, createdAt: outbox.createdAt })
      .from(outbox)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(outbox),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findOutboxMessage(db: Database, id: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id)).limit(1);
  return row;
}
