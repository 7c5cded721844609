import "server-only";
import { z } from "zod";
import { isId } from "@/lib/ids";
import { cleanMessageBody, MESSAGE_EMPTY, MESSAGE_MAX_CHARS, MESSAGE_TOO_LONG, messageLength } from "@/lib/messages/body";

const threadId = z.string().refine((value) => isId(value, "mth"), "The conversation was not found.");

/** A message as typed: cleaned (lib/messages/body.ts), then 1 to 2,000 characters. */
const body = z
  .string()
  .max(MESSAGE_MAX_CHARS * 4, MESSAGE_TOO_LONG)
  .transform(cleanMessageBody)
  .refine((text) => text.length > 0, MESSAGE_EMPTY)
  .refine((text) => messageLength(text) <= MESSAGE_MAX_CHARS, MESSAGE_TOO_LONG);

export const sendMessageSchema = z.object({ threadId, body });

/** The creator mutes ("1") or unmutes ("0") the thread's shop. */
export const muteThreadSchema = z.object({ threadId, muted: z.enum(["1", "0"]) });

/** The seller's "Message" on a creator's profile. */
export const openCreatorThreadSchema = z.object({ creatorId: z.string().refine((value) => isId(value, "usr"), "The creator was not found.") });

/** The creator's "Message" on a shop's page. */
export const openShopThreadSchema = z.object({ shopId: z.string().refine((value) => isId(value, "shp"), "The shop was not found.") });

/** The thread page's query: `before`, a message id, shows the 100 before it. */
export function threadQuery(query: { before?: string }) {
  return { before: isId(query.before, "mes") ? query.before : undefined };
}
