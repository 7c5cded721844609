import "server-only";
import { and, count, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import { creatorProfiles, messages, messageThreads, notifications, shopBlockedCreators, shops, users } from "../schema";

/** Which side of a thread reads: the shop (its seller) or the creator. Every read and write below is scoped by it. */
export type ThreadSide = { shopId: string } | { creatorId: string };

const ownedBy = (side: ThreadSide) => ("shopId" in side ? eq(messageThreads.shopId, side.shopId) : eq(messageThreads.creatorId, side.creatorId));

/**
 * Messages the side has not read: the other side's, after its read mark. The seller's side is every
 * sender but the creator (the shop's owner today, its staff one day).
 */
const unreadOf = (side: ThreadSide) =>
  "shopId" in side
    ? sql`m.sender_user_id = t.creator_id and m.created_at > coalesce(t.seller_read_at, '-infinity'::timestamptz)`
    : sql`m.sender_user_id <> t.creator_id and m.created_at > coalesce(t.creator_read_at, '-infinity'::timestamptz)`;

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The pair's thread, created if there is none. The upsert's update takes the thread's row lock, so
 * two first messages racing end in one thread, and sends in one thread run one after the other.
 */
export async function lockThreadFor(db: Database, params: { id: string; shopId: string; creatorId: string; at: Date }): Promise<{ id: string }> {
  const [row] = await db
    .insert(messageThreads)
    .values({ id: params.id, shopId: params.shopId, creatorId: params.creatorId, createdAt: params.at, lastMessageAt: params.at })
    .onConflictDoUpdate({ target: [messageThreads.shopId, messageThreads.creatorId], set: { shopId: sql`excluded.shop_id` } })
    .returning({ id: messageThreads.id });
  return row!;
}

/** The pair's thread id, if one exists (no lock, no insert). */
export async function findThreadIdFor(db: Database, params: { shopId: string; creatorId: string }): Promise<string | undefined> {
  const [row] = await db
    .select({ id: messageThreads.id })
    .from(messageThreads)
    .where(and(eq(messageThreads.shopId, params.shopId), eq(messageThreads.creatorId, params.creatorId)))
    .limit(1);
  return row?.id;
}

export type ThreadView = {
  id: string;
  shopId: string;
  shopName: string;
  shopOwnerUserId: string;
  creatorId: string;
  creatorName: string;
  creatorHandle: string | null;
  lastMessageAt: Date;
  creatorMutedAt: Date | null;
  /** The shop blocked the creator: they may read, not send. */
  creatorBlocked: boolean;
};

/** One thread as its side sees it; undefined when it does not exist or belongs to someone else (the same answer). */
export async function findThread(db: Database, params: { threadId: string; side: ThreadSide }): Promise<ThreadView | undefined> {
  const [row] = await db
    .select({
      id: messageThreads.id,
      shopId: messageThreads.shopId,
      shopName: shops.name,
      shopOwnerUserId: shops.ownerUserId,
      creatorId: messageThreads.creatorId,
      creatorName: sql<string>`coalesce(${creatorProfiles.displayName}, ${users.name})`,
      creatorHandle: creatorProfiles.handle,
      lastMessageAt: messageThreads.lastMessageAt,
      creatorMutedAt: messageThreads.creatorMutedAt,
      creatorBlocked: sql<boolean>`${shopBlockedCreators.creatorId} is not null`,
    })
    .from(messageThreads)
    .innerJoin(shops, eq(shops.id, messageThreads.shopId))
    .innerJoin(users, eq(users.id, messageThreads.creatorId))
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, messageThreads.creatorId))
    .leftJoin(shopBlockedCreators, and(eq(shopBlockedCreators.shopId, messageThreads.shopId), eq(shopBlockedCreators.creatorId, messageThreads.creatorId)))
    .where(and(eq(messageThreads.id, params.threadId), ownedBy(params.side)))
    .limit(1);
  return row ? { ...row, creatorBlocked: Boolean(row.creatorBlocked) } : undefined;
}

export type ThreadSummary = {
  id: string;
  /** The other side's name: the creator's for the seller, the shop's for the creator. */
  counterpart: string;
  lastMessageAt: Date;
  lastBody: string | null;
  lastFromMe: boolean;
  unread: number;
  muted: boolean;
};

/** The side's threads that have a message, newest first, with the last message and the side's unread count. */
export async function listThreads(db: Database, params: { side: ThreadSide; limit: number; offset: number }): Promise<{ rows: ThreadSummary[]; total: number }> {
  const side = params.side;
  const owner = "shopId" in side ? sql`t.shop_id = ${side.shopId}` : sql`t.creator_id = ${side.creatorId}`;
  const counterpart = "shopId" in side ? sql`coalesce(cp.display_name, u.name)` : sql`s.name`;
  const mine = "shopId" in side ? sql`last.sender_user_id <> t.creator_id` : sql`last.sender_user_id = t.creator_id`;
  const [result, totalResult] = await Promise.all([
    db.execute(sql`
      select t.id, ${counterpart} as counterpart, t.last_message_at, t.creator_muted_at, last.body as last_body, ${mine} as last_from_me,
        (select count(*)::int from messages m where m.thread_id = t.id and ${unreadOf(side)}) as unread
      from message_threads t
      join shops s on s.id = t.shop_id
      join users u on u.id = t.creator_id
      left join creator_profiles cp on cp.user_id = t.creator_id
      join lateral (select m.body, m.sender_user_id from messages m where m.thread_id = t.id order by m.created_at desc, m.id desc limit 1) last on true
      where ${owner}
      order by t.last_message_at desc, t.id desc
      limit ${params.limit} offset ${params.offset}`),
    db.execute(sql`select count(*)::int as n from message_threads t where ${owner} and exists (select 1 from messages m where m.thread_id = t.id)`),
  ]);
  type Row = { id: string; counterpart: string; last_message_at: Date | string; creator_muted_at: Date | string | null; last_body: string | null; last_from_me: boolean; unread: number | string };
  const rows = rowsOf<Row>(result).map((r) => ({
    id: r.id,
    counterpart: r.counterpart,
    lastMessageAt: new Date(r.last_message_at),
    lastBody: r.last_body,
    lastFromMe: Boolean(r.last_from_me),
    unread: Number(r.unread),
    muted: r.creator_muted_at !== null,
  }));
  return { rows, total: Number(rowsOf<{ n: number | string }>(totalResult)[0]?.n ?? 0) };
}

/** Every unread message of the side, over all its threads (the nav's badge). */
export async function unreadMessageCount(db: Database, side: ThreadSide): Promise<number> {
  const owner = "shopId" in side ? sql`t.shop_id = ${side.shopId}` : sql`t.creator_id = ${side.creatorId}`;
  const result = await db.execute(sql`select count(*)::int as n from messages m join message_threads t on t.id = m.thread_id where ${owner} and ${unreadOf(side)}`);
  return Number(rowsOf<{ n: number | string }>(result)[0]?.n ?? 0);
}

export type ThreadMessage = { id: string; senderUserId: string; body: string; createdAt: Date };

/**
 * The thread's last `limit` messages before `before` (a message of this thread), oldest first, and
 * whether older ones exist. The caller scoped the thread with findThread.
 */
export async function threadMessages(db: Database, params: { threadId: string; limit: number; before?: string }): Promise<{ rows: ThreadMessage[]; hasOlder: boolean }> {
  let cursor: { createdAt: Date; id: string } | undefined;
  if (params.before) {
    [cursor] = await db
      .select({ createdAt: messages.createdAt, id: messages.id })
      .from(messages)
      .where(and(eq(messages.id, params.before), eq(messages.threadId, params.threadId)))
      .limit(1);
  }
  const rows = await db
    .select({ id: messages.id, senderUserId: messages.senderUserId, body: messages.body, createdAt: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.threadId, params.threadId), cursor ? or(lt(messages.createdAt, cursor.createdAt), and(eq(messages.createdAt, cursor.createdAt), lt(messages.id, cursor.id))) : undefined))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(params.limit + 1);
  return { rows: rows.slice(0, params.limit).reverse(), hasOlder: rows.length > params.limit };
}

/**
 * Adds a message to a locked thread. Its time is the clock's, but always after the thread's last
 * message, so the order and the read marks hold even when two messages share a clock reading.
 */
export async function insertMessage(db: Database, row: { id: string; threadId: string; senderUserId: string; body: string; at: Date }): Promise<void> {
  await db.execute(sql`
    insert into messages (id, thread_id, sender_user_id, body, created_at)
    select ${row.id}, t.id, ${row.senderUserId}, ${row.body}, greatest(${row.at.toISOString()}::timestamptz, t.last_message_at + interval '1 millisecond')
    from message_threads t where t.id = ${row.threadId}`);
  await db.execute(sql`
    update message_threads t set last_message_at = m.created_at
    from messages m where m.id = ${row.id} and t.id = m.thread_id`);
}

/** The side has read the thread up to now (and up to its last message, whose time may run ahead of the clock). */
export async function markThreadRead(db: Database, params: { threadId: string; side: ThreadSide; at: Date }): Promise<void> {
  const at = sql`greatest(${params.at.toISOString()}::timestamptz, ${messageThreads.lastMessageAt})`;
  await db
    .update(messageThreads)
    .set("shopId" in params.side ? { sellerReadAt: at } : { creatorReadAt: at })
    .where(and(eq(messageThreads.id, params.threadId), ownedBy(params.side)));
}

/** The creator mutes (a time) or unmutes (null) the thread's shop; only their own threads. */
export async function setThreadMuted(db: Database, params: { threadId: string; creatorId: string; mutedAt: Date | null }): Promise<boolean> {
  const rows = await db
    .update(messageThreads)
    .set({ creatorMutedAt: params.mutedAt })
    .where(and(eq(messageThreads.id, params.threadId), eq(messageThreads.creatorId, params.creatorId)))
    .returning({ id: messageThreads.id });
  return rows.length > 0;
}

/** Whether the thread's news already waits, unread, among the recipient's notifications (one is enough). */
export async function hasUnreadMessageNotice(db: Database, params: { recipientId: string; threadId: string }): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientId, params.recipientId),
        eq(notifications.kind, "message_received"),
        isNull(notifications.readAt),
        sql`${notifications.params}->>'threadId' = ${params.threadId}`,
      ),
    );
  return (row?.n ?? 0) > 0;
}

/** Opening the thread reads its news too. */
export async function markMessageNoticesRead(db: Database, params: { recipientId: string; threadId: string; at: Date }): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: params.at })
    .where(
      and(
        eq(notifications.recipientId, params.recipientId),
        eq(notifications.kind, "message_received"),
        isNull(notifications.readAt),
        sql`${notifications.params}->>'threadId' = ${params.threadId}`,
      ),
    );
}

/**
 * A shop as a creator may write to it: its name and owner, whether it blocked them, and whether they
 * worked with it (linked its products or campaigns, or were invited to one of its plans).
 */
export async function shopForCreator(db: Database, params: { shopId: string; creatorId: string }) {
  // Aliased raw SQL: with one table in FROM, drizzle would leave the subqueries' columns unqualified.
  const result = await db.execute(sql`
    select s.id, s.name, s.owner_user_id,
      exists (select 1 from shop_blocked_creators b where b.shop_id = s.id and b.creator_id = ${params.creatorId}) as blocked,
      (exists (select 1 from links l join products p on p.id = l.product_id where l.creator_id = ${params.creatorId} and p.shop_id = s.id)
        or exists (select 1 from links l join campaigns c on c.id = l.campaign_id where l.creator_id = ${params.creatorId} and c.shop_id = s.id)
        or exists (select 1 from targeted_plan_creators tc join targeted_plans tp on tp.id = tc.plan_id
                   where tc.creator_id = ${params.creatorId} and tp.shop_id = s.id and tp.status <> 'draft')) as related
    from shops s where s.id = ${params.shopId}`);
  const row = rowsOf<{ id: string; name: string; owner_user_id: string; blocked: boolean; related: boolean }>(result)[0];
  return row ? { id: row.id, name: row.name, ownerUserId: row.owner_user_id, blocked: Boolean(row.blocked), related: Boolean(row.related) } : undefined;
}

/** A creator as a shop may write to them: their name; undefined when there is no such creator. */
export async function creatorForShop(db: Database, creatorId: string) {
  const [row] = await db
    .select({ id: users.id, name: sql<string>`coalesce(${creatorProfiles.displayName}, ${users.name})` })
    .from(users)
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, users.id))
    .where(and(eq(users.id, creatorId), eq(users.role, "creator")))
    .limit(1);
  return row;
}
