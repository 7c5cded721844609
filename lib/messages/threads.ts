import "server-only";
import type { Database } from "@/db/client";
import {
  creatorForShop,
  findThread,
  findThreadIdFor,
  hasUnreadMessageNotice,
  insertMessage,
  lockThreadFor,
  markMessageNoticesRead,
  markThreadRead,
  setThreadMuted,
  shopForCreator,
  threadMessages,
  type ThreadSide,
  type ThreadView,
} from "@/db/queries/messages";
import type { Shop } from "@/db/schema";
import { takeAttempt, type RateLimit } from "@/lib/account/rate-limits";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { notify } from "@/lib/notifications/notify";
import { refuseUnless } from "@/lib/verdict";
import { cleanMessageBody, MESSAGE_EMPTY, MESSAGE_MAX_CHARS, MESSAGE_TOO_LONG, messageLength } from "./body";
import { canCreatorSend } from "./rules";

/** Who writes or reads: the seller for their shop, or a creator for themselves. */
export type MessageParty =
  | { side: "seller"; userId: string; shop: Pick<Shop, "id" | "name" | "ownerUserId">; at: Date }
  | { side: "creator"; userId: string; at: Date };

/** A conversation is people writing, not a script: 30 messages a minute per sender is plenty. */
export const MESSAGES_PER_MINUTE: RateLimit = { action: "message:send", max: 30, windowMs: 60_000 };
export const TOO_MANY_MESSAGES = "You are sending messages too fast. Wait a minute and try again.";

const PREVIEW_CHARS = 120;
export const THREAD_PAGE = 100;

function sideOf(party: MessageParty): ThreadSide {
  return party.side === "seller" ? { shopId: party.shop.id } : { creatorId: party.userId };
}

/** The party's thread, or "not found" for an unknown id and another's thread alike. */
async function threadOf(db: Database, party: MessageParty, threadId: string): Promise<ThreadView> {
  const thread = await findThread(db, { threadId, side: sideOf(party) });
  if (!thread) throw new NotFoundError("The conversation");
  return thread;
}

/** The other side of the pair: a creator (for the seller) or a shop (for the creator), checked to exist. */
async function pairFor(db: Database, party: MessageParty, to: { creatorId: string } | { shopId: string }) {
  if (party.side === "seller") {
    if (!("creatorId" in to) || !(await creatorForShop(db, to.creatorId))) throw new NotFoundError("The creator");
    return { shopId: party.shop.id, creatorId: to.creatorId, shop: null, existing: undefined };
  }
  if (!("shopId" in to)) throw new NotFoundError("The shop");
  const shop = await shopForCreator(db, { shopId: to.shopId, creatorId: party.userId });
  if (!shop) throw new NotFoundError("The shop");
  const existing = await findThreadIdFor(db, { shopId: shop.id, creatorId: party.userId });
  return { shopId: shop.id, creatorId: party.userId, shop, existing };
}

/**
 * The conversation with a creator (for the seller) or a shop (for the creator), started if there is
 * none yet, for the profile's "Message" button. A creator starts one only with a shop they worked
 * with and that does not block them; an existing one they can always open.
 */
export async function openThread(db: Database, party: MessageParty, to: { creatorId: string } | { shopId: string }): Promise<string> {
  const pair = await pairFor(db, party, to);
  if (pair.shop) {
    if (pair.existing) return pair.existing;
    refuseUnless(canCreatorSend(pair.shop, false));
  }
  return (await lockThreadFor(db, { id: newId("mth"), shopId: pair.shopId, creatorId: pair.creatorId, at: party.at })).id;
}

/**
 * Sends a message (issue #15, Messages): text only, 1 to 2,000 characters once cleaned. In one
 * transaction it is stored, the thread moves to the top, the sender's side has read it, and the
 * other side is told, unless the recipient is a creator who muted the shop, or the thread's news
 * already waits unread among their notifications (one notice per unread thread, not one per message).
 */
export async function sendMessage(db: Database, party: MessageParty, to: { threadId: string } | { creatorId: string } | { shopId: string }, input: string) {
  const body = cleanMessageBody(input);
  if (body.length === 0) throw new UserFacingError(MESSAGE_EMPTY, "body");
  if (messageLength(body) > MESSAGE_MAX_CHARS) throw new UserFacingError(MESSAGE_TOO_LONG, "body");
  const pair = "threadId" in to ? await threadOf(db, party, to.threadId) : await pairFor(db, party, to);
  if (party.side === "creator") {
    const shop = "shop" in pair && pair.shop ? pair.shop : await shopForCreator(db, { shopId: pair.shopId, creatorId: party.userId });
    if (!shop) throw new NotFoundError("The shop");
    refuseUnless(canCreatorSend(shop, "threadId" in to || Boolean("existing" in pair && pair.existing)), "body");
  }
  if (!(await takeAttempt(db, MESSAGES_PER_MINUTE, party.userId, party.at))) throw new UserFacingError(TOO_MANY_MESSAGES, "body");
  return db.transaction(async (tx) => {
    const { id: threadId } = await lockThreadFor(tx, { id: newId("mth"), shopId: pair.shopId, creatorId: pair.creatorId, at: party.at });
    // Read under the thread's lock: a block or a mute that landed meanwhile counts.
    const thread = (await findThread(tx, { threadId, side: sideOf(party) }))!;
    if (party.side === "creator" && thread.creatorBlocked) refuseUnless(canCreatorSend({ blocked: true, related: true }, true), "body");
    const messageId = newId("mes");
    await insertMessage(tx, { id: messageId, threadId, senderUserId: party.userId, body, at: party.at });
    await markThreadRead(tx, { threadId, side: sideOf(party), at: party.at });
    const recipientId = party.side === "seller" ? thread.creatorId : thread.shopOwnerUserId;
    const muted = party.side === "seller" && thread.creatorMutedAt !== null;
    if (!muted && !(await hasUnreadMessageNotice(tx, { recipientId, threadId }))) {
      const from = party.side === "seller" ? thread.shopName : thread.creatorName;
      await notify(tx, { recipientId, kind: "message_received", params: { from, preview: previewOf(body), threadId }, at: party.at });
    }
    return { threadId, messageId };
  });
}

/** The first words of a message on one line, for a notification or an e-mail. */
export function previewOf(body: string): string {
  const line = body.replace(/\s+/g, " ");
  const chars = [...line];
  return chars.length <= PREVIEW_CHARS ? line : `${chars.slice(0, PREVIEW_CHARS - 1).join("")}…`;
}

/**
 * Opens a thread to read it: its last 100 messages (or the 100 before `before`), oldest first.
 * Opening it marks it read for the reader's side, and its notifications with it.
 */
export async function readThread(db: Database, party: MessageParty, params: { threadId: string; before?: string }) {
  const thread = await threadOf(db, party, params.threadId);
  const page = await threadMessages(db, { threadId: thread.id, limit: THREAD_PAGE, before: params.before });
  await db.transaction(async (tx) => {
    await markThreadRead(tx, { threadId: thread.id, side: sideOf(party), at: party.at });
    await markMessageNoticesRead(tx, { recipientId: party.userId, threadId: thread.id, at: party.at });
  });
  return { thread, ...page };
}

/** A creator mutes the thread's shop (no notifications; messages still arrive) or unmutes it. */
export async function muteThread(db: Database, creator: { userId: string; at: Date }, params: { threadId: string; muted: boolean }) {
  const changed = await setThreadMuted(db, { threadId: params.threadId, creatorId: creator.userId, mutedAt: params.muted ? creator.at : null });
  if (!changed) throw new NotFoundError("The conversation");
}

/** Whether the shop's page offers the creator "Message the shop": a conversation exists, or they may start one. */
export async function creatorMayOpenThread(db: Database, params: { creatorId: string; shopId: string }): Promise<boolean> {
  const [shop, existing] = await Promise.all([shopForCreator(db, params), findThreadIdFor(db, params)]);
  return Boolean(shop) && (Boolean(existing) || canCreatorSend(shop!, false).ok);
}
